import { beforeEach, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import ServicesRoutes from '../../../src/features/services/ServicesRoutes';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { breakStorage } from '../../support/readsFail';

const COULD_NOT_READ = 'We could not read what is saved on this device';
const contact: ContactRecord = {
  id: 'k1',
  role: 'senco',
  name: 'Ms Patel',
  organisation: 'Oakfield School',
  notes: 'Tuesdays only',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

const app = (route: string) =>
  renderScreen(
    <Routes>
      <Route path="help/*" element={<ServicesRoutes />} />
    </Routes>,
    { route },
  );

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('contacts', contact);
});

describe('who can help, when what is saved cannot be read', () => {
  it('the contacts page says so (never "no contacts yet"), offers no add, change or delete, and lists them once read again', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['contacts']);
    await app('/help/contacts');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByText(/You have not saved any contacts yet/)).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add a contact' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const list = await screen.findByRole('list', { name: /contacts/i });
    expect(within(list).getByText('Ms Patel')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add a contact' })).toBeInTheDocument();
    expect(broken.writesTried).toEqual([]);
  });

  it('the help page says so where it would count the contacts (never "you have not saved any")', async () => {
    breakStorage(['contacts']);
    await app('/help');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByText('You have not saved any contacts yet.')).not.toBeInTheDocument();
  });

  it('a contact that cannot be read opens no empty form over it; read again, a change that cannot be saved stays typed', async () => {
    const user = userEvent.setup();
    const broken = breakStorage(['contacts']);
    await app('/help/contacts/k1');
    expect(await screen.findByRole('heading', { name: COULD_NOT_READ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save contact' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();

    broken.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const notes = await screen.findByLabelText('Notes (optional)');
    expect(screen.getByLabelText('Name')).toHaveValue('Ms Patel');
    await user.clear(notes);
    await user.type(notes, 'Mornings before nine');
    broken.writes = true;
    await user.click(screen.getByRole('button', { name: 'Save contact' }));
    expect(await screen.findByText('We could not save this on your device. What you typed is still here. Please try again.')).toBeInTheDocument();
    expect(screen.getByLabelText('Notes (optional)')).toHaveValue('Mornings before nine');
    expect((await getStorage().get('contacts', 'k1'))?.notes).toBe('Tuesdays only');
  });

  it('a council chosen on the help page that cannot be kept says so on its page, and "make this my council" can try again', async () => {
    const user = userEvent.setup();
    const broken = breakStorage([]);
    broken.writes = true;
    await app('/help');
    await user.type(await screen.findByLabelText('Your council or area'), 'West Berks');
    await user.click(within(screen.getByRole('list', { name: 'Councils that match' })).getAllByRole('link')[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: 'West Berkshire' })).toBeInTheDocument();
    expect(await screen.findByText(/We could not save this as your council on this device/)).toHaveAttribute('role', 'alert');

    broken.writes = false;
    await user.click(screen.getByRole('button', { name: 'Make this my council' }));
    expect(await screen.findByText('Saved as your council.')).toBeInTheDocument();
    expect(screen.queryByText(/We could not save this as your council/)).not.toBeInTheDocument();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Home } from '../../../src/app/Home';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { unreliableStorage } from '../../support/unreliable';

const READ_FAILED = 'We could not read what is saved on this device';
let store: ReturnType<typeof unreliableStorage>;

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', {
    id: 'c1',
    displayName: 'Sam',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    answers: { nation: 'england' },
    kept: [],
  });
  store = unreliableStorage();
});
afterEach(() => store.restore());

describe('home when what is saved cannot be read', () => {
  it('says so rather than offering Start as if nothing were saved, and shows "carry on" after "Try again"', async () => {
    store.fail.reads = true;
    const user = userEvent.setup();
    await renderScreen(<Home />);
    expect(await screen.findByRole('heading', { name: READ_FAILED })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Start' })).not.toBeInTheDocument();

    store.fail.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Carry on where you left off' })).toBeInTheDocument();
    expect(screen.getByText('Your answers about Sam are saved on this device.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: READ_FAILED })).not.toBeInTheDocument();
    expect(store.written).toEqual([]);
  });
});

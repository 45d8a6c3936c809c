import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsPage } from '../../../src/features/settings/SettingsPage';
import { getStorage } from '../../../src/storage';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { unreliableStorage } from '../../support/unreliable';

const READ_FAILED = 'We could not read what is saved on this device';
let store: ReturnType<typeof unreliableStorage>;

beforeEach(async () => {
  await freshStorage();
  await getStorage().addFamily('The Joneses');
  await getStorage().addFamily('The Smiths');
  store = unreliableStorage();
});
afterEach(() => store.restore());

describe('settings when what is saved cannot be read', () => {
  it('says so, offers nothing that would write or delete (no empty family name to save over the real one), and shows the family after "Try again"', async () => {
    store.fail.reads = true;
    const user = userEvent.setup();
    await renderScreen(<SettingsPage />, { route: '/settings' });
    expect(await screen.findByRole('heading', { name: READ_FAILED })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name of the family on screen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete everything on this device' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add another family' })).not.toBeInTheDocument();
    expect(screen.queryByText('You have not saved a copy from this device yet.')).not.toBeInTheDocument();

    store.fail.reads = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: 'Name of the family on screen' })).toHaveValue('The Smiths');
    expect(screen.queryByRole('heading', { name: READ_FAILED })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete everything on this device' })).toBeInTheDocument();
    expect(store.written).toEqual([]);
  });

  it('says when the family’s name could not be saved, and keeps it in the box', async () => {
    const user = userEvent.setup();
    await renderScreen(<SettingsPage />, { route: '/settings' });
    const box = await screen.findByRole('textbox', { name: 'Name of the family on screen' });
    store.fail.writes = true;
    await user.clear(box);
    await user.type(box, 'The Smith-Joneses');
    await user.click(screen.getByRole('button', { name: 'Save the name' }));
    expect(await screen.findByText('The name could not be saved on this device. It is still in the box: try again.')).toBeInTheDocument();
    expect(box).toHaveValue('The Smith-Joneses');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SettingsPage } from '../../../src/features/settings/SettingsPage';
import { getStorage, LAST_COPY_SETTING } from '../../../src/storage';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { TEXT_MAX } from '../../../src/domain/limits';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { aChild } from '../../support/builders';

const NOW = '2026-11-01T10:00:00.000Z';
const child: ChildRecord = aChild({ createdAt: NOW, updatedAt: NOW });

beforeEach(async () => {
  await freshStorage();
  URL.createObjectURL ??= () => 'blob:copy';
  URL.revokeObjectURL ??= () => {};
});

describe('a copy of everything, checked as it will be opened again', () => {
  it('says plainly when what is kept here (from before today’s limits) would not open again, and does not count it as the last copy', async () => {
    // Saved by an older version of the app, before boxes had a limit where they are typed.
    await getStorage().put('children', { ...child, answers: { ...child.answers, 'what-helps': 'x'.repeat(TEXT_MAX + 1) } });
    const user = userEvent.setup();
    await renderScreen(<SettingsPage />, { route: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Save a copy of everything to a file' }));
    expect(await screen.findByText(/could not open it again: something on this device is longer than the app now keeps/)).toBeInTheDocument();
    expect(await getStorage().get('settings', LAST_COPY_SETTING)).toBeUndefined();
  });

  it('says the copy was saved when it will open again', async () => {
    await getStorage().put('children', child);
    const user = userEvent.setup();
    await renderScreen(<SettingsPage />, { route: '/settings' });
    await user.click(await screen.findByRole('button', { name: 'Save a copy of everything to a file' }));
    expect(await screen.findByText('A copy has been saved to a file.')).toBeInTheDocument();
  });
});

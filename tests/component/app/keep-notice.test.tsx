import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { homeScreenWay, KeepNotice } from '../../../src/app/KeepNotice';
import { SettingsPage } from '../../../src/features/settings/SettingsPage';
import { getStorage, KEEP_NOTICE_SETTING, LAST_COPY_SETTING, resetPersistenceForTests } from '../../../src/storage';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { renderScreen } from '../../support/render';
import { freshStorage } from '../../support/storage';
import { aChild } from '../../support/builders';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36';
const IPAD = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15';
const NOW = '2026-11-01T10:00:00.000Z';
const child: ChildRecord = aChild({ createdAt: NOW, updatedAt: NOW, answers: { nation: 'wales' } });

let persist: ReturnType<typeof vi.fn>;
function browserSays(granted: boolean, userAgent = IPHONE) {
  persist = vi.fn(() => Promise.resolve(granted));
  vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(userAgent);
  Object.defineProperty(navigator, 'maxTouchPoints', { value: 5, configurable: true });
  Object.defineProperty(navigator, 'storage', { value: { persisted: () => Promise.resolve(false), persist }, configurable: true });
}

beforeEach(async () => {
  resetPersistenceForTests();
  await freshStorage();
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const key of ['storage', 'maxTouchPoints']) delete (navigator as unknown as Record<string, unknown>)[key];
  resetPersistenceForTests();
});

describe('when the browser will not promise to keep what the family saved', () => {
  it('says so once, plainly, with the iPhone steps and a way to save a copy, until dismissed', async () => {
    browserSays(false);
    await getStorage().put('children', child);
    const user = userEvent.setup();
    const first = await renderScreen(<KeepNotice />);
    const notice = await screen.findByRole('region', { name: 'Keep what you have saved' });
    expect(persist).toHaveBeenCalled();
    expect(notice).toHaveTextContent(/clear it if the app is not opened for a week/);
    expect(notice).toHaveTextContent('In Safari, tap Share (the square with an arrow pointing up), then Add to Home Screen.');
    expect(screen.getByRole('link', { name: 'Save a copy in Language and your data' })).toHaveAttribute('href', '/settings');
    await user.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('region', { name: 'Keep what you have saved' })).not.toBeInTheDocument();
    expect((await getStorage().get('settings', KEEP_NOTICE_SETTING))?.value).toBe(true);
    first.unmount();
    // Another visit: not again.
    resetPersistenceForTests();
    await renderScreen(<KeepNotice />);
    await waitFor(() => expect(persist).toHaveBeenCalledTimes(2));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Keep what you have saved' })).not.toBeInTheDocument();
  });

  it('gives Android’s steps on Android, in Welsh too', async () => {
    browserSays(false, ANDROID);
    await getStorage().put('children', child);
    await renderScreen(<KeepNotice />, { language: 'cy' });
    const notice = await screen.findByRole('region', { name: 'Diogelu’r hyn rydych wedi’i gadw' });
    expect(notice).toHaveTextContent('Yn Chrome, tapiwch y ddewislen');
  });

  it('waits until something has been saved', async () => {
    browserSays(false);
    await renderScreen(<KeepNotice />);
    await waitFor(() => expect(persist).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Keep what you have saved' })).not.toBeInTheDocument();
    expect(await getStorage().get('settings', KEEP_NOTICE_SETTING)).toBeUndefined();
  });
});

describe('when the browser promises to keep it', () => {
  it('says nothing', async () => {
    browserSays(true);
    await getStorage().put('children', child);
    await renderScreen(<KeepNotice />);
    await waitFor(() => expect(persist).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('region', { name: 'Keep what you have saved' })).not.toBeInTheDocument();
  });
});

describe('the way to the Home Screen', () => {
  it('is Share on an iPhone or iPad, the menu on Android, general words elsewhere', () => {
    expect(homeScreenWay(IPHONE)).toBe('ios');
    expect(homeScreenWay(IPAD, 5)).toBe('ios');
    expect(homeScreenWay(IPAD, 0)).toBe('other');
    expect(homeScreenWay(ANDROID)).toBe('android');
    expect(homeScreenWay('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('other');
  });
});

describe('the last copy, where the family saves one', () => {
  it('says none has been saved, then the day of the last copy once one is', async () => {
    browserSays(false);
    URL.createObjectURL ??= () => 'blob:copy';
    URL.revokeObjectURL ??= () => {};
    await getStorage().put('children', child);
    const user = userEvent.setup();
    await renderScreen(<SettingsPage />, { route: '/settings' });
    expect(await screen.findByText('You have not saved a copy from this device yet.', { ignore: 'script, style, [aria-hidden="true"]' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save a copy of everything to a file' }));
    expect(await screen.findByText(/^Your last copy from this device was saved on \w+ \d+ \w+ \d{4}\.$/)).toBeInTheDocument();
    const saved = await getStorage().get('settings', LAST_COPY_SETTING);
    expect(typeof saved?.value).toBe('string');
    // A device setting: never in a backup.
    const backup = await getStorage().snapshot({ forExport: true });
    expect(backup.data.settings.map((s) => s.id)).not.toContain(LAST_COPY_SETTING);
  });

  it('reminds gently when changes are more than a week newer than the last copy', async () => {
    browserSays(false);
    await getStorage().put('settings', { id: LAST_COPY_SETTING, value: '2026-10-01T10:00:00.000Z' });
    await getStorage().put('children', { ...child, updatedAt: '2026-10-09T10:00:00.000Z' });
    await renderScreen(<SettingsPage />, { route: '/settings' });
    expect(await screen.findByText('Your last copy from this device was saved on Thursday 1 October 2026. You have changed things since then: saving a new copy keeps those changes safe too.')).toBeInTheDocument();
  });

  it('does not remind when the changes are within a week of the copy', async () => {
    browserSays(false);
    // Everything here (the family too) was changed within the last few days.
    const day = 86_400_000;
    await getStorage().put('children', { ...child, updatedAt: new Date(Date.now() + day).toISOString() });
    await getStorage().put('settings', { id: LAST_COPY_SETTING, value: new Date(Date.now() - 5 * day).toISOString() });
    await renderScreen(<SettingsPage />, { route: '/settings' });
    expect(await screen.findByText(/^Your last copy from this device was saved on \w+ \d+ \w+ \d{4}\.$/)).toBeInTheDocument();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/You have changed things since then/)).not.toBeInTheDocument();
  });
});

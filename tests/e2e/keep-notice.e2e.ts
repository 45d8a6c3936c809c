import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { it } from './support/fixture';
import { child } from './support/robust';
import { seedRecords } from './support/seed';

/** The browser's answer to "keep this site's data", decided before the app asks. */
async function browserKeeps(page: Page, granted: boolean) {
  await page.addInitScript((g) => {
    const storage = navigator.storage;
    Object.defineProperty(storage, 'persisted', { value: () => Promise.resolve(g), configurable: true });
    Object.defineProperty(storage, 'persist', { value: () => Promise.resolve(g), configurable: true });
  }, granted);
}

const TITLE = 'Keep what you have saved';

describe('the notice that this browser may clear what is saved', () => {
  it('shows once, after the page, at 320 px, axe clean, when the browser refuses; not again once dismissed', async ({ openApp }) => {
    const { page, consoleErrors } = await openApp();
    await browserKeeps(page, false);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedRecords(page, { children: [child()] });
    await page.goto('/help');
    const notice = page.getByRole('region', { name: TITLE });
    await notice.waitFor();
    // After the page's own content, never over it.
    expect(await page.evaluate(() => !!document.querySelector('#page-end-notices [aria-labelledby]'))).toBe(true);
    expect(await notice.getByRole('link', { name: 'Save a copy in Language and your data' }).getAttribute('href')).toBe('/settings');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await notice.getByRole('button', { name: 'OK' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: TITLE }).count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('never shows when the browser agrees to keep it', async ({ openApp }) => {
    const { page } = await openApp();
    await browserKeeps(page, true);
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedRecords(page, { children: [child()] });
    await page.goto('/settings');
    await page.getByText('This browser has agreed to keep your data even when space is low.').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('region', { name: TITLE }).count()).toBe(0);
  });
});

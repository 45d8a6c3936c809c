import { describe, expect } from 'vitest';
import languages from '../../locales/languages.json';
import { STATIC_PAGES } from '../../src/app/prerenderTable';
import { waitForOfflineReady } from './support/app';
import { dumpDatabase } from './support/robust';
import { it } from './support/fixture';

const ALL = languages as Record<string, { firstVisit?: boolean }>;
/** English and Welsh, downloaded with the app: every page, online and offline. */
const FIRST_VISIT = Object.keys(ALL).filter((code) => ALL[code]!.firstVisit);
/** The languages fetched when chosen: the same prerendering, so a sample of pages each (tests/e2e/languages.e2e.ts walks them all). */
const LATER = Object.keys(ALL).filter((code) => !ALL[code]!.firstVisit);
const SAMPLE = ['/', '/support/library', '/questions'];
const PAGES: [string, string][] = [...FIRST_VISIT.flatMap((l) => STATIC_PAGES.map((p) => [l, p] as [string, string])), ...LATER.flatMap((l) => SAMPLE.map((p) => [l, p] as [string, string]))];
const address = (language: string, path: string) => (language === 'en' ? path : path === '/' ? `/${language}` : `/${language}${path}`);

/** What a person reads in the main part of the page: its heading and its words. */
async function readMain(page: import('playwright-core').Page) {
  const heading = (await page.locator('main h1').first().textContent())?.trim() ?? '';
  const words = (await page.locator('main').innerText()).replace(/\s+/g, ' ').trim();
  return { heading, words };
}

/** Holds back a screen's code (its chunk, by name) until the returned function is called. */
async function holdBackCode(page: import('playwright-core').Page, chunk: string): Promise<() => void> {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}

// The walks over every page run once per offered language (six now), so they get more than the usual minute.
describe('prerendered pages', () => {
  it('every page shows its heading and words with JavaScript turned off, in English and Welsh (a sample in each other language)', async ({ openApp }) => {
    const withJs = await openApp();
    const { page: bare } = await openApp({ javaScript: false });
    const problems: string[] = [];
    for (const [language, path] of PAGES) {
      const url = address(language, path);
      // The same page as the app draws it once it has loaded (an empty profile, so no records).
      await withJs.page.goto(url);
      await withJs.page.locator('main h1').first().waitFor();
      const expected = await readMain(withJs.page);
      await bare.goto(url);
      const h1 = bare.locator('main h1').first();
      if (!(await h1.isVisible())) {
        problems.push(`${url}: no heading without JavaScript`);
        continue;
      }
      const seen = await readMain(bare);
      if (seen.heading !== expected.heading) problems.push(`${url}: heading "${seen.heading}", the app says "${expected.heading}"`);
      // Words beyond the heading: the opening words where they do not depend on the family's records.
      if (seen.words.length < seen.heading.length + 40) problems.push(`${url}: only "${seen.words}"`);
      const opening = expected.words.slice(expected.heading.length, expected.heading.length + 60).trim();
      if (!['/questions', '/support', '/letters/dates', '/help/contacts'].includes(path) && !seen.words.includes(opening)) {
        problems.push(`${url}: missing "${opening}"`);
      }
      if ((await bare.getAttribute('html', 'lang')) !== language) problems.push(`${url}: html lang is not ${language}`);
      if (!(await bare.title()).startsWith(expected.heading)) problems.push(`${url}: title "${await bare.title()}"`);
    }
    expect(problems).toEqual([]);
  }, 180_000);

  it('hydrates without redrawing: the heading stays the same element, nothing shifts, no error (every page in English and Welsh, a sample in each other language)', async ({ openApp }) => {
    const { page, consoleErrors } = await openApp({ width: 412, height: 823 });
    await page.addInitScript(() => {
      const w = window as unknown as { __removed: string[]; __shift: number };
      w.__removed = [];
      w.__shift = 0;
      new MutationObserver((records) => {
        for (const r of records) for (const n of r.removedNodes) if (n instanceof HTMLElement && (n.matches('h1, main, header') || n.querySelector('h1'))) w.__removed.push(n.tagName);
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const problems: string[] = [];
    for (const [language, path] of PAGES) {
      const url = address(language, path);
      await page.goto(url);
      const before = await page.locator('main h1').first().textContent();
      // Hydrated: the app has made the language switch its own (it answers to a change).
      await page.waitForFunction(() => {
        const select = document.querySelector('.language-switch select');
        return !!select && Object.keys(select).some((k) => k.startsWith('__reactProps'));
      });
      await page.waitForLoadState('networkidle');
      const after = await page.locator('main h1').first().textContent();
      const { removed, shift } = await page.evaluate(() => {
        const w = window as unknown as { __removed: string[]; __shift: number };
        return { removed: w.__removed, shift: w.__shift };
      });
      if (before !== after) problems.push(`${url}: heading changed from "${before}" to "${after}"`);
      if (removed.length) problems.push(`${url}: hydration removed ${removed.join(', ')}`);
      if (shift > 0) problems.push(`${url}: layout shift ${shift.toFixed(3)}`);
    }
    expect(problems).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 180_000);

  it('does not lose a tap made on the page before its code has arrived', async ({ openApp }) => {
    const { page } = await openApp();
    // The settings screen's code is held back until the person has tapped.
    const release = await holdBackCode(page, 'SettingsRoutes');
    await page.goto('/settings', { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    release();
    // The tap counts once the screen answers: it asks first, as it always does.
    await page.getByRole('button', { name: 'Yes, delete everything' }).waitFor();
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await page.getByRole('button', { name: 'Delete everything on this device' }).waitFor();
  });

  it('does not lose a choice made on the page before its code has arrived', async ({ openApp }) => {
    const { page } = await openApp();
    const release = await holdBackCode(page, 'LettersRoutes');
    await page.goto('/letters', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Language of the letter').selectOption('cy');
    release();
    // Once the screen answers, the choice is the family's (saved), and still there after a reload.
    const saved = async () => ((await dumpDatabase(page)).families as { letterLanguage?: string }[] | undefined)?.map((f) => f.letterLanguage);
    await expect.poll(saved, { timeout: 15_000 }).toEqual(['cy']);
    await page.reload();
    await expect.poll(() => page.getByLabel('Language of the letter').inputValue()).toBe('cy');
  });

  it('keeps the chosen language: links stay in Welsh, and a plain address opens in Welsh after choosing it', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByLabel('Language').first().selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Fy nghynllun' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/cy/plan');
    // On a phone the links are behind "Dewislen" (Menu).
    await page.getByText('Dewislen', { exact: true }).click();
    await page.getByRole('link', { name: 'Pwy all helpu' }).first().click();
    await page.waitForURL(/\/cy\/help$/);
    await page.goto('/letters');
    await page.waitForURL(/\/cy\/letters$/);
    // The address changes first; the page's language follows once its Welsh words are in.
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('cy');
    await page.getByLabel('Iaith').first().selectOption('en');
    await page.waitForURL((u) => u.pathname === '/letters');
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
  });

  it('opens every page offline, in both languages, and an address with a person’s records from the app shell', async ({ openApp }) => {
    const { page, context } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForOfflineReady(page);
    await context.setOffline(true);
    const problems: string[] = [];
    for (const language of FIRST_VISIT) {
      for (const path of [...STATIC_PAGES, '/plan/no-such-child']) {
        const url = address(language, path);
        try {
          await page.goto(url);
          await page.locator('main h1').first().waitFor({ timeout: 10_000 });
          if ((await page.getAttribute('html', 'lang')) !== language) problems.push(`${url}: not in ${language}`);
        } catch (e) {
          problems.push(`${url}: ${(e as Error).message.split('\n')[0]}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { MAIN_ROUTES } from '../../src/app/routeTable';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { seedDamagedRecords, seedRecords } from './support/seed';
import { aChild, aPlan } from '../support/builders';

describe('the app shell', () => {
  it('shows the home page with a way to start, and says answers stay on the device', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toContain('Help when your child');
    expect(await page.getByRole('link', { name: 'Start', exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('contentinfo').textContent()).toContain('Your answers stay on this device');
    await expectNoHorizontalScroll(page);
  });

  it('reloads the home page and a deep route with no network after the first visit', async ({ openApp }) => {
    const { page, context } = await openApp();
    await page.goto('/');
    await page.getByRole('link', { name: 'Start', exact: true }).waitFor();
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Help when your child/ }).waitFor();
    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Language and your data' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Language and your data' }).waitFor();
  });

  it('switches to Welsh, sets the page language, and remembers it after a reload', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Help when your child/ }).waitFor();
    await page.getByLabel('Language').first().selectOption('cy');
    await page.getByRole('heading', { level: 1, name: /Help pan fydd eich plentyn/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Help pan fydd eich plentyn/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('cy');
  });

  it('is installable: a manifest with name, icons (192, 512, maskable), standalone display and language', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), href);
    expect(manifest).toMatchObject({ name: 'Barriers Navigator', short_name: 'Navigator', display: 'standalone', start_url: '/', lang: 'en-GB' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const sizes = await page.evaluate(
      async (icons: { src: string; sizes: string; purpose?: string }[]) =>
        Promise.all(
          icons.map(async (icon) => {
            const img = new Image();
            img.src = icon.src;
            await img.decode();
            return `${img.naturalWidth}x${img.naturalHeight} ${icon.purpose ?? 'any'}`;
          }),
        ),
      manifest.icons,
    );
    expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  });

  it('offers a way back home from an unknown address', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/no-such-page');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the start' }).click();
    await page.getByRole('heading', { level: 1, name: /Help when your child/ }).waitFor();
  });

  it('shows "page not found" for an unknown address under every feature, never a blank page', async ({ openApp }) => {
    const { page } = await openApp();
    for (const route of ['/plan/a/b', '/letters/a/b', '/questions/nobody', '/questions/a/b/c', '/support/nothing', '/help/nothing', '/settings/nothing']) {
      await page.goto(route);
      await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
      expect(await page.getByRole('link', { name: 'Go to the start' }).isVisible(), route).toBe(true);
    }
  });

  it('shows a recovery page, not a blank screen, when a screen crashes on damaged data', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    // A plan always has at least one review cycle. A damaged record (a file edited by hand, a write
    // cut short) with none makes the plan screen throw as it reads the open cycle: a real crash in
    // the built app, with no test-only code path.
    await seedDamagedRecords(page, { children: [aChild()], plans: [{ ...aPlan(), cycles: [] }] });
    await page.goto('/plan/c1');
    await page.getByRole('heading', { level: 1, name: 'Something went wrong on this page' }).waitFor();
    expect(await page.getByText('Nothing you typed is lost: it is saved on this device.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A copy of everything, in the backup format the app reads back.
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy of everything to a file' }).click();
    const file = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(file.format).toBe('barriers-navigator-backup');
    expect(file.data.children.map((c: { displayName: string }) => c.displayName)).toEqual(['Sam']);
    await page.getByText('A copy has been saved to a file.').waitFor();

    // Reload starts the page afresh (the damaged plan is still there, so the same page returns).
    await page.evaluate(() => document.body.setAttribute('data-before-reload', 'yes'));
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.locator('body:not([data-before-reload])').getByRole('heading', { level: 1, name: 'Something went wrong on this page' }).waitFor();
    // The rest of the app still works.
    await page.getByRole('link', { name: 'Go to the start' }).click();
    await page.getByText('Your answers about Sam are saved on this device.').waitFor();
  });

  it('deletes everything on the device only after the person confirms', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'No, keep it' }).click();
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Everything has been deleted from this device.').waitFor();
  });

  it('keeps two tabs in step: deleting in one tab updates the other without a reload', async ({ openApp }) => {
    const { page, context } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedRecords(page, { children: [aChild()] });
    await page.reload();
    await page.getByText('Your answers about Sam are saved on this device.').waitFor();
    const other = await context.newPage();
    await other.goto('/settings');
    await other.getByRole('button', { name: 'Delete everything on this device' }).click();
    await other.getByRole('button', { name: 'Yes, delete everything' }).click();
    await other.getByText('Everything has been deleted from this device.').waitFor();
    await page.getByText('Your answers about Sam are saved on this device.').waitFor({ state: 'detached' });
    expect(await page.getByRole('link', { name: 'Start', exact: true }).isVisible()).toBe(true);
  });

  it('still works when the browser will not let it save (private browsing), and says so plainly', async ({ openApp }) => {
    const { page, context } = await openApp();
    // As some private modes do: opening IndexedDB fails.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = function () {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    });
    await page.goto('/');
    await page.getByRole('alert').getByText('Your answers will not be kept').waitFor();
    expect(await page.getByRole('button', { name: 'Save a copy to a file' }).isVisible()).toBe(true);
    // The questions still work, in memory.
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('radio', { name: 'Wales' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).not.toBe('Where do you live?');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy to a file' }).click();
    const file = JSON.parse(await (await (await download).createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(file.format).toBe('barriers-navigator-backup');
    expect(file.data.children[0].answers.nation).toBe('wales');
  });

  it('lets a keyboard user skip straight to the main content (after "Exit this page", which comes first)', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Exit this page');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent);
    expect(focused).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('privacy and accessibility on every route', () => {
  // The app's own route table: a new feature or page is checked here without editing this file.
  const ROUTES = MAIN_ROUTES;

  it('makes no request to any other origin, fits 320px, logs no error, and axe finds no WCAG 2.2 AA violation', async ({ openApp }) => {
    const { page, foreignRequests, consoleErrors } = await openApp();
    const problems: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      for (const v of await axeViolations(page)) problems.push(`${route} ${v}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${route} scrolls sideways by ${overflow}px at 320px wide`);
    }
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('prints every route without the navigation, header, footer or buttons', async ({ openApp }) => {
    const { page } = await openApp();
    await page.emulateMedia({ media: 'print' });
    const shown: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      for (const selector of ['nav', 'header', 'footer', '.skip-link', '.quick-exit']) {
        if (await page.locator(selector).first().isVisible()) shown.push(`${route} ${selector}`);
      }
      const visibleButtons = await page.getByRole('button').evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);
      if (visibleButtons) shown.push(`${route} ${visibleButtons} button(s)`);
    }
    expect(shown).toEqual([]);
  });

  it('reads in Welsh on every route, and axe still finds nothing', async ({ openApp }) => {
    const { page } = await openApp();
    const english = new Map<string, string>();
    for (const route of ROUTES) {
      await page.goto(route);
      english.set(route, (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '');
    }
    await page.goto('/');
    await page.getByLabel('Language').first().selectOption('cy');
    await page.getByRole('heading', { level: 1, name: /Help pan fydd eich plentyn/ }).waitFor();
    const problems: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
      const h1 = page.getByRole('heading', { level: 1 }).first();
      await h1.waitFor();
      // Lazily loaded Welsh text replaces the English heading.
      await expect.poll(() => h1.textContent()).not.toBe(english.get(route));
      if ((await page.getAttribute('html', 'lang')) !== 'cy') problems.push(`${route} html lang is not cy`);
      for (const v of await axeViolations(page)) problems.push(`${route} ${v}`);
    }
    expect(problems).toEqual([]);
  });
});

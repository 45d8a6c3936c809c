import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { MAIN_ROUTES } from '../../src/app/routeTable';
import { EXIT_URL } from '../../src/app/quickExit';
import { axeViolations, baseUrl, expectNoHorizontalScroll } from './support/app';
import { it } from './support/fixture';

/**
 * "Exit this page" and Shift pressed three times: the app's page is replaced at once by a neutral
 * site, Back does not bring it back, and what was typed just before is still there afterwards.
 * The neutral site is served here (no real network is used); the only request to another origin is
 * the family's own move to it.
 */
const NEUTRAL = '<!doctype html><html lang="en"><head><title>Weather</title></head><body><h1>Weather</h1></body></html>';

async function serveNeutralPage(context: BrowserContext) {
  await context.route(`${EXIT_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL }));
}

/** Requests to other origins besides going to the neutral page. */
const otherThanLeaving = (requests: string[]) => requests.filter((url) => !url.startsWith(EXIT_URL));

async function onNeutralPage(page: Page) {
  await page.getByRole('heading', { level: 1, name: 'Weather' }).waitFor();
  expect(page.url()).toBe(EXIT_URL);
}

/** The app's address the tab shows, or '' when it is not the app's. */
const appPath = (page: Page) => (page.url().startsWith(baseUrl()) ? new URL(page.url()).pathname : '');

async function pressShiftThreeTimes(page: Page) {
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
}

const EHC_TITLE = 'Ask the council for an EHC needs assessment';

/** Starts a first letter and returns its address. */
async function startALetter(page: Page) {
  await page.goto('/letters');
  await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
  await page.getByRole('radio', { name: 'England' }).check();
  await page.getByRole('button', { name: 'Show my letters' }).click();
  await page.getByRole('link', { name: `Write this letter: ${EHC_TITLE}` }).click();
  await page.waitForURL(/\/letters\/(?!new)[^/]+$/);
  await page.getByLabel(/^Paragraph 1 of \d+$/).waitFor();
  return new URL(page.url()).pathname;
}

describe('leaving quickly', () => {
  it('"Exit this page" on every route replaces the page with the neutral one, and Back does not return to it', async ({ openApp }) => {
    const { page, context, foreignRequests, consoleErrors } = await openApp();
    await serveNeutralPage(context);
    const problems: string[] = [];
    for (const route of MAIN_ROUTES) {
      await page.goto(route);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByRole('link', { name: 'Exit this page' }).click();
      await onNeutralPage(page);
      await page.goBack();
      if (appPath(page) === route) problems.push(`${route}: Back returns to the page that was exited`);
    }
    expect(problems).toEqual([]);
    expect(otherThanLeaving(foreignRequests)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('Shift pressed three times leaves too, also while typing in a box, and Back does not return', async ({ openApp }) => {
    const { page, context, foreignRequests } = await openApp();
    await serveNeutralPage(context);

    // The library's search box: typing with capitals (Shift held) does not leave.
    await page.goto('/support/library');
    const search = page.getByLabel('Search');
    await search.click();
    await page.keyboard.type('Bullying');
    await page.waitForURL((u) => u.searchParams.get('q') === 'Bullying');
    expect(appPath(page)).toBe('/support/library');
    await pressShiftThreeTimes(page);
    await onNeutralPage(page);
    await page.goBack();
    expect(appPath(page)).not.toBe('/support/library');

    // "Who can help", once the screen has answered a choice.
    await page.goto('/help');
    await page.getByRole('radio', { name: 'Wales' }).check();
    await page.getByText('Services for families in Wales').waitFor();
    await pressShiftThreeTimes(page);
    await onNeutralPage(page);
    await page.goBack();
    expect(appPath(page)).not.toBe('/help');
    expect(otherThanLeaving(foreignRequests)).toEqual([]);
  });

  it('keeps the words typed just before leaving, by the button or by Shift', async ({ openApp }) => {
    const { page, context } = await openApp();
    await serveNeutralPage(context);
    const letter = await startALetter(page);
    const box = page.getByLabel(/^Paragraph 1 of \d+$/);

    // Typed, and the link tapped at once: before the usual pause that saves it.
    await box.fill('I am writing to ask for an assessment for my son.');
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await onNeutralPage(page);
    await page.goBack();
    expect(appPath(page)).not.toBe(letter);
    await page.goto(letter);
    await expect.poll(() => box.inputValue()).toBe('I am writing to ask for an assessment for my son.');

    // Typed, then Shift three times straight away.
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' He has not been in school since May.');
    await pressShiftThreeTimes(page);
    await onNeutralPage(page);
    await page.goto(letter);
    await expect.poll(() => box.inputValue()).toBe('I am writing to ask for an assessment for my son. He has not been in school since May.');
  });

  it('leaves, replacing the page, when tapped before the app has started', async ({ openApp }) => {
    const { page, context } = await openApp();
    await serveNeutralPage(context);
    // The app's code is held back: only the prerendered page and its boot script are there.
    let release = () => {};
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.goto('/help', { waitUntil: 'domcontentloaded' });
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await onNeutralPage(page);
    release();
    await page.goBack();
    expect(appPath(page)).not.toBe('/help');
  });

  it('is a plain link to the neutral page when JavaScript is off', async ({ openApp }) => {
    const { page, context } = await openApp({ javaScript: false });
    await serveNeutralPage(context);
    await page.goto('/help');
    await page.getByRole('link', { name: 'Exit this page' }).click();
    await onNeutralPage(page);
  });

  it('stays in view at 320 px as the page scrolls, without sideways scrolling; settings say what it cannot hide; axe finds nothing', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/settings');
    await page.getByRole('heading', { level: 2, name: 'Leaving this app quickly' }).waitFor();
    expect(await page.getByText('It cannot hide everything:').isVisible()).toBe(true);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('contentinfo').scrollIntoViewIfNeeded();
    const exit = page.getByRole('link', { name: 'Exit this page' });
    const box = await exit.boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 720 && box.x >= 0 && box.x + box.width <= 320).toBe(true);
  });
});

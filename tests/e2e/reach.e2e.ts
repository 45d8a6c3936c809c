import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { it } from './support/fixture';

/** The page's main heading is focused and in view at the top of the screen, and the page is at its top. */
async function expectAtTopWithHeadingFocused(page: Page, name: string | RegExp) {
  const heading = page.getByRole('heading', { level: 1, name });
  await heading.waitFor();
  await expect.poll(() => heading.evaluate((h) => document.activeElement === h)).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = (await heading.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

/** Fully inside the first screen (no scrolling needed), and below the header, not under it. */
async function expectInFirstScreen(page: Page, name: string) {
  const target = page.getByRole('main').getByRole(name === 'code' ? 'img' : 'button', name === 'code' ? {} : { name, exact: true }).or(
    page.getByRole('main').getByRole('link', { name, exact: true }),
  );
  await target.first().waitFor();
  const box = (await target.first().boundingBox())!;
  const header = (await page.locator('header').boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y, `${name} is below the header`).toBeGreaterThanOrEqual(header.y + header.height);
  expect(box.y + box.height, `${name} is inside the first screen`).toBeLessThanOrEqual(viewport.height);
}

async function scrollToEnd(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
}

describe('a new page opens at its top', () => {
  it('after "Start the session", the session page opens at the top with its heading focused', async ({ openApp }) => {
    const { page } = await openApp({ width: 360, height: 740 });
    await page.goto('/session');
    await page.getByRole('heading', { level: 1, name: 'I’m helping a family' }).waitFor();
    await scrollToEnd(page);
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Start the session' }).waitFor({ state: 'detached' });
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    await expectAtTopWithHeadingFocused(page, title);
  });

  it('a link pressed far down a page opens the next page at its top, heading focused', async ({ openApp }) => {
    const { page } = await openApp({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await scrollToEnd(page);
    await page.getByRole('main').getByRole('link', { name: 'all the rights and routes' }).click();
    await expectAtTopWithHeadingFocused(page, 'Rights and routes');
    // and from far down that page, to another
    await scrollToEnd(page);
    // (on a phone the links are behind "Menu")
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'My plan' }).click();
    await expectAtTopWithHeadingFocused(page, /plan/i);
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Your support' }).click();
    await expectAtTopWithHeadingFocused(page, 'Your support');
  });

  it('a change made in place (a nation chosen in the library) leaves the page where it is', async ({ openApp }) => {
    const { page } = await openApp({ width: 360, height: 740 });
    await page.goto('/support/library');
    await page.getByRole('heading', { level: 1, name: 'Rights and routes' }).waitFor();
    const nation = page.getByLabel('Which nation');
    await nation.focus();
    await page.evaluate(() => window.scrollBy(0, 150));
    const before = await page.evaluate(() => window.scrollY);
    await nation.selectOption('england');
    await page.locator('a[href="/support/library/bullying-ni"]').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => location.search)).toContain('nation=england');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    expect(await nation.evaluate((el) => document.activeElement === el)).toBe(true);
  });
});

describe('the buttons a person needs are in reach on a phone (360 × 740)', () => {
  it('the header is small, and the home page’s Start and a question’s Continue are in the first screen', async ({ openApp }) => {
    const { page } = await openApp({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const header = (await page.locator('header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(740 * 0.15);
    // The main heading starts below the header: nothing of the header covers the page.
    const heading = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height);
    await expectInFirstScreen(page, 'Start');
    await page.getByRole('main').getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Where do you live?' }).waitFor();
    await expectInFirstScreen(page, 'Continue');
  });

  it('the six links are behind "Menu": it opens and closes by keyboard, a link opens its page with the menu closed', async ({ openApp }) => {
    const { page } = await openApp({ width: 360, height: 740 });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const menu = page.locator('header details');
    const help = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Who can help' });
    expect(await help.isVisible()).toBe(false);
    await page.getByText('Menu', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await help.waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').count()).toBe(6);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.keyboard.press('Enter');
    await help.click();
    await expectAtTopWithHeadingFocused(page, 'Who can help');
    expect(await menu.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await help.isVisible()).toBe(false);
  });

  it('at 320 px in Welsh the header fits on one row, the open menu fits, and axe finds nothing', async ({ openApp }) => {
    const { page } = await openApp({ width: 320, height: 640 });
    await page.goto('/cy');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expectNoHorizontalScroll(page);
    expect((await page.locator('header').boundingBox())!.height).toBeLessThanOrEqual(640 * 0.15);
    await page.getByText('Dewislen', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Prif' }).getByRole('link', { name: 'Pwy all helpu' }).waitFor();
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on a wide screen the links show in the header as before, with no menu', async ({ openApp }) => {
    const { page } = await openApp({ width: 1024, height: 768 });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Who can help' }).waitFor();
    expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
  });

  it('the hand-over code and its Previous and Next buttons are in view together', async ({ openApp }) => {
    const { page } = await openApp({ width: 360, height: 740 });
    await page.goto('/session');
    await page.getByRole('button', { name: 'Start the session' }).click();
    await page.getByRole('button', { name: 'Start the session' }).waitFor({ state: 'detached' });
    await page.goto('/session/handover');
    await page.getByRole('button', { name: 'Show the codes' }).click();
    await page.getByRole('heading', { level: 3, name: /^Code 1 of \d+$/ }).waitFor();
    for (const name of ['Previous code', 'Next code']) {
      const box = (await page.getByRole('button', { name }).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(740);
    }
    const code = (await page.getByTestId('handover-code').boundingBox())!;
    expect(code.y).toBeGreaterThanOrEqual(0);
    expect(code.y + code.height).toBeLessThanOrEqual(740);
    expect(await axeViolations(page)).toEqual([]);
  });
});

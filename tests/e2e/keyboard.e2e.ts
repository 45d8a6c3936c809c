import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import type { Page } from 'playwright-core';

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; type: string; text: string; name: string }) => boolean, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { tag: a?.tagName.toLowerCase() ?? '', type: a?.type ?? '', text: a?.textContent?.trim() ?? '', name: a?.labels?.[0]?.textContent?.trim() ?? '' };
    });
    if (matches(el)) return el;
  }
  throw new Error('Could not reach the element with the Tab key');
}

describe('keyboard only', () => {
  it('a parent can answer questions with the keyboard alone, and focus moves to each new question', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, (el) => el.tag === 'a' && el.text === 'Start');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Where do you live?' }).waitFor();

    // Into the choices, then arrow keys pick within the group.
    const first = await tabTo(page, (el) => el.type === 'radio');
    expect(first.name).toBe('England');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Wales' }).isChecked()).toBe(true);
    await tabTo(page, (el) => el.tag === 'button' && el.text === 'Continue');
    await page.keyboard.press('Enter');

    // The next question's heading has focus, so a screen reader announces it.
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    const heading = await page.evaluate(() => document.activeElement?.textContent);
    expect(heading).not.toBe('Where do you live?');
  });
});

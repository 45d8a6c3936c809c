import type { Page } from 'playwright-core';

/**
 * Page model for the letters screens: what a person does there, with the selectors in one place.
 *
 *   const words = await writeLetter(page, 'Make a complaint to the school');
 *   expect(words).toContain('formal complaint');
 */

/** The letter itself, as it will be printed or sent. */
export const letterSheet = (page: Page) => page.locator('.letter-sheet');

/** The letter's words as a person reads them: every run of spaces and line breaks read as one space. */
export async function readLetterSheet(page: Page): Promise<string> {
  await letterSheet(page).waitFor();
  return (await letterSheet(page).innerText()).replace(/\s+/g, ' ');
}

/**
 * On the letters list (already open): presses "Write this letter" for this title and waits for the
 * draft to open under its own address. Returns that address (to come back to it).
 */
export async function startLetter(page: Page, title: string): Promise<string> {
  await page.getByRole('link', { name: `Write this letter: ${title}` }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.waitForURL(/\/letters\/(?!new)[^/]+$/);
  return new URL(page.url()).pathname;
}

/** From the letters page: writes the letter with this title and returns its words (readLetterSheet). */
export async function writeLetter(page: Page, title: string): Promise<string> {
  await page.goto('/letters');
  await startLetter(page, title);
  return readLetterSheet(page);
}

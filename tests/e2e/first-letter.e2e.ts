import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { startLetter } from './support/pages/letters';

const EHC_TITLE = 'Ask the council for an EHC needs assessment';
const WORDS = 'I am writing before answering any questions, to ask for an assessment for my son.';

describe('a first letter, written before any question is answered', () => {
  it('is saved in a copy of everything, and that copy opens again after "Delete everything"', async ({ openApp }) => {
    const { page, foreignRequests } = await openApp();
    // Start at Letters: no child yet.
    await page.goto('/letters');
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    await page.getByRole('radio', { name: 'England' }).check();
    await page.getByRole('button', { name: 'Show my letters' }).click();
    const letterUrl = await startLetter(page, EHC_TITLE);
    await page.getByLabel(/^Paragraph 1 of \d+$/).fill(WORDS);
    await page.getByText('Saved on this device').waitFor();

    // Save a copy of everything.
    await page.goto('/settings');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save a copy of everything to a file' }).click();
    const file = await (await downloading).path();

    // Delete everything.
    await page.getByRole('button', { name: 'Delete everything on this device' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.getByText('Everything has been deleted from this device.').waitFor();

    // Open the copy on the now empty device: it is taken, not refused as damaged.
    await page.getByLabel('Choose a file').setInputFiles(file);
    await page.getByText('The file has been opened and saved on this device.').waitFor();
    expect(await page.getByText(/damaged or missing/).count()).toBe(0);

    // The letter is back, with the parent's words.
    await page.goto(letterUrl);
    await page.getByRole('heading', { level: 1, name: EHC_TITLE }).waitFor();
    await expect.poll(() => page.getByLabel(/^Paragraph 1 of \d+$/).inputValue()).toBe(WORDS);
    expect(foreignRequests).toEqual([]);
  });
});

import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { seedRecords } from './support/seed';
import { letterSheet, readLetterSheet, writeLetter } from './support/pages/letters';
import { pdfPages } from './support/pages/print';

const NOW = '2026-11-01T10:00:00.000Z';
/** A mother in England: son 13, autistic (waiting for assessment), anxious, a fine warning. */
const sam = {
  id: 'c1',
  displayName: 'Sam',
  createdAt: NOW,
  updatedAt: NOW,
  kept: [],
  completedAt: NOW,
  answers: {
    nation: 'england',
    'child-name': 'Sam',
    'school-type': 'mainstream',
    missed: 'all',
    barriers: ['send', 'anxiety', 'bullying'],
    'send-needs': ['autism'],
    'send-diagnosis': 'waiting',
    'attendance-action': ['fine-warning'],
    'bullying-reported': 'yes',
    'bullying-response': 'nothing',
    'child-hard': '"The noise in the corridors."',
  },
};

/** Printing shows the letter alone, on A4 pages. */
async function printsAsLetter(page: Page) {
  await page.emulateMedia({ media: 'print' });
  expect(await letterSheet(page).isVisible()).toBe(true);
  expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
  expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
  const pages = await pdfPages(page);
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(3);
  await page.emulateMedia({ media: 'screen' });
}

describe('letters ready to send, with details asked once', () => {
  it('asks the details once, then drafts the EHC request, the fine-warning reply and the complaint with them, each printing as a letter', async ({ openApp }) => {
    const { page, foreignRequests } = await openApp();
    await page.goto('/');
    await seedRecords(page, { children: [sam], settings: [{ id: 'activeChildId', value: 'c1' }] });

    // Details for letters, reached from the letters page; every box optional.
    await page.goto('/letters');
    await page.getByRole('link', { name: 'Details for letters (name, school, your address)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Details for letters' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await page.getByLabel('Your child’s full name').fill('Sam Jones');
    await page.getByLabel('Date of birth').fill('2013-03-03');
    await page.getByLabel('School', { exact: true }).fill('Hill School');
    await page.getByLabel('Year group').fill('Year 8');
    await page.getByLabel('Your name').fill('Ann Jones');
    await page.getByLabel('Your address').fill('1 High Street\nReading');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('Details saved. New letters will use them.').waitFor();

    // The fine-warning reply comes first in the list, and is drafted with the details.
    await page.goto('/letters');
    const first = page.getByRole('link', { name: /^Write this letter: / }).first();
    expect(await first.getAttribute('aria-label')).toBe('Write this letter: Reply to a letter about attendance or a fine warning');
    const reply = await writeLetter(page, 'Reply to a letter about attendance or a fine warning');
    expect(reply).toContain('Ann Jones');
    expect(reply).toContain('1 High Street');
    expect(reply).toContain('full name Sam Jones; date of birth 3 March 2013; year group Year 8');
    expect(reply).toContain('Working together to improve school attendance');
    expect(reply).toContain('with the code used for each morning and afternoon');
    expect(reply).toContain('a penalty notice is only considered, never automatic');
    expect(reply).not.toContain('£');
    expect(reply).toContain('Dear Sir or Madam,');
    expect(reply).toContain('Yours faithfully,');
    expect(reply).not.toContain('Yours sincerely');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await printsAsLetter(page);

    const ehc = await writeLetter(page, 'Ask the council for an EHC needs assessment');
    expect(ehc).toContain('for my child Sam. Sam goes to Hill School.');
    expect(ehc).toContain('full name Sam Jones; date of birth 3 March 2013; year group Year 8');
    expect(ehc).toContain('Yours faithfully,');
    await printsAsLetter(page);

    const complaint = await writeLetter(page, 'Make a complaint to the school');
    expect(complaint).toContain('formal complaint under the school’s complaints procedure');
    expect(complaint).toContain('full name Sam Jones');
    expect(complaint).toContain('heard by the governing body');
    await printsAsLetter(page);

    // A support-meeting letter quotes Sam's words once, not twice.
    const meeting = await writeLetter(page, 'Ask for a meeting to agree a support plan');
    expect(meeting).toContain('what is hard: “The noise in the corridors.”');
    expect(meeting).not.toMatch(/“"|"”/);

    // The letter's language is chosen apart from the app's: a Welsh letter while the app is in English.
    await page.goto('/letters');
    await page.getByLabel('Language of the letter').selectOption('cy');
    // The box shows Welsh once the choice is saved for the family, and keeps it after a reload.
    await expect.poll(() => page.getByLabel('Language of the letter').inputValue()).toBe('cy');
    await page.reload();
    await expect.poll(() => page.getByLabel('Language of the letter').inputValue()).toBe('cy');
    const welsh = await writeLetter(page, 'Make a complaint to the school');
    expect(welsh).toContain('Rwy’n ysgrifennu i wneud cwyn ffurfiol');
    expect(welsh).toContain('enw llawn Sam Jones; dyddiad geni 3 Mawrth 2013');
    expect(await page.getByRole('heading', { level: 1, name: 'Make a complaint to the school' }).isVisible()).toBe(true);
    expect(foreignRequests).toEqual([]);
  });

  it('shows the details screen and a Welsh letter in Welsh, axe clean at 320 px', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await seedRecords(page, {
      children: [{ ...sam, answers: { ...sam.answers, nation: 'wales' }, details: { fullName: 'Sam Jones', yearGroup: 'Blwyddyn 8' } }],
      settings: [{ id: 'activeChildId', value: 'c1' }],
    });
    await page.goto('/letters/details');
    await page.getByLabel('Language').first().selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Manylion ar gyfer llythyrau' }).waitFor();
    expect(await page.getByLabel('Enw llawn eich plentyn').inputValue()).toBe('Sam Jones');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    await page.goto('/letters');
    await page.getByRole('link', { name: 'Ysgrifennu’r llythyr hwn: Ateb llythyr am bresenoldeb neu rybudd dirwy' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ateb llythyr am bresenoldeb neu rybudd dirwy' }).waitFor();
    const text = await readLetterSheet(page);
    expect(text).toContain('enw llawn Sam Jones; blwyddyn ysgol Blwyddyn 8');
    expect(text).toContain('Reoliadau Addysg (Hysbysiadau Cosb) (Cymru) 2013');
    expect(text).toContain('Annwyl Syr neu Fadam,');
    expect(text).toContain('Yn gywir,');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
  });
});

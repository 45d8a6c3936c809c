import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixture';
import { addDays, formatDate, todayIso } from '../../src/domain/dates';
import { weekStart } from '../../src/domain/records/attendance';
import { EN_DATES } from '../support/dates';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { seedRecords } from './support/seed';
import { letterSheet } from './support/pages/letters';

const NOW = new Date().toISOString();
const monday = addDays(weekStart(todayIso()), -14);
const sentOn = addDays(todayIso(), -120);
const decisionOn = addDays(todayIso(), -30);

/** An England family whose request for an EHC needs assessment was refused: seeded straight into the stores. */
async function seedRefusal(page: Page) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await seedRecords(page, {
    children: [{ id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, kept: [], answers: { nation: 'england', 'child-name': 'Sam', role: 'parent', barriers: ['send'], 'send-needs': ['autism'], 'child-hard': 'The noise at lunch.' } }],
    settings: [{ id: 'activeChildId', value: 'c1' }],
    letters: [
      {
        id: 'req', childId: 'c1', templateId: 'ehc-request', createdAt: NOW, updatedAt: NOW, nation: 'england', senderName: 'Jo Smith', senderAddress: '',
        recipient: 'SEN team', subject: 'Request for an EHC needs assessment for Sam', greeting: 'Dear Sir or Madam,', paragraphs: ['I am asking for an assessment.'],
        signOff: 'Yours faithfully,', sentOn, decisionOn,
      },
    ],
    attendance: [
      { id: 'a1', childId: 'c1', date: monday, status: 'not-in', reason: 'anxiety', note: 'Could not get out of the car.', createdAt: NOW, updatedAt: NOW },
      { id: 'a2', childId: 'c1', date: addDays(monday, 1), status: 'in', createdAt: NOW, updatedAt: NOW },
    ],
    contactLog: [{ id: 'g1', childId: 'c1', date: addDays(monday, 2), who: 'Ms Patel, SENCo', how: 'call', said: 'Asked for a quiet room.', agreed: 'A review in two weeks.', createdAt: NOW, updatedAt: NOW }],
    cases: [{ id: 'k1', childId: 'c1', request: 'ehc', events: [{ id: 'e1', kind: 'refused', on: decisionOn, createdAt: NOW }], reports: [], createdAt: NOW, updatedAt: NOW }],
  });
  await page.reload();
}


describe('the next letters and the evidence bundle', () => {
  it('an England family with a refusal: the mediation letter filled in, the draft-plan comments with the provision checker, a bundle of 3 items and 2 asks, at 320 px in English and Welsh, and offline', async ({ openApp }) => {
    const { page, context, foreignRequests, consoleErrors } = await openApp();
    await seedRefusal(page);

    // The mediation letter, filled in from what the app holds: the council's decision date.
    await page.goto('/letters/new/mediation');
    await page.getByRole('heading', { level: 1, name: 'Contact the mediation adviser and ask for a certificate' }).waitFor();
    const mediation = await letterSheet(page).textContent();
    expect(mediation).toContain(`The decision letter is dated ${formatDate(decisionOn, EN_DATES, 'short')}.`);
    expect(mediation).toContain('Please send me the mediation certificate.');
    expect(mediation).toContain('Jo Smith');
    expect(mediation).not.toMatch(/SNAP Cymru|DARS|Enquire|SENDIST/);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Comments on the draft plan, with the provision checker.
    await page.goto('/letters/new/draft-comments');
    await page.getByRole('heading', { level: 1, name: 'Comments on a draft EHC plan' }).waitFor();
    const checker = page.getByRole('region', { name: 'Check the support in the draft plan' });
    await checker.getByLabel('Lines of support from the draft plan').fill('Access to a quiet space as needed\nregular speech and language therapy');
    await checker.getByRole('button', { name: 'Check these lines' }).click();
    await checker.getByRole('heading', { name: 'Line 2: “regular speech and language therapy”' }).waitFor();
    expect(await checker.getByText('it says “as needed”, which does not say exactly.').count()).toBe(1);
    expect(await checker.getByText('it says “regular”, which does not say exactly.').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await checker.getByRole('button', { name: 'Add this to the letter (line 1)' }).click();
    await checker.getByText('Line 1: the question has been added to the letter, before the last paragraph.').waitFor();
    await letterSheet(page).getByText(/^About “Access to a quiet space as needed”: please say who will give this support/).waitFor();

    // The evidence bundle: 3 items and 2 asks, the index and the page count.
    await page.goto('/records/bundle/k1');
    await page.getByRole('heading', { level: 1, name: 'Evidence bundle for Sam' }).waitFor();
    await page.getByLabel(/^Week of .*: 2 days noted, 1 missed, late or part days$/).check();
    await page.getByLabel(/^Contact log: Phone call with Ms Patel, SENCo/).check();
    const form = page.getByRole('group', { name: 'Add a report or a letter you received' });
    await form.getByLabel('Title').fill('Decision letter');
    await form.getByLabel('Who wrote it (optional)').fill('The council');
    await form.getByLabel('The date on it (optional)').fill(decisionOn);
    await form.getByLabel('Your own notes or summary (optional)').fill('Says no to an assessment.');
    await form.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByLabel(`Decision letter, by The council (${formatDate(decisionOn, EN_DATES, 'short')})`).check();
    await page.getByRole('button', { name: 'Add an ask' }).click();
    await page.getByLabel('Ask 1').fill('An EHC needs assessment');
    await page.getByRole('group', { name: 'Evidence for ask 1' }).getByLabel(/^Item 1:/).check();
    await page.getByRole('group', { name: 'Evidence for ask 1' }).getByLabel(/^Item 3:/).check();
    await page.getByRole('button', { name: 'Add an ask' }).click();
    await page.getByLabel('Ask 2').fill('A quiet room and a key adult');
    await page.getByRole('group', { name: 'Evidence for ask 2' }).getByLabel(/^Item 2:/).check();

    const preview = page.getByRole('region', { name: 'The bundle as it will print' });
    await preview.getByText('Evidence: items 1, 3').waitFor();
    expect(await preview.getByRole('row').count()).toBe(4);
    const count = await page.locator('.bundle-count').textContent();
    const pages = Number(/about (\d+)/.exec(count ?? '')?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    // The browser's own print of the page (Chromium's PDF) has the pages the estimate says.
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const printed = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    console.log(`Evidence bundle of 3 items and 2 asks: about ${pages} A4 pages estimated, ${printed} printed`);
    expect(Math.abs(printed - pages)).toBeLessThanOrEqual(1);
    expect(await preview.getByRole('row').nth(3).getByRole('cell').nth(2).textContent()).toBe(formatDate(decisionOn, EN_DATES, 'short'));
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Print: only the bundle, summary and index first.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Add an ask' }).isVisible()).toBe(false);
    expect(await preview.getByText('Summary: what we are asking for').isVisible()).toBe(true);
    expect(await preview.getByText('Index', { exact: true }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Welsh: the bundle and the draft-plan letter.
    await page.goto('/cy/records/bundle/k1');
    await page.getByRole('heading', { level: 1, name: 'Bwndel tystiolaeth ar gyfer Sam' }).waitFor();
    await page.getByRole('region', { name: 'Y bwndel fel y bydd yn argraffu' }).getByText('Tystiolaeth: eitemau 1, 3').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await page.goto('/cy/letters/new/draft-comments');
    await page.getByRole('heading', { level: 1, name: 'Sylwadau ar gynllun EHC drafft' }).waitFor();
    await page.getByRole('region', { name: 'Gwirio’r cymorth yn y cynllun drafft' }).getByLabel('Llinellau o gymorth o’r cynllun drafft').fill('Access to a quiet space as needed');
    await page.getByRole('button', { name: 'Gwirio’r llinellau hyn' }).click();
    await page.getByRole('heading', { name: 'Llinell 1: “Access to a quiet space as needed”' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Offline (the family chose Welsh, and the app keeps it): the bundle as saved, and a new letter.
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.goto('/cy/records/bundle/k1');
    await page.getByRole('heading', { level: 1, name: 'Bwndel tystiolaeth ar gyfer Sam' }).waitFor();
    await page.getByRole('region', { name: 'Y bwndel fel y bydd yn argraffu' }).getByText('A quiet room and a key adult').waitFor();
    await page.goto('/cy/letters/new/review-views');
    await page.getByRole('heading', { level: 1, name: 'Barn ar gyfer yr adolygiad blynyddol' }).waitFor();
    expect(await letterSheet(page).textContent()).toContain('Barn Sam ei hun, yn ei eiriau ei hun: “The noise at lunch.”');

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('estimates the pages of a long bundle as the browser prints it', async ({ openApp }) => {
    const { page } = await openApp({ width: 1024 });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i + 1}: the report describes what helps and what does not, in detail, with examples from school and home.`).join('\n');
    await seedRecords(page, {
      children: [{ id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, kept: [], answers: { nation: 'england', 'child-name': 'Sam' } }],
      settings: [{ id: 'activeChildId', value: 'c1' }],
      cases: [
        {
          id: 'k1', childId: 'c1', request: 'ehc', events: [], createdAt: NOW, updatedAt: NOW,
          reports: [
            { id: 'r1', title: 'Educational psychologist’s report', author: 'Dr Lee', date: '2026-02-01', notes: long },
            { id: 'r2', title: 'Letter from the GP', date: '2026-03-01', notes: 'Anxiety affects attendance.' },
          ],
          bundle: { items: ['report:r1', 'report:r2'], asks: [{ id: 'a1', text: 'A key adult every morning', evidence: ['report:r1', 'report:r2'] }] },
        },
      ],
    });
    await page.goto('/records/bundle/k1');
    await page.getByRole('region', { name: 'The bundle as it will print' }).getByText('Evidence: items 1, 2').waitFor();
    const pages = Number(/about (\d+)/.exec((await page.locator('.bundle-count').textContent()) ?? '')?.[1]);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const printed = (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    console.log(`A long bundle: about ${pages} A4 pages estimated, ${printed} printed`);
    expect(pages).toBeGreaterThan(3);
    expect(Math.abs(printed - pages)).toBeLessThanOrEqual(1);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, formatDate, todayIso } from '../../src/domain/dates';
import { weekStart } from '../../src/domain/records/attendance';
import { emptyContent } from '../../src/domain/plan/types';
import { CY_DATES, EN_DATES } from '../support/dates';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { it } from './support/fixture';
import { answerQuestionnaire } from './support/questionnaire';
import { seedRecords } from './support/seed';
import { letterSheet, startLetter } from './support/pages/letters';

const today = todayIso();
const firstMonday = addDays(weekStart(today), -14);
const secondMonday = addDays(firstMonday, 7);
const dayGroup = (page: Page, date: string, words = EN_DATES) => page.getByRole('group', { name: formatDate(date, words, 'long') });

/** One tap: the chip for this status on this day, then wait for "Saved". */
async function tap(page: Page, date: string, status: string) {
  await dayGroup(page, date).getByText(status, { exact: true }).click();
  await page.getByRole('status').filter({ hasText: `Saved: ${formatDate(date, EN_DATES, 'long')}, ${status}.` }).waitFor();
}

describe('the attendance diary and contact log', () => {
  it('at 320 px: two weeks recorded, a call logged, the pattern seen, letters quote it, the pack prints it, the CSV saves; axe clean in English and Welsh', async ({ openApp }) => {
    const { page, foreignRequests, consoleErrors } = await openApp();
    const { childId } = await answerQuestionnaire(page, {
      nation: 'england',
      childName: 'Sam',
      answers: { barriers: ['send', 'anxiety'], 'send-needs': ['autism'] },
    });

    // Two weeks in well under a minute: one tap a day in the first, "fill the empty days" in the second.
    const began = Date.now();
    await page.goto(`/records?week=${firstMonday}`);
    await page.getByRole('heading', { level: 1, name: 'Diary and contact log for Sam' }).waitFor();
    await tap(page, firstMonday, 'Not in');
    for (const i of [1, 2, 3]) await tap(page, addDays(firstMonday, i), 'In');
    await tap(page, addDays(firstMonday, 4), 'Part of the day');
    await page.getByText('This week: in school for 70% of the days recorded.').waitFor();
    await page.getByRole('button', { name: 'Next week' }).click();
    await page.getByRole('heading', { name: `Week of ${formatDate(secondMonday, EN_DATES, 'short')}` }).waitFor();
    await tap(page, secondMonday, 'Not in');
    await page.getByLabel('Mark the empty days as').selectOption('in');
    await page.getByRole('button', { name: 'Fill the empty days' }).click();
    await page.getByText('Days filled in: 4.').waitFor();
    await page.getByText('This week: in school for 80% of the days recorded.').waitFor();
    expect(Date.now() - began).toBeLessThan(60_000);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Why Monday went wrong, and the code the school used.
    await page.getByRole('link', { name: `Why, and more, for ${formatDate(secondMonday, EN_DATES, 'long')}` }).click();
    await page.getByLabel('Why (optional)').selectOption('anxiety');
    await page.getByLabel('The code the school recorded (if you know it)').selectOption('O');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Save this day' }).click();
    await page.getByText('Why: Worry or anxiety about school').waitFor();

    // A call with a follow-up date, kept for the meeting pack.
    const followUp = addDays(today, 7);
    await page.getByRole('link', { name: 'Contact log' }).click();
    await page.getByRole('heading', { name: 'Add a contact' }).waitFor();
    await page.getByLabel('Date', { exact: true }).fill(addDays(secondMonday, 1));
    await page.getByLabel('Name and role').fill('Ms Patel, SENCo');
    await page.locator('label').filter({ hasText: 'Phone call' }).click();
    await page.getByLabel('What was said or asked').fill('I asked for an assessment of Sam’s needs');
    await page.getByLabel('What was agreed or promised (optional)').fill('She will ask the educational psychologist');
    await page.getByLabel('Follow-up date (optional)').fill(followUp);
    await page.getByLabel('Put this in the meeting pack').check();
    await page.getByRole('button', { name: 'Save to the log' }).click();
    await page.getByText('Saved to the log.').waitFor();
    await page.getByRole('heading', { level: 3, name: /Phone call with Ms Patel, SENCo/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // The weekday pattern and the weekly percentage, as pictures with tables.
    await page.getByRole('link', { name: 'Pictures and files' }).click();
    const weekly = page.getByRole('img', { name: 'Attendance each week' });
    await weekly.waitFor();
    const weekday = page.getByRole('img', { name: 'Which days go worst' });
    const described = await weekday.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(described).toContain('The hardest day is usually Monday.');
    await page.locator('p.lead', { hasText: /in school for 75% of the 10 school days recorded/ }).waitFor();
    await page.locator('summary', { hasText: 'Show as a table' }).first().click();
    const weekTable = page.getByRole('table').first();
    expect(await weekTable.textContent()).toContain('70%');
    expect(await weekTable.textContent()).toContain('80%');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // The diary as a spreadsheet file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save the diary (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`attendance-diary-${today}.csv`);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Date,What happened,Why,Morning,School code,Note');
    expect(csv).toContain(`${secondMonday},Not in,Worry or anxiety about school,,O – absent for a reason the school did not agree. Unauthorised absence.,`);

    // The follow-up shows on the home page with the other dates.
    await page.goto('/');
    await page.getByRole('heading', { name: 'Follow-ups from your contact log' }).waitFor();
    await page.getByText(`${formatDate(followUp, EN_DATES, 'long')}: follow up with Ms Patel, SENCo`).waitFor();

    // Letters quote the diary and the log.
    await page.goto('/letters');
    await page.getByRole('heading', { name: 'Letters for Sam' }).waitFor();
    await startLetter(page, 'Ask for a copy of the attendance record');
    await letterSheet(page).waitFor();
    const record = await letterSheet(page).textContent();
    expect(record).toContain(`From my attendance diary: Since ${formatDate(firstMonday, EN_DATES, 'short')}, Sam has missed 2 of the 10 school days`);
    expect(record).toContain('The hardest day is usually Monday.');
    await page.goto('/letters');
    await startLetter(page, 'Ask the council for an EHC needs assessment');
    await letterSheet(page).waitFor();
    const ehc = await letterSheet(page).textContent();
    expect(ehc).toContain('From my attendance diary: Since');
    expect(ehc).toContain(`What has happened so far: On ${formatDate(addDays(secondMonday, 1), EN_DATES, 'short')} I phoned Ms Patel, SENCo.`);

    // The meeting pack carries the picture and the key contact, and prints it.
    const now = new Date().toISOString();
    await seedRecords(page, { plans: [{ id: 'p1', childId, createdAt: now, updatedAt: now, cycles: [{ number: 1, startedAt: now, content: emptyContent() }] }] });
    await page.goto(`/plan/${childId}/print`);
    await page.getByRole('heading', { name: 'Attendance and contacts' }).waitFor();
    await page.getByRole('img', { name: 'Attendance each week' }).waitFor();
    expect(await page.locator('.meeting-pack-record').textContent()).toContain('I asked for an assessment of Sam’s needs');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('img', { name: 'Attendance each week' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Attendance and contacts' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Welsh: the same screens, axe clean.
    await page.goto('/records');
    await page.getByLabel('Language').selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Dyddiadur a chofnod cysylltiadau Sam' }).waitFor();
    await page.goto(`/records?week=${secondMonday}`);
    await dayGroup(page, secondMonday, CY_DATES).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/records/log');
    await page.getByRole('heading', { name: 'Ychwanegu cysylltiad' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto('/records/pictures');
    await page.getByRole('img', { name: 'Presenoldeb bob wythnos' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 240_000);
});

import { readFileSync } from 'node:fs';
import { EN_DATES } from '../support/dates';
import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { addWeeks, compactDate, formatDate, todayIso } from '../../src/domain/dates';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { answerQuestionnaire } from './support/questionnaire';
import { seedRecords } from './support/seed';
import { letterSheet, startLetter } from './support/pages/letters';

const EHC_TITLE = 'Ask the council for an EHC needs assessment';

describe('letters and the statutory clock', () => {
  it('lets a parent in England write the EHC request from their answers, edit, print, record it sent and keep the dates', async ({ openApp }) => {
    const { page, context, foreignRequests } = await openApp();
    await answerQuestionnaire(page, {
      nation: 'england',
      childName: 'Sam',
      answers: {
        missed: 'most-days',
        barriers: ['send', 'anxiety'],
        'send-needs': ['autism'],
        'anxiety-signs': ['distress-before-school'],
        tried: ['talked-to-senco'],
      },
    });

    await page.goto('/letters');
    await page.getByRole('heading', { level: 1, name: 'Letters' }).waitFor();
    await page.getByRole('heading', { name: 'Letters for Sam' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    const letterUrl = await startLetter(page, EHC_TITLE);
    // The draft is filled from the answers once they are read: wait for it, as a person would.
    await expect.poll(async () => (await letterSheet(page).textContent()) ?? '').toContain('needs assessment for my child Sam');
    const filled = await letterSheet(page).textContent();
    expect(filled).toContain('needs assessment for my child Sam');
    expect(filled).toContain('autism and anxiety');
    expect(filled).toContain('great distress before school');
    expect(filled).toContain('within 6 weeks');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Edit a paragraph; it is saved as typed and is still there after a reload.
    const first = page.getByLabel(/^Paragraph 1 of \d+$/);
    await first.fill('I am writing to ask Reading Borough Council for an EHC needs assessment for my son Sam.');
    await page.getByText('Saved on this device').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: EHC_TITLE }).waitFor();
    expect(await page.getByLabel(/^Paragraph 1 of \d+$/).inputValue()).toContain('Reading Borough Council');
    expect(await letterSheet(page).textContent()).toContain('for my son Sam.');

    // Printing shows only the letter.
    await page.emulateMedia({ media: 'print' });
    expect(await letterSheet(page).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
    expect(await page.getByLabel(/^Paragraph 1 of \d+$/).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Record it as sent today: the 6, 16 and 20 week dates appear.
    const today = todayIso();
    const due = [6, 16, 20].map((w) => addWeeks(today, w));
    await page.getByLabel('I sent this letter on').fill(today);
    await page.getByRole('button', { name: 'Save the date' }).click();
    await page.getByRole('heading', { name: 'What should happen next' }).waitFor();
    const clock = await page.locator('.clock').textContent();
    for (const d of due) expect(clock).toContain(formatDate(d, EN_DATES, 'short'));
    expect(clock).toContain('whether it will carry out an EHC needs assessment');
    expect(await axeViolations(page)).toEqual([]);

    // A calendar file with the three dates as all-day events.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add all these dates to my calendar' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.ics$/);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect([...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1])).toEqual(due.map(compactDate));

    // The home page lists the upcoming dates.
    await page.goto('/');
    await page.getByRole('heading', { name: 'Dates coming up' }).waitFor();
    const home = await page.locator('.upcoming-dates').textContent();
    for (const d of due) expect(home).toContain(formatDate(d, EN_DATES, 'short'));
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/letters/dates');
    await page.getByRole('heading', { level: 1, name: 'Your dates' }).waitFor();
    // The heading is on the page at once; the dates come once the family's letters are read.
    await page.getByRole('link', { name: 'Open the letter' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Open the letter' }).count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Works offline after the first visit.
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.goto(letterUrl);
    await page.getByRole('heading', { level: 1, name: EHC_TITLE }).waitFor();
    expect(await letterSheet(page).textContent()).toContain('for my son Sam.');
    await page.goto('/letters/dates');
    await page.getByRole('heading', { level: 1, name: 'Your dates' }).waitFor();

    expect(foreignRequests).toEqual([]);
  });

  it('gives a family in Wales the ALN and IDP letter, never the English EHC one', async ({ openApp }) => {
    const { page } = await openApp();
    await answerQuestionnaire(page, { nation: 'wales', childName: 'Cerys', answers: { barriers: ['send'], 'send-needs': ['dyslexia'] } });
    await page.goto('/letters');
    await page.getByRole('heading', { name: 'Letters for Cerys' }).waitFor();
    expect(await page.getByText(/EHC/).count()).toBe(0);
    await startLetter(page, 'Ask for a decision on additional learning needs (ALN)');
    const text = await letterSheet(page).textContent();
    expect(text).toContain('individual development plan (IDP)');
    expect(text).toContain('dyslexia');
    expect(text).not.toMatch(/EHC|Children and Families Act/);
    expect(await axeViolations(page)).toEqual([]);

    // Even by its address, the English letter is not made for a Welsh family.
    await page.goto('/letters/new/ehc-request');
    await page.getByText('We could not find that letter').waitFor();
    await page.goto('/letters');
    await page.getByRole('heading', { name: 'Your letters' }).waitFor();
    expect(await page.getByRole('link', { name: EHC_TITLE }).count()).toBe(0);
  });

  it('gives every letter, in every nation, a page that passes axe and prints only the letter', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    const answers = {
      'child-name': 'Alex',
      'school-type': 'mainstream',
      missed: 'about-a-day-a-week',
      recorded: 'mixed',
      'health-days-15': 'yes',
      barriers: ['send', 'anxiety', 'bullying', 'environment', 'physical-health'],
      'send-needs': ['adhd'],
      'bullying-kind': ['online'],
      environment: ['noise'],
    };
    const cases: [string, string, string][] = [
      ['england', 'illness-absence', 'Ask the school to record absence as illness'],
      ['england', 'health-education', 'Ask the council for education while your child is too unwell for school'],
      ['england', 'reasonable-adjustments', 'Ask the school for reasonable adjustments'],
      ['england', 'support-meeting', 'Ask for a meeting to agree a support plan'],
      ['england', 'bullying', 'Report bullying and ask what the school will do'],
      ['england', 'attendance-record', 'Ask for a copy of the attendance record'],
      ['scotland', 'asn-assessment', 'Ask for an assessment of additional support needs'],
      ['northern-ireland', 'ni-statutory-assessment', 'Ask the Education Authority for a statutory assessment'],
    ];
    const problems: string[] = [];
    for (const [nation, id, title] of cases) {
      await seedRecords(page, {
        children: [{ id: 'c1', displayName: 'Alex', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', answers: { ...answers, nation }, kept: [] }],
      });
      await page.goto(`/letters/new/${id}`);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await letterSheet(page).textContent()).toContain('Alex');
      for (const v of await axeViolations(page)) problems.push(`${id}: ${v}`);
      await page.emulateMedia({ media: 'print' });
      expect(await letterSheet(page).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(problems).toEqual([]);
    await expectNoHorizontalScroll(page);
  });
});

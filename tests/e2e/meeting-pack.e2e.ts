import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { seedRecords } from './support/seed';
import { pdfPages } from './support/pages/print';
import { makePlanFromAnswers } from './support/pages/plan';

const NOW = '2026-11-01T10:00:00.000Z';
const sam = {
  id: 'c1',
  displayName: 'Sam',
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: NOW,
  answers: {
    nation: 'england',
    'child-name': 'Sam',
    missed: 'most-days',
    barriers: ['send', 'anxiety'],
    'send-needs': ['autism'],
    'anxiety-signs': ['distress-before-school', 'sleep'],
    tried: ['talked-to-senco'],
    'child-hard': 'The noise in the corridors',
    'child-helps': 'A quiet room at lunch',
  },
  kept: ['needs-noticed:meeting', 'sen-support-england:senco-meeting', 'ehc-needs-assessment:request-letter', 'local-offer-sendiass:sendiass-call'],
  details: { fullName: 'Sam Jones', dateOfBirth: '2013-03-03', school: 'Hill School', yearGroup: 'Year 8' },
};

describe('the meeting pack and a plan without the questions', () => {
  it('prints asks of the school only, with the child’s details, on two A4 pages; the family’s own to-dos only if they choose', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/');
    await seedRecords(page, { children: [sam], settings: [{ id: 'activeChildId', value: 'c1' }] });
    await page.goto('/plan');
    await makePlanFromAnswers(page, 'Sam');
    await page.getByLabel('Date of the meeting').fill('2026-11-20');
    await page.getByLabel('Who was at the meeting').fill('Ms Patel (SENCo), Sam’s mum');
    await page.getByText('Saved on this device').waitFor();
    await page.getByRole('link', { name: 'Print for a meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting pack: Sam' }).waitFor();

    const pack = page.locator('.plan-print');
    expect(await page.locator('.plan-print__child').innerText()).toBe('Sam Jones · born 3 March 2013 · Year 8 · Hill School');
    expect(await page.locator('.plan-print__meeting').innerText()).toBe('Meeting on 20 November 2026. At the meeting: Ms Patel (SENCo), Sam’s mum.');
    expect(await pack.getByText('Ask for a meeting with the SENCo.').isVisible()).toBe(true);
    expect(await pack.getByText('Write to the council to ask for an EHC needs assessment.').count()).toBe(0);
    expect(await pack.getByText(/Contact SENDIASS/).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await page.emulateMedia({ media: 'print' });
    const pages = await pdfPages(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await page.emulateMedia({ media: 'screen' });

    // Chosen: the family's own list prints too, under its own heading.
    await page.getByLabel('Also print our own to-do list (2 things we do ourselves, such as writing to the council)').check();
    await page.getByRole('heading', { name: 'Our own to-do list' }).waitFor();
    expect(await pack.getByText('Write to the council to ask for an EHC needs assessment.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('makes a blank plan without answering any question', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/plan');
    await page.getByRole('button', { name: 'Start a blank plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'Plan for your child' }).waitFor();
    await page.getByLabel('Interests').fill('Drawing and football');
    await page.getByText('Saved on this device').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Plan for your child' }).waitFor();
    expect(await page.getByLabel('Interests').inputValue()).toBe('Drawing and football');
  });
});

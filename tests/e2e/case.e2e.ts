import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { addDays, addMonths, addWeeks, formatDate, todayIso } from '../../src/domain/dates';
import type { CaseRecord } from '../../src/domain/case/types';
import { CY_DATES, EN_DATES } from '../support/dates';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { it } from './support/fixture';
import { seedRecords } from './support/seed';
import { letterSheet } from './support/pages/letters';

const today = todayIso();
const NOW = new Date().toISOString();
const long = (date: string) => formatDate(date, EN_DATES, 'long');
type Nation = 'england' | 'wales' | 'scotland' | 'northern-ireland';
const REQUEST = { england: 'ehc', wales: 'aln', scotland: 'asn', 'northern-ireland': 'ni-statutory' } as const;

/** A child in a nation, and (if given) a request already followed with these events. */
async function seed(page: Page, nation: Nation, events?: [string, string][]): Promise<string> {
  await page.goto('/');
  await page.locator('h1').waitFor();
  const child = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation, 'child-name': 'Sam' }, kept: [] };
  const record: Omit<CaseRecord, 'familyId'> | undefined = events && {
    id: 'case1',
    childId: 'c1',
    request: REQUEST[nation],
    events: events.map(([kind, on], i) => ({ id: `e${i}`, kind, on, createdAt: NOW })),
    reports: [],
    createdAt: NOW,
    updatedAt: NOW,
  };
  await seedRecords(page, { children: [child], ...(record ? { cases: [record] } : {}) });
  return 'case1';
}

async function tapToday(page: Page, what: string) {
  await page.getByRole('button', { name: `${what}: today` }).click();
  await page.getByRole('status').filter({ hasText: `Saved: ${what}, ${long(today)}.` }).waitFor();
}

async function inWelsh(page: Page) {
  await page.getByLabel('Language').first().selectOption('cy');
  await page.locator('html[lang="cy"]').waitFor({ state: 'attached' });
}

describe('the case: where each request stands, in each nation’s own law', () => {
  it('England: a refusal to assess leads to the mediation and appeal dates, the mediation letter and the bundle; axe clean at 320 px in English and Welsh', async ({ openApp }) => {
    const { page, foreignRequests, consoleErrors } = await openApp();
    await seed(page, 'england');
    const sent = addDays(today, -30);
    const refused = addDays(today, -3);
    await page.goto('/case');
    await page.getByRole('heading', { level: 1, name: 'Requests for Sam' }).waitFor();
    await page.getByText('Request for an EHC needs assessment (education, health and care)').waitFor();
    await page.getByLabel('The day the council got your request').fill(sent);
    await page.getByRole('button', { name: 'Start following this request' }).click();
    await page.getByRole('heading', { level: 1, name: 'Request for an EHC needs assessment (education, health and care)' }).waitFor();
    await page.getByText('The council should tell you whether it will assess.').waitFor();
    expect(await page.getByRole('heading', { name: `By ${long(addWeeks(sent, 6))}` }).isVisible()).toBe(true);
    expect(await page.locator('[aria-current="step"]').textContent()).toContain('The council decides whether to assess (6 weeks)');

    await page.getByLabel('What happened').selectOption({ label: 'The council said no to an assessment' });
    await page.getByLabel('The date on the letter or email').fill(refused);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Saved: The council said no to an assessment, ${long(refused)}.` }).waitFor();
    await page.getByText('Last day to contact a mediation adviser.').waitFor();
    expect(await page.getByText('Last day to appeal to the tribunal (First-tier Tribunal, SEND).').isVisible()).toBe(true);
    // 2 months from the date the decision was sent (moved only if it ends at Christmas or in August).
    const twoMonths = addMonths(refused, 2);
    expect(await page.getByRole('heading', { name: `By ${long(twoMonths)}` }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'Write the letter: contacting a mediation adviser' }).getAttribute('href')).toBe('/letters/new/mediation');
    expect(await page.getByRole('link', { name: 'Gather your evidence in one bundle' }).getAttribute('href')).toMatch(/^\/records\/bundle\/.+/);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to your calendar: Last day to contact a mediation adviser.' }).click();
    expect((await download).suggestedFilename()).toBe('mediation.ics');

    // The mediation letter, from the case: it names the date on the refusal the family recorded here
    // (this family has no earlier letter that holds it).
    await page.getByRole('link', { name: 'Write the letter: contacting a mediation adviser' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contact the mediation adviser and ask for a certificate' }).waitFor();
    expect(await letterSheet(page).textContent()).toContain(`The decision letter is dated ${formatDate(refused, EN_DATES, 'short')}.`);
    await page.goBack();
    await page.getByText('Last day to contact a mediation adviser.').waitFor();
    // And the evidence bundle for this request.
    await page.getByRole('link', { name: 'Gather your evidence in one bundle' }).click();
    await page.getByRole('heading', { level: 1, name: 'Evidence bundle for Sam' }).waitFor();
    await page.goBack();
    await page.getByText('Last day to contact a mediation adviser.').waitFor();

    await inWelsh(page);
    await page.getByText('Y diwrnod olaf i gysylltu â chynghorydd cyfryngu.').waitFor();
    expect(await page.getByRole('heading', { name: `Erbyn ${formatDate(twoMonths, CY_DATES, 'long')}` }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await page.goto('/case');
    await page.getByRole('heading', { level: 1, name: 'Ceisiadau ar gyfer Sam' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('Wales: an IDP reaches its own next step, a review within 12 months, with no England words', async ({ openApp }) => {
    const { page } = await openApp();
    const id = await seed(page, 'wales', [['requested', addDays(today, -20)]]);
    await page.goto(`/case/${id}`);
    await page.getByText('The school should decide, and give an IDP if your child has ALN.').waitFor();
    await tapToday(page, 'An IDP arrived');
    await page.getByText('The IDP should be reviewed by now.').waitFor();
    expect(await page.getByRole('heading', { name: `By ${long(addMonths(today, 12))}` }).isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/EHC|mediation certificate|SENDIST|Local Government and Social Care/);
    expect(await page.getByText('Public Services Ombudsman for Wales').count()).toBeGreaterThan(0);
  });

  it('Scotland: a CSP reaches its own next step, a review at least every 12 months', async ({ openApp }) => {
    const { page } = await openApp();
    const id = await seed(page, 'scotland', [['requested', addDays(today, -60)], ['csp-proposed', addDays(today, -30)]]);
    await page.goto(`/case/${id}`);
    await page.getByText('The coordinated support plan (CSP) should be ready. Ask the council for its own timetable.').waitFor();
    await tapToday(page, 'A CSP arrived');
    await page.getByText('The CSP should be reviewed by now.').waitFor();
    expect(await page.getByRole('heading', { name: `About ${long(addMonths(today, 12))}` }).isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/EHC|IDP|SENDIST/);
  });

  it('Northern Ireland: a proposed statement gives 15 days beginning with its date, never England’s draft plan', async ({ openApp }) => {
    const { page } = await openApp();
    const id = await seed(page, 'northern-ireland', [['requested', addDays(today, -70)], ['assess-yes', addDays(today, -40)]]);
    await page.goto(`/case/${id}`);
    await page.getByText('The whole process, to the final statement, should be finished.').waitFor();
    await tapToday(page, 'A proposed statement arrived');
    await page.getByText('Last day to comment on the proposed statement.').waitFor();
    expect(await page.getByRole('heading', { name: `By ${long(addDays(today, 14))}` }).isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).not.toMatch(/EHC|draft plan|mediation certificate/);
  });

  it('England: an annual review meeting gives the 4-week date for the council’s decision and the views letter', async ({ openApp }) => {
    const { page } = await openApp();
    const id = await seed(page, 'england', [['final', addMonths(today, -11)]]);
    await page.goto(`/case/${id}`);
    await page.getByText('The plan should be reviewed by now.').waitFor();
    await tapToday(page, 'An annual review meeting took place');
    await page.getByText('The council should tell you whether it will keep, change or stop the plan.').waitFor();
    expect(await page.getByRole('heading', { name: `By ${long(addWeeks(today, 4))}` }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Write the letter: your views for the review' }).getAttribute('href')).toBe('/letters/new/review-views');
  });

  const OMBUDSMAN: Record<Nation, string> = {
    england: 'Local Government and Social Care Ombudsman (LGSCO)',
    wales: 'Public Services Ombudsman for Wales',
    scotland: 'Scottish Public Services Ombudsman (SPSO)',
    'northern-ireland': 'Northern Ireland Public Services Ombudsman (NIPSO)',
  };
  for (const nation of Object.keys(OMBUDSMAN) as Nation[]) {
    it(`${nation}: a date passed with no answer shows the complaint route and that nation’s ombudsman`, async ({ openApp }) => {
      const { page } = await openApp();
      const id = await seed(page, nation, [[nation === 'wales' ? 'requested-la' : 'requested', addDays(today, -120)]]);
      await page.goto(`/case/${id}`);
      await page.getByRole('heading', { name: 'This date has passed' }).waitFor();
      expect(await page.getByText(OMBUDSMAN[nation], { exact: true }).isVisible()).toBe(true);
      for (const [other, name] of Object.entries(OMBUDSMAN)) if (other !== nation) expect(await page.getByText(name).count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Write the letter: a complaint that a time limit was missed' }).first().getAttribute('href')).toBe('/letters/new/complaint-late');
      expect(await page.locator('main').textContent()).not.toMatch(/you must wait/i);
    });
  }

  it('puts the dates on the dates page and on home within 14 days, and opens the requests offline', async ({ openApp }) => {
    const { page, context } = await openApp();
    const id = await seed(page, 'england', [['requested', addDays(today, -30)], ['assess-yes', addDays(today, -20)], ['draft', addDays(today, -4)]]);
    await page.goto('/');
    await page.getByRole('heading', { name: 'Coming up in your requests' }).waitFor();
    expect(await page.getByText('Last day to send your comments on the draft, ask for a meeting and name a school.').isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Your requests: where each one stands and what happens next' }).waitFor();
    await page.goto('/letters/dates');
    await page.getByRole('heading', { name: 'Dates from your requests' }).waitFor();
    expect(await page.getByRole('heading', { name: `By ${long(addDays(addDays(today, -4), 14))}` }).isVisible()).toBe(true);

    await page.goto('/case');
    await page.getByRole('heading', { level: 1, name: 'Requests for Sam' }).waitFor();
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Requests for Sam' }).waitFor();
    await page.goto(`/case/${id}`);
    await page.getByText('Last day to send your comments on the draft, ask for a meeting and name a school.').waitFor();
  });
});

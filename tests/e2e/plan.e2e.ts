import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { answerQuestionnaire } from './support/questionnaire';
import { seedRecords } from './support/seed';
import { pdfPages } from './support/pages/print';
import { makePlanFromAnswers, storedPlans } from './support/pages/plan';

const NOW = '2026-03-02T10:00:00.000Z';
/** A typical family: a few barriers, their own words, some help tried, three kept asks. */
const SAM = {
  id: 'child-sam',
  displayName: 'Sam',
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: NOW,
  answers: {
    nation: 'england',
    'child-name': 'Sam',
    'age-stage': 'secondary',
    missed: 'most-days',
    barriers: ['anxiety', 'send', 'environment'],
    'anxiety-signs': ['physical-symptoms', 'distress-before-school'],
    'send-needs': ['autism'],
    'send-diagnosis': 'waiting',
    environment: ['noise', 'crowds'],
    tried: ['talked-to-school', 'gp'],
    referrals: ['camhs'],
    'referrals-status': 'waiting',
    'what-helped': 'Going in through the side door before the bell.',
    'what-made-worse': 'Being told off in front of the class for being late.',
    'child-hard': 'The corridors are too loud and everyone pushes.',
    'child-helps': 'Having one teacher I can go to.',
    'child-change': 'A quiet place at lunch.',
    'parent-voice': 'Sam wants to learn. We need the school to work with us.',
  },
  kept: ['needs-noticed:meeting', 'disability-england:adjustments', 'sen-support-england:senco-meeting'],
};

async function interestsSaved(page: Page) {
  const plans = (await storedPlans(page)) as { cycles: { content: { interests: string } }[] }[];
  return plans[0]?.cycles.at(-1)?.content.interests ?? '';
}

describe('my plan', () => {
  it('is made from the answers, edited, survives reloads offline, is reviewed, prints on two pages, and moves by file', async ({ openApp }) => {
    const { page, context, foreignRequests } = await openApp();
    await page.goto('/plan');
    await page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    await seedRecords(page, { children: [SAM] });
    await page.reload();
    expect(await axeViolations(page)).toEqual([]);

    // Made from the answers and the kept asks.
    await makePlanFromAnswers(page, 'Sam');
    expect(await page.getByLabel('Barrier 1').inputValue()).toBe('Worry or anxiety about school: Feeling ill, Very upset before school');
    expect(await page.getByLabel('Barrier 3').inputValue()).toContain('Noise');
    expect(await page.getByLabel('Ask 1').inputValue()).toBe('Ask for a meeting to talk about what gets in the way of school.');
    expect(await page.getByLabel('Ask 3').inputValue()).not.toBe('');
    expect(await page.getByLabel('What is hard about school').inputValue()).toBe('The corridors are too loud and everyone pushes.');
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);

    // Edited, and kept through a reload and an offline reload.
    // Reloaded straight after typing (before the autosave pause): the pagehide save must still land.
    await page.getByLabel('Interests').fill('Drawing, dinosaurs and football');
    await page.reload();
    expect(await page.getByLabel('Interests').inputValue()).toBe('Drawing, dinosaurs and football');
    expect(await interestsSaved(page)).toBe('Drawing, dinosaurs and football');
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    expect(await page.getByLabel('Interests').inputValue()).toBe('Drawing, dinosaurs and football');
    await page.getByLabel('Meeting notes', { exact: false }).first().waitFor();
    await context.setOffline(false);

    // Remove an action, then undo.
    const what = page.getByRole('group', { name: 'Action 1' }).getByLabel('What');
    await what.fill('Ask for a meeting with the SENCo');
    await page.getByRole('button', { name: 'Remove action 1' }).click();
    expect(await page.getByRole('group', { name: 'Action 1' }).count()).toBe(0);
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    expect(await page.getByRole('group', { name: 'Action 1' }).getByLabel('What').inputValue()).toBe('Ask for a meeting with the SENCo');

    // A review closes cycle 1 (kept to read) and starts cycle 2.
    await page.getByRole('button', { name: 'Start a review' }).click();
    await page.getByLabel('What worked').fill('The side door in the morning.');
    await page.getByLabel('Small steps forward').fill('Went in for one lesson on Tuesday.');
    await page.getByRole('button', { name: 'Finish the review and start the next cycle' }).click();
    await page.getByText('Review cycle 2', { exact: true }).waitFor();
    const cycle1 = page.getByRole('region', { name: 'Review cycle 1' });
    expect(await cycle1.getByText('Went in for one lesson on Tuesday.').isVisible()).toBe(true);
    expect(await cycle1.getByRole('textbox').count()).toBe(0);
    expect(await page.getByLabel('Interests').inputValue()).toBe('Drawing, dinosaurs and football');
    expect(await axeViolations(page)).toEqual([]);

    // The meeting pack: a print preview, and two A4 pages at most.
    await page.getByRole('link', { name: 'Print for a meeting' }).click();
    await page.getByRole('heading', { level: 1, name: 'Meeting pack: Sam' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Rights to remember' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Questions to ask at the meeting' }).isVisible()).toBe(true);
    expect(await page.getByRole('cell', { name: 'Ask for a meeting with the SENCo' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    const pages = await pdfPages(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // In Welsh the dates are in Welsh too (Chromium has no Welsh date data: it showed 'November 22, 2026').
    await page.getByLabel('Language').first().selectOption('cy');
    await page.getByRole('heading', { level: 1, name: 'Pecyn cyfarfod: Sam' }).waitFor();
    expect(await page.locator('.plan-print__meta').innerText()).toMatch(
      /^Argraffwyd ar \d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}/,
    );
    await page.getByLabel('Iaith').first().selectOption('en');

    // Export this plan to a file.
    await page.getByRole('link', { name: 'Back to the plan' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Save this plan to a file' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^barriers-navigator-plan-sam-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await readFile((await download.path())!);
    const before = await storedPlans(page);

    // Import it on a clean profile: the same plan, exactly.
    const fresh = await openApp();
    await fresh.page.goto('/plan');
    await fresh.page.getByRole('heading', { level: 1, name: 'My plan' }).waitFor();
    await fresh.page.getByLabel('Choose a file').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: file });
    await fresh.page.getByText('The file has been opened and saved on this device.').waitFor();
    await fresh.page.getByRole('link', { name: 'Open the plan for Sam' }).click();
    await fresh.page.getByRole('heading', { level: 1, name: 'Plan for Sam' }).waitFor();
    expect(await fresh.page.getByLabel('Interests').inputValue()).toBe('Drawing, dinosaurs and football');
    expect(await fresh.page.getByText('Review cycle 2', { exact: true }).isVisible()).toBe(true);
    expect(await storedPlans(fresh.page)).toEqual(before);

    // A damaged file and a file from a newer app are refused in plain words, and change nothing.
    await fresh.page.goto('/plan');
    const input = fresh.page.getByLabel('Choose a file');
    await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: file.subarray(0, file.length - 40) });
    await fresh.page.getByText('This file could not be read.', { exact: false }).waitFor();
    const newer = { ...JSON.parse(file.toString('utf8')), schemaVersion: 999 };
    await input.setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(newer)) });
    await fresh.page.getByText('saved by a newer version of the app', { exact: false }).waitFor();
    expect(await storedPlans(fresh.page)).toEqual(before);
    expect(await axeViolations(fresh.page)).toEqual([]);

    expect(foreignRequests).toEqual([]);
  });

  it('a family answers the questions, keeps an ask from their results, and finds it and their barriers in a new plan', async ({ openApp }) => {
    const { page } = await openApp();
    await answerQuestionnaire(page, {
      nation: 'england',
      childName: 'Ali',
      answers: {
        'school-type': 'mainstream',
        missed: 'most-days',
        barriers: ['anxiety', 'send'],
        'anxiety-signs': ['sleep'],
        'send-diagnosis': 'suspected',
        'send-support': 'none',
        'child-helps': 'My dog',
      },
    });
    await page.goto('/support');
    await page.getByRole('heading', { level: 1, name: 'Support for Ali' }).waitFor();
    await page.getByRole('button', { name: /^Ask for an EHC needs assessment/ }).click();
    await page.getByRole('checkbox', { name: 'Write to the council to ask for an EHC needs assessment.' }).check();
    await page.getByRole('status').filter({ hasText: 'Added to your plan.' }).waitFor();

    // On a phone the links are behind "Menu".
    await page.getByText('Menu', { exact: true }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await makePlanFromAnswers(page, 'Ali');
    expect(await page.getByLabel('Ask 1').inputValue()).toBe('Write to the council to ask for an EHC needs assessment.');
    expect(await page.getByLabel('Barrier 1').inputValue()).toBe('Worry or anxiety about school: Trouble sleeping');
    expect(await page.getByLabel('Barrier 2').inputValue()).toContain('Special educational needs or a disability (SEND)');
    expect(await page.getByLabel('What helps').inputValue()).toBe('My dog');
  });
});

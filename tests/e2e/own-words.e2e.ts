import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';
import { seedRecords } from './support/seed';
import { answerShortWay } from './support/pages/questions';

const NOW = '2026-11-01T10:00:00.000Z';

const text = (page: Page) => page.locator('main').innerText();

describe('each reader reads their own words', () => {
  it('shows a young person in Scotland who finds bullying hardest the bullying card first, cards and a guide that speak to them, and Scotland’s letters', async ({ openApp }) => {
    const { page, context } = await openApp();
    await page.goto('/questions/start');
    await answerShortWay(page, { nation: ['scotland'], role: ['young-person'], barriers: ['bullying'], urgent: ['none'] }, { maxScreens: 10 });
    const themes = page.locator('.support-theme > h2');
    await themes.first().waitFor();
    expect(await themes.first().innerText()).toBe('Bullying');
    const results = await text(page);
    expect(results).not.toContain('Support from other parents');
    expect(results).not.toMatch(/tell your child about My Rights/i);
    expect(results).not.toMatch(/penalty notice|EHC/);
    expect(results).not.toMatch(/your child|it means you/i);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // The guide to Scotland's route speaks to them too.
    await page.getByRole('link', { name: /Read the guide to/ }).click();
    await page.getByText('Write to the council and ask it to assess your additional support needs.', { exact: false }).waitFor();
    const guide = await text(page);
    expect(guide).not.toMatch(/your child/i);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    await page.goto('/letters');
    await page.getByRole('heading', { name: 'Reply to a letter about attendance', exact: true }).waitFor();
    const letters = await text(page);
    expect(letters).not.toMatch(/fine warning|penalty notice|EHC|SENCo/i);
    expect(await axeViolations(page)).toEqual([]);

    // Offline, the same words.
    await waitForOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Reply to a letter about attendance', exact: true }).waitFor();
    await context.setOffline(false);
  });

  it('gives a Welsh family ALN words on their contacts and letters, never England’s', async ({ openApp }) => {
    const { page } = await openApp();
    await page.goto('/help/contacts');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await seedRecords(page, {
      children: [{ id: 'c1', displayName: 'Cai', createdAt: NOW, updatedAt: NOW, answers: { nation: 'wales', 'child-name': 'Cai', council: 'cardiff', barriers: ['send'] }, kept: [] }],
      contacts: [{ id: 'k1', childId: 'c1', role: 'senco', name: 'Ms Evans', createdAt: NOW, updatedAt: NOW }],
    });
    await page.reload();
    await page.getByText('ALNCo (leads on additional learning needs at school)').waitFor();
    expect(await text(page)).not.toMatch(/SENCo|special educational needs|EHC/);
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/letters');
    await page.getByRole('heading', { name: 'Letters for Cai' }).waitFor();
    await page.getByRole('heading', { name: /additional learning needs \(ALN\)/ }).first().waitFor();
    expect(await text(page)).not.toMatch(/SENCo|special educational needs|EHC/);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
  });
});

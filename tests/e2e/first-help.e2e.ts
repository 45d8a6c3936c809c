import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { answerShortWay } from './support/pages/questions';

/** A family as they would answer the short way in (option ids from src/content/questions.ts). */
interface Family {
  who: string;
  nation: 'england' | 'wales' | 'scotland' | 'northern-ireland';
  role: 'parent' | 'young-person' | 'volunteer';
  barriers: string[];
  urgent: string[];
}

const FAMILIES: Family[] = [
  { who: 'England, parent', nation: 'england', role: 'parent', barriers: ['anxiety', 'bullying'], urgent: ['none'] },
  { who: 'Wales, parent', nation: 'wales', role: 'parent', barriers: ['send'], urgent: ['fine-or-court'] },
  { who: 'Scotland, parent', nation: 'scotland', role: 'parent', barriers: ['physical-health'], urgent: ['no-school'] },
  { who: 'Northern Ireland, parent', nation: 'northern-ireland', role: 'parent', barriers: ['mental-health'], urgent: ['none'] },
  { who: 'Young person for themselves', nation: 'england', role: 'young-person', barriers: ['anxiety'], urgent: ['none'] },
  { who: 'Volunteer with a family', nation: 'wales', role: 'volunteer', barriers: ['family', 'transition'], urgent: ['none'] },
  // Son 13, autistic and waiting for assessment, anxious, four weeks off school, school threatening a fine.
  { who: 'The 11pm mother', nation: 'england', role: 'parent', barriers: ['anxiety', 'send'], urgent: ['fine-or-court', 'no-school'] },
];

const CHOICES: Record<string, (f: Family) => string[]> = {
  nation: (f) => [f.nation],
  role: (f) => [f.role],
  barriers: (f) => f.barriers,
  urgent: (f) => f.urgent,
};

/**
 * From the home page, as a person would: press Start, answer each question shown, and count every
 * screen (the home page is the first) and every tap until a page of help is on screen.
 */
async function walkToFirstHelp(page: Page, family: Family): Promise<{ screens: number; taps: number }> {
  await page.goto('/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  const walked = await answerShortWay(page, (id) => CHOICES[id]?.(family)).catch((e: Error) => {
    throw new Error(`${family.who}: ${e.message}`);
  });
  return { screens: walked.screens + 1, taps: walked.taps + 1 };
}

/** Every visible notice (offline-ready, update, saved or status messages) and every visible control. */
async function overlaps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    const notices = [...document.querySelectorAll('.notice, .toast, [role="status"], [role="alert"], .plan-notice')].filter(visible);
    const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, summary')].filter(visible);
    const hits: string[] = [];
    for (const n of notices) {
      const a = n.getBoundingClientRect();
      for (const c of controls) {
        if (n.contains(c) || c.contains(n)) continue;
        const b = c.getBoundingClientRect();
        const cross = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        if (cross) hits.push(`${(n.textContent ?? '').trim().slice(0, 40)} covers ${c.tagName} "${(c.textContent ?? '').trim().slice(0, 30)}"`);
      }
    }
    return hits;
  });
}

describe('the first ten minutes', () => {
  it('every representative family reaches a page of help within 6 screens', async ({ openApp }) => {
    const rows: { family: string; screens: number; taps: number }[] = [];
    for (const family of FAMILIES) {
      const { page, context } = await openApp();
      const { screens, taps } = await walkToFirstHelp(page, family);
      rows.push({ family: family.who, screens, taps });
      await context.close();
    }
    console.log('Screens to first help (home page counted as screen 1)');
    console.table(rows);
    for (const row of rows) expect(row.screens, row.family).toBeLessThanOrEqual(6);
  });

  it('the 11pm mother sees Right now first, with the fine warning and the letters, on the first screen at 320 px', async ({ openApp }) => {
    const { page } = await openApp({ width: 320, height: 720 });
    await walkToFirstHelp(page, FAMILIES[FAMILIES.length - 1]!);
    const block = page.getByRole('region', { name: 'Right now' });
    await block.waitFor();
    const fine = block.getByRole('heading', { name: 'A letter about a fine or court' });
    const box = await fine.boundingBox();
    expect(box!.y + box!.height).toBeLessThan(720);
    expect(await block.getByText(/£80 if paid within 21 days/).isVisible()).toBe(true);
    expect(await block.getByRole('heading', { name: 'No school for weeks' }).isVisible()).toBe(true);
    // Introduction and tools come after the help.
    const intro = await page.getByText(/These are things you can do next/).boundingBox();
    expect(intro!.y).toBeGreaterThan(720);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    // Carrying on: the parts never grow or go back, question after question.
    await page.getByRole('link', { name: 'Carry on with the questions' }).click();
    let last = 0;
    for (let step = 0; step < 8; step++) {
      await page.locator('form[data-question]').waitFor();
      const id = await page.locator('form[data-question]').getAttribute('data-question');
      const form = page.locator(`form[data-question="${id}"]`);
      const now = (await page.locator('.steps__now').textContent()) ?? '';
      const [, part, total] = /Part (\d+) of (\d+)/.exec(now) ?? [];
      expect(total).toBe('7');
      expect(Number(part)).toBeGreaterThanOrEqual(last);
      last = Number(part);
      await form.getByRole('button', { name: 'Continue' }).click();
      await form.waitFor({ state: 'detached' });
    }
  });

  it('notices never cover a control on the first question or on the results, at 320 px', async ({ openApp }) => {
    const { page } = await openApp({ width: 320, height: 720 });
    await page.goto('/questions/start');
    await page.locator('form[data-question="nation"]').waitFor();
    await page.getByText('The app is ready to use without a signal.').waitFor();
    expect(await overlaps(page)).toEqual([]);
    expect(await page.getByRole('button', { name: 'Continue' }).isVisible()).toBe(true);
    await page.locator('#nation-wales').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('form[data-question="role"]').waitFor();
    expect(await overlaps(page)).toEqual([]);
    await page.getByRole('link', { name: 'See your help so far' }).click();
    await page.getByRole('link', { name: 'Carry on with the questions' }).waitFor();
    expect(await page.getByText('The app is ready to use without a signal.').isVisible()).toBe(true);
    expect(await overlaps(page)).toEqual([]);
    // A kept ask's saved message is a notice too.
    await page.getByRole('button', { name: /./ }).filter({ has: page.locator('.signpost__icon') }).first().click();
    await page.locator('.signpost-asks input[type="checkbox"]').first().check();
    await page.getByText('Added to your plan.').waitFor();
    expect(await overlaps(page)).toEqual([]);
  });

  it('works in Welsh: the parts, first help and Right now, axe clean', async ({ openApp }) => {
    const { page } = await openApp({ width: 320, height: 720 });
    await page.goto('/');
    await page.getByLabel('Language').first().selectOption('cy');
    await page.locator('html[lang="cy"]').waitFor({ state: 'attached' });
    await page.goto('/questions/start');
    const form = page.locator('form[data-question="nation"]');
    await form.waitFor();
    await page.getByText('Rhan 1 o 7: Amdanoch chi').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    for (const [id, option] of [
      ['nation', 'wales'],
      ['role', 'parent'],
      ['barriers', 'anxiety'],
      ['urgent', 'fine-or-court'],
    ] as const) {
      const f = page.locator(`form[data-question="${id}"]`);
      await f.waitFor();
      await f.locator(`#${id}-${option}`).check();
      await f.locator('button[type="submit"]').click();
      await f.waitFor({ state: 'detached' });
    }
    const block = page.getByRole('region', { name: 'Ar hyn o bryd' });
    await block.waitFor();
    expect(await block.getByText(/£60 os caiff ei thalu o fewn 28 diwrnod/).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Parhau â’r cwestiynau' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
  });
});

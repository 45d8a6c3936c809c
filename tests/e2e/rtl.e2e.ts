import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { aChild, aPlan } from '../support/builders';
import { axeViolations } from './support/app';
import { it } from './support/fixture';
import { overlaps } from './support/layout';
import { seedRecords } from './support/seed';

/**
 * Every main screen in the right-to-left test language (English text run right to left, from the
 * test build made by `npm run build:pseudo-rtl`), on a phone and on a desktop: laid out right to
 * left, no sideways scrolling, nothing on top of anything else, and axe clean. Screenshots go to
 * test-results/rtl/ for a person to look at.
 */
const OFFERED = JSON.parse(readFileSync('locales/languages.json', 'utf8')) as Record<string, unknown>;
const NOW = '2026-03-02T10:00:00.000Z';
const CHILD = aChild({
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: NOW,
  answers: {
    nation: 'england',
    'child-name': 'Sam',
    barriers: ['anxiety', 'environment'],
    'anxiety-signs': ['physical-symptoms'],
    environment: ['noise'],
    'child-hard': 'The corridors are loud',
  },
  kept: ['needs-noticed:meeting'],
});
const PLAN = aPlan(
  { createdAt: NOW, updatedAt: NOW },
  {
    strengths: [{ id: 's1', text: 'Kind to younger children' }],
    interests: 'Drawing',
    barriers: [{ id: 'b1', text: 'Noise in the corridors' }],
    actions: [{ id: 'a1', what: 'Meet the SENCo', who: 'Mum and school', byWhen: '2026-03-20', status: 'in-progress' }],
    people: [{ id: 'q1', name: 'Ms Patel', role: 'SENCo', reach: 'School office' }],
  },
);

const ROUTES = [
  '/',
  '/questions',
  '/questions/c1/check',
  '/questions/c1/barriers',
  '/support',
  '/support/guide?nation=england',
  '/support/library',
  '/plan',
  '/plan/c1',
  '/plan/c1/print',
  '/letters',
  '/letters/dates',
  '/help',
  '/help/contacts',
  '/settings',
  '/no-such-page',
];
const WIDTHS = [320, 1280];

describe('right to left', () => {
  it('is not offered in the production build', async ({ openApp }) => {
    const { page } = await openApp({ serviceWorkers: 'block' });
    await page.goto('/');
    const options = await page.getByLabel('Language').first().locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    // Every language the app offers, and never the right-to-left test language.
    expect(options).toEqual(Object.keys(OFFERED));
    expect(options).not.toContain('ar-XB');
  });

  it('is built for the tests (npm run build:pseudo-rtl)', ({ pseudoRtlUrl }) => {
    expect(pseudoRtlUrl, 'No right-to-left test build: run "npm run build:pseudo-rtl" first.').not.toBe('');
  });

  it('the overlap check finds two things on top of each other, and not a label beside its box', async ({ openApp, pseudoRtlUrl }) => {
    const { page } = await openApp({ baseURL: pseudoRtlUrl, width: 320, height: 700, serviceWorkers: 'block' });
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await overlaps(page)).toEqual([]);
    await page.evaluate(() => {
      const place = (text: string, top: number) => {
        const b = document.createElement('button');
        b.textContent = text;
        b.style.cssText = `position:absolute;inset-inline-start:10px;top:${top}px;width:120px;height:40px`;
        document.body.append(b);
      };
      place('First', 400);
      place('Second', 420);
    });
    expect(await overlaps(page)).toContain('button "First" × button "Second"');
  });

  it.for(WIDTHS)('lays out every main screen right to left at %ipx wide, with nothing overlapping, no sideways scroll and no axe violation', { timeout: 300_000 }, async (width, { openApp, pseudoRtlUrl }) => {
    const { page } = await openApp({ baseURL: pseudoRtlUrl, width, height: 900, serviceWorkers: 'block' });
    // The language is chosen as a person would, through the saved choice the picker writes.
    await page.addInitScript(() => localStorage.setItem('bn.language', 'ar-XB'));
    await page.goto('/');
    await seedRecords(page, { children: [CHILD], plans: [PLAN], settings: [{ id: 'activeChildId', value: 'c1' }] });
    mkdirSync('test-results/rtl', { recursive: true });
    const problems: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
      const heading = page.getByRole('heading', { level: 1 }).first();
      await heading.waitFor();
      // Wait for the screen's own words (loaded on demand), in the test language.
      await page.waitForFunction(() => document.querySelector('h1')?.textContent?.includes('\u202e'));
      expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar-XB']);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${route} scrolls sideways by ${overflow}px`);
      for (const o of await overlaps(page)) problems.push(`${route} overlap: ${o}`);
      for (const v of await axeViolations(page)) problems.push(`${route} axe ${v}`);
      const file = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `test-results/rtl/${file}-${width}.png`, fullPage: true });
    }
    expect(problems).toEqual([]);
  });
});

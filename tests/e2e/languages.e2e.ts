import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { MAIN_ROUTES } from '../../src/app/routeTable';
import { aChild, aPlan } from '../support/builders';
import { it } from './support/fixture';
import { axeViolations, waitForOfflineReady, type AppOptions } from './support/app';
import { overlaps } from './support/layout';
import { seedRecords } from './support/seed';

/**
 * The languages a first visit does not download (Polish, Romanian, Urdu, Panjabi, Arabic): fetched
 * when chosen and then offline; every screen in one left-to-right (Polish) and one right-to-left
 * (Arabic) language, a sample in the others; right to left laid out right, with phone numbers in
 * order; and a Polish family's letter the same English letter an English family gets.
 */
type Tree = { [key: string]: string | Tree };
const words = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Tree;
const text = (tree: Tree, path: string) => path.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree) as string;
const LATER = ['pl', 'ro', 'ur', 'pa', 'ar'];

const NOW = '2026-03-02T10:00:00.000Z';
const SAM = aChild({
  createdAt: NOW,
  updatedAt: NOW,
  completedAt: NOW,
  answers: {
    nation: 'england',
    'child-name': 'Sam',
    barriers: ['anxiety', 'bullying'],
    'anxiety-signs': ['physical-symptoms'],
    'bullying-reported': 'yes',
    'bullying-response': 'nothing',
    'child-hard': 'The corridors are loud',
  },
  kept: ['needs-noticed:meeting'],
});
const PLAN = aPlan({ createdAt: NOW, updatedAt: NOW }, { strengths: [{ id: 's1', text: 'Kind to younger children' }], barriers: [{ id: 'b1', text: 'Noise in the corridors' }] });
const CONTACT = { id: 'k1', role: 'senco' as const, name: 'Ms Patel', phone: '01632 960 001', email: 'senco@example.org', childId: 'c1', createdAt: NOW, updatedAt: NOW };
const ROUTES = [...MAIN_ROUTES, '/questions/c1/check', '/plan/c1', '/help/contacts'];

/** Opens the app in a language as a person who chose it before would, with Sam's records. */
async function openIn(openApp: (o?: AppOptions) => Promise<{ page: Page }>, lang: string, width = 320) {
  const { page } = await openApp({ width, height: 900 });
  await page.context().addInitScript((l) => localStorage.setItem('bn.language', l), lang);
  await page.goto('/');
  await seedRecords(page, { children: [SAM], plans: [PLAN], contacts: [CONTACT], settings: [{ id: 'activeChildId', value: 'c1' }] });
  return page;
}

/**
 * Each screen's heading in English, to know when a screen's own words in another language have
 * arrived: read once for the file (one walk through the screens), whichever test asks first.
 */
let english: Promise<Map<string, string>> | undefined;
function englishHeadings(openApp: (o?: AppOptions) => Promise<{ page: Page }>) {
  english ??= (async () => {
    const page = await openIn(openApp, 'en');
    const headings = new Map<string, string>();
    for (const route of ROUTES) {
      await page.goto(route);
      headings.set(route, (await page.getByRole('heading', { level: 1 }).first().textContent()) ?? '');
    }
    await page.close();
    return headings;
  })();
  return english;
}

/** Walks the screens in a language and returns every problem a person would meet. */
async function walk(page: Page, lang: string, routes: string[], english: Map<string, string>, { shots, axe = true }: { shots?: string; axe?: boolean } = {}) {
  const dir = lang === 'ur' || lang === 'ar' ? 'rtl' : 'ltr';
  const problems: string[] = [];
  for (const route of routes) {
    await page.goto(`/${lang}${route === '/' ? '' : route}`);
    const h1 = page.getByRole('heading', { level: 1 }).first();
    await h1.waitFor();
    await expect.poll(() => h1.textContent(), { timeout: 10_000 }).not.toBe(english.get(route));
    const [htmlDir, htmlLang] = await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]);
    if (htmlDir !== dir || htmlLang !== lang) problems.push(`${route}: html is ${htmlLang}/${htmlDir}`);
    // No key shown instead of words, no placeholder left in a sentence.
    const body = await page.locator('main').innerText();
    const raw = /\{\{\w+\}\}|\b[a-z]+(?:\.[a-zA-Z0-9_-]+){2,}\b/.exec(body.replace(/\S+@\S+|https?:\/\/\S+|\b\w+\.(?:org|uk|gov|com|net|wales|scot)\S*/g, ''));
    if (raw) problems.push(`${route}: shows "${raw[0]}"`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) problems.push(`${route}: scrolls sideways by ${overflow}px`);
    if (dir === 'rtl') for (const o of await overlaps(page)) problems.push(`${route} overlap: ${o}`);
    if (axe) for (const v of await axeViolations(page)) problems.push(`${route} axe ${v}`);
    if (shots) {
      mkdirSync('test-results/rtl', { recursive: true });
      const file = route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
      await page.screenshot({ path: `test-results/rtl/${shots}-${file}.png`, fullPage: true });
    }
  }
  return problems;
}

describe('languages chosen later', () => {
  it('a first visit downloads English and Welsh only; choosing Polish fetches all of it, and it then works offline', async ({ openApp }) => {
    const { page, context } = await openApp();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitForOfflineReady(page);
    const cached = () => page.evaluate(async () => (await Promise.all((await caches.keys()).map(async (n) => (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname)))).flat());
    await expect.poll(async () => (await cached()).some((u) => u.startsWith('/assets/locale-cy-'))).toBe(true);
    expect((await cached()).filter((u) => new RegExp(`/assets/(locale|pack)-(${LATER.join('|')})-|noto-nastaliq`).test(u))).toEqual([]);

    await page.getByLabel('Language').first().selectOption('pl');
    await page.getByRole('heading', { level: 1, name: text(words('pl', 'home'), 'title') }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/pl');
    const files = (JSON.parse(readFileSync('dist/language-files.json', 'utf8')) as Record<string, string[]>).pl!;
    expect(files.length).toBeGreaterThan(10);
    await expect.poll(async () => (await cached()).filter((u) => /\/assets\/(locale|pack)-pl-/.test(u)).sort()).toEqual([...files].sort());

    await context.setOffline(true);
    await page.goto('/pl/support/library');
    await page.getByRole('heading', { level: 1, name: text(words('pl', 'support'), 'library.title') }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: text(words('pl', 'support'), 'library.title') }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
  });

  it('says a translation is not yet checked and shows the English beside it on a page of rights', async ({ openApp }) => {
    const page = await openIn(openApp, 'ro', 1280);
    const ro = words('ro', 'notices');
    await page.goto('/ro/support/library');
    await page.getByText(text(ro, 'translation.unreviewed')).waitFor();
    const show = page.getByRole('button', { name: new RegExp(`Show in English.*${text(ro, 'translation.showEnglish')}`) });
    await show.click();
    const english = page.getByRole('region', { name: 'In English' });
    await english.getByRole('heading', { level: 1, name: 'Rights and routes' }).waitFor();
    expect(await english.getAttribute('lang')).toBe('en');
    expect(await show.getAttribute('aria-pressed')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows every screen in Polish at 320 px: its own words, no sideways scroll, axe clean', async ({ openApp }) => {
    const english = await englishHeadings(openApp);
    const page = await openIn(openApp, 'pl');
    expect(await walk(page, 'pl', ROUTES, english)).toEqual([]);
  }, 240_000);

  // axe looks at each screen once (at 320 px); the tablet width checks the layout.
  it.for([320, 1024])('shows Arabic right to left at %i px (every screen on a phone, the busiest on a tablet): nothing overlapping, no sideways scroll (axe clean at 320 px; screenshots kept)', { timeout: 240_000 }, async (width, { openApp }) => {
    const english = await englishHeadings(openApp);
    const page = await openIn(openApp, 'ar', width);
    // Every screen on a phone; on a tablet, the screens with the most side by side (rows, columns, steps).
    const routes = width === 320 ? ROUTES : ['/', '/questions/c1/check', '/support', '/plan/c1', '/letters', '/help/contacts'];
    expect(await walk(page, 'ar', routes, english, { shots: `ar-${width}`, axe: width === 320 })).toEqual([]);
  });

  it('shows a sample of screens in Romanian, Urdu (right to left) and Panjabi at 320 px', async ({ openApp }) => {
    const sample = ['/', '/questions/c1/check', '/support', '/plan/c1'];
    const english = await englishHeadings(openApp);
    const problems: string[] = [];
    for (const lang of ['ro', 'ur', 'pa']) {
      const page = await openIn(openApp, lang);
      problems.push(...(await walk(page, lang, sample, english, { shots: lang === 'ur' ? 'ur-320' : undefined })));
    }
    expect(problems).toEqual([]);
  }, 240_000);

  it('keeps a phone number and an email address in order inside right-to-left text', async ({ openApp }) => {
    const page = await openIn(openApp, 'ar');
    await page.goto('/ar/help/contacts');
    await page.getByText('Ms Patel').first().waitFor();
    // Where each group of digits is drawn: left to right, as on the family's papers.
    const xs = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf('01632 960 001');
        if (at < 0) continue;
        return ['01632', '960', '001'].map((group) => {
          const range = document.createRange();
          const start = at + node!.textContent!.slice(at).indexOf(group);
          range.setStart(node!, start);
          range.setEnd(node!, start + group.length);
          return range.getBoundingClientRect().left;
        });
      }
      return [];
    });
    expect(xs).toHaveLength(3);
    expect(xs[0]!).toBeLessThan(xs[1]!);
    expect(xs[1]!).toBeLessThan(xs[2]!);
  });
});

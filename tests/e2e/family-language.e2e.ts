import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll } from './support/app';

/**
 * A Polish-speaking mother in England walks the questions in Polish on her phone, reads her help,
 * and writes a complaint to the school: the letter goes in English, word for word the letter an
 * English family gets from the same answers, with her Polish copy beside it.
 */
type Tree = { [key: string]: string | Tree };
const words = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Tree;
const text = (tree: Tree, path: string) => path.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree) as string;

const ANSWERS: Record<string, string | string[]> = {
  nation: 'england',
  'child-name': 'Sam',
  barriers: ['bullying', 'anxiety'],
  'bullying-reported': 'yes',
  'bullying-response': 'nothing',
};

/** Answers the questions by their ids in any language, as a person taps each choice and the button under it. */
async function walkQuestions(page: Page, lang: string) {
  const prefix = lang === 'en' ? '' : `/${lang}`;
  await page.goto(`${prefix}/questions/start`);
  const carryOn = text(words(lang, 'support'), 'results.firstHelp.carryOn');
  for (let step = 0; step < 60; step++) {
    await page.waitForURL(/\/questions\/[^/]+\/[^/?#]+|\/support$/);
    const path = new URL(page.url()).pathname;
    if (path.endsWith('/support')) {
      await page.getByRole('link', { name: carryOn }).click();
      continue;
    }
    const questionId = path.split('/').pop()!;
    if (questionId === 'check') return;
    const form = page.locator(`form[data-question="${questionId}"]`);
    await form.waitFor();
    const value = ANSWERS[questionId];
    if (typeof value === 'string' && (await form.locator(`#${questionId}`).count()) > 0) await form.locator(`#${questionId}`).fill(value);
    else if (value !== undefined) for (const option of Array.isArray(value) ? value : [value]) await form.locator(`#${questionId}-${option}`).check();
    await form.locator('button[type="submit"]').last().click();
    await form.waitFor({ state: 'detached' });
  }
  throw new Error('walkQuestions: too many steps');
}

async function writeComplaint(page: Page, lang: string) {
  const prefix = lang === 'en' ? '' : `/${lang}`;
  const letters = words(lang, 'letters');
  await page.goto(`${prefix}/letters`);
  const title = text(letters, 'templates.complaint.title');
  await page.getByRole('link', { name: text(letters, 'list.writeNamed').replace('{{title}}', title) }).click();
  await page.waitForURL(/\/letters\/(?!new)[^/]+$/);
  const sheet = page.locator('.letter-sheet');
  await sheet.waitFor();
  return sheet;
}

describe('a family in their own language', () => {
  it('walks the questions in Polish at 320 px, reads the help, and sends the same English letter an English family would, with a Polish copy beside it', async ({ openApp }) => {
    const english = (await openApp()).page;
    await walkQuestions(english, 'en');
    const englishLetter = await (await writeComplaint(english, 'en')).innerText();

    const { page, foreignRequests } = await openApp();
    await page.context().addInitScript(() => localStorage.setItem('bn.language', 'pl'));
    await walkQuestions(page, 'pl');
    await page.getByRole('heading', { level: 1, name: text(words('pl', 'questionnaire'), 'check.title') }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);

    await page.goto('/pl/support');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await expectNoHorizontalScroll(page);

    const sheet = await writeComplaint(page, 'pl');
    expect(await sheet.getAttribute('lang')).toBe('en');
    expect(await sheet.innerText()).toBe(englishLetter);
    const copy = page.getByRole('region', { name: text(words('pl', 'letters'), 'copy.heading') });
    await copy.waitFor();
    const copyText = await copy.locator('[lang="pl"]').innerText();
    expect(copyText).not.toContain('Dear Sir or Madam');
    expect(copyText).toContain('Sam');
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    expect(foreignRequests).toEqual([]);
  });
});

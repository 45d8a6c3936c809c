import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixture';
import { axeViolations, expectNoHorizontalScroll } from './support/app';
import { seedRecords } from './support/seed';
import { aChild } from '../support/builders';

interface Voice {
  name: string;
  lang: string;
  localService: boolean;
}

/**
 * The browser's speech replaced before the app starts: the device's voices arrive a moment after
 * the page (as Chrome's do, with `voiceschanged`), and what is spoken is kept in `window.spoken`
 * with its voice and language instead of being heard.
 */
function stubSpeech(voices: Voice[]) {
  const list = voices.map((v) => ({ ...v, default: false, voiceURI: v.name }));
  let loaded: typeof list = [];
  const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
  const synth = Object.assign(new EventTarget(), {
    getVoices() {
      if (loaded.length === 0)
        setTimeout(() => {
          loaded = list;
          synth.dispatchEvent(new Event('voiceschanged'));
        }, 0);
      return loaded;
    },
    speak(u: { text: string; lang: string; voice: { name: string } | null }) {
      spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name });
    },
    cancel() {},
  });
  class Utterance {
    lang = '';
    voice = null;
    onend = null;
    onerror = null;
    constructor(public text: string) {}
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.defineProperty(window, 'spoken', { value: spoken });
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string; voice: string }[] }).spoken);

/** A fresh phone (320 px) in `language`, with these voices, on the question "Where do you live?". */
async function onQuestion(openApp: (o?: { width?: number }) => Promise<{ page: Page }>, language: string, voices: Voice[]) {
  const { page } = await openApp();
  await page.context().addInitScript((l) => localStorage.setItem('bn.language', l), language);
  await page.context().addInitScript(stubSpeech, voices);
  await page.goto('/');
  await seedRecords(page, { children: [aChild({ answers: {} })], settings: [{ id: 'activeChildId', value: 'c1' }] });
  await page.goto('/questions/c1/nation');
  await page.getByRole('group').waitFor();
  return page;
}

const WELSH = { name: 'Welsh', lang: 'cy-GB', localService: true };
const ENGLISH = { name: 'British English', lang: 'en-GB', localService: true };

describe('read aloud', () => {
  it('reads a question in Welsh with the Welsh voice: the question, its hint and its choices', async ({ openApp }) => {
    const page = await onQuestion(openApp, 'cy', [ENGLISH, WELSH]);
    await page.getByRole('button', { name: 'Gwrando' }).click();
    await page.getByRole('button', { name: 'Stopio darllen' }).waitFor();
    const read = await spoken(page);
    const heading = await page.getByRole('heading', { level: 1 }).textContent();
    const choices = await page.getByRole('group').locator('label').allTextContents();
    expect(read.map((r) => r.text)).toEqual([heading, await page.getByRole('group').locator('.hint').first().textContent(), ...choices]);
    expect(read.every((r) => r.voice === 'Welsh' && r.lang === 'cy-GB')).toBe(true);
    await expect(page.getByRole('button', { name: 'Stopio darllen' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('says a Polish page has no Polish voice on this device, and reads nothing in English instead', async ({ openApp }) => {
    const page = await onQuestion(openApp, 'pl', [ENGLISH, WELSH]);
    await page.locator('.listen__button').click();
    await page.getByRole('status').filter({ hasText: 'Polski' }).waitFor();
    expect(await spoken(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('asks first, right to left in Urdu, when the only Urdu voice works over the internet', async ({ openApp }) => {
    const page = await onQuestion(openApp, 'ur', [ENGLISH, { name: 'Google Urdu', lang: 'ur-PK', localService: false }]);
    await page.locator('.listen__button').click();
    const ask = page.locator('.listen__ask');
    await ask.waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await spoken(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    expect(await axeViolations(page)).toEqual([]);
    await ask.getByRole('button').first().click();
    await page.locator('.listen__button').waitFor();
    const read = await spoken(page);
    expect(read.length).toBeGreaterThan(0);
    expect(read[0]!.text).toBe(await page.getByRole('heading', { level: 1 }).textContent());
    expect(read.every((r) => r.voice === 'Google Urdu' && r.lang === 'ur-PK')).toBe(true);
  });
});

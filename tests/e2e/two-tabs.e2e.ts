import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixture';
import type { AppContext, AppOptions } from './support/app';
import { seedRecords } from './support/seed';
import { child, letter, plan } from './support/robust';
import { aLogEntry } from '../support/builders';

type OpenApp = (options?: AppOptions) => Promise<AppContext>;

/** Two tabs of one browser (so one database), the records already saved. */
async function twoTabs(openApp: OpenApp, records: Parameters<typeof seedRecords>[1]) {
  const { page: a, context } = await openApp({ width: 800 });
  await a.goto('/');
  await a.getByRole('heading', { level: 1 }).waitFor();
  await seedRecords(a, records);
  const b = await context.newPage();
  return { a, b };
}

const box = (tab: Page, label: string) => tab.getByLabel(label, { exact: true });

/**
 * A word at a time, in turn, at the end of the same box in each tab. Both tabs must end with exactly
 * what both typed: no character lost or doubled. `waitForOther`: each tab types once it shows the
 * other's last word (so the order is known); without it the next word is typed at once, while the
 * other tab's words are still on their way (so only the words, not their order, are known).
 */
async function typeInTurn(a: Page, b: Page, label: string, start: string, { waitForOther }: { waitForOther: boolean }) {
  const words = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
  let expected = start;
  for (const [i, word] of words.entries()) {
    const tab = i % 2 === 0 ? a : b;
    const field = box(tab, label);
    await field.click();
    await field.press('Control+End');
    await field.pressSequentially(` ${word}`, { delay: waitForOther ? 0 : 30 });
    expected += ` ${word}`;
    if (!waitForOther) continue;
    await expect.poll(() => box(a, label).inputValue()).toBe(expected);
    await expect.poll(() => box(b, label).inputValue()).toBe(expected);
  }
  if (waitForOther) return;
  const sorted = (text: string) => text.split(/\s+/).filter(Boolean).sort();
  // Both tabs settle on the same text, holding each word typed exactly once, each whole.
  await expect.poll(async () => (await box(a, label).inputValue()) === (await box(b, label).inputValue()), { timeout: 10_000 }).toBe(true);
  expect(sorted(await box(a, label).inputValue())).toEqual(sorted(expected));
}

/**
 * Tab A's caret sits inside its text ("Hello| world") when tab B's words arrive before it; what A
 * types next must land where A's caret was, not at the end or inside someone else's word.
 */
async function typeWhileMerging(a: Page, b: Page, label: string) {
  await box(a, label).fill('Hello world');
  await expect.poll(() => box(b, label).inputValue()).toBe('Hello world');
  const mine = box(a, label);
  await mine.click();
  await mine.press('Control+End');
  for (let i = 0; i < ' world'.length; i++) await mine.press('ArrowLeft');

  const theirs = box(b, label);
  await theirs.click();
  await theirs.press('Control+Home');
  await theirs.pressSequentially('Oh ');
  await expect.poll(() => mine.inputValue()).toBe('Oh Hello world');

  await mine.pressSequentially(' there');
  await expect.poll(() => mine.inputValue()).toBe('Oh Hello there world');
  await expect.poll(() => theirs.inputValue()).toBe('Oh Hello there world');
}

describe('the same letter open in two tabs', () => {
  it('keeps every word typed in turn into the same paragraph, in both tabs', async ({ openApp }) => {
    const { a, b } = await twoTabs(openApp, { children: [child()], letters: [letter()] });
    await a.goto('/letters/l1');
    await b.goto('/letters/l1');
    await typeInTurn(a, b, 'Paragraph 1 of 2', 'First.', { waitForOther: true });
    await typeInTurn(a, b, 'Paragraph 2 of 2', 'Second.', { waitForOther: false });
  });

  it('keeps the caret in the person’s own words when the other tab’s words arrive', async ({ openApp }) => {
    const { a, b } = await twoTabs(openApp, { children: [child()], letters: [letter()] });
    await a.goto('/letters/l1');
    await b.goto('/letters/l1');
    await typeWhileMerging(a, b, 'Paragraph 2 of 2');
  });
});

describe('the same plan open in two tabs', () => {
  it('keeps every word typed in turn into the same box, in both tabs', async ({ openApp }) => {
    const { a, b } = await twoTabs(openApp, { children: [child()], plans: [plan()] });
    await a.goto('/plan/c1');
    await b.goto('/plan/c1');
    await typeInTurn(a, b, 'What I want the school to know', '', { waitForOther: true });
    await typeInTurn(a, b, 'What helped', '', { waitForOther: false });
  });

  it('keeps the caret in the person’s own words when the other tab’s words arrive', async ({ openApp }) => {
    const { a, b } = await twoTabs(openApp, { children: [child()], plans: [plan()] });
    await a.goto('/plan/c1');
    await b.goto('/plan/c1');
    await typeWhileMerging(a, b, 'What I want the school to know');
  });
});

const DAY = '2026-11-27';
const records = {
  children: [child()],
  settings: [{ id: 'activeChildId', value: 'c1' }],
  contactLog: [aLogEntry({ date: '2026-11-26', how: 'call', said: 'Asked for a meeting' })],
};
const NOTE = 'Anything else about the day (optional)';
const SAID = 'What was said or asked';

/**
 * A form saved with a button, open in two tabs: in turn, a tab adds a word at the end of the box and
 * saves, and the other tab's open form shows it before typing its own. Both end with exactly what
 * both typed.
 */
async function saveInTurn(a: Page, b: Page, label: string, saveIn: (tab: Page) => Promise<void>, reopen: (tab: Page) => Promise<void>) {
  let expected = await box(a, label).inputValue();
  for (const [i, word] of ['one', 'two', 'three', 'four'].entries()) {
    const tab = i % 2 === 0 ? a : b;
    const other = tab === a ? b : a;
    const field = box(tab, label);
    await field.click();
    await field.press('Control+End');
    await field.pressSequentially(` ${word}`);
    expected = `${expected} ${word}`.trim();
    await saveIn(tab);
    await expect.poll(() => box(other, label).inputValue()).toBe(expected);
    await reopen(tab);
    await expect.poll(() => box(tab, label).inputValue()).toBe(expected);
  }
}

describe('the same diary day open in two tabs', () => {
  it('keeps the note typed in one tab when the other saves the day, and saving keeps both', async ({ openApp }) => {
    const { a, b } = await twoTabs(openApp, records);
    await a.goto(`/records/day/${DAY}`);
    await b.goto(`/records/day/${DAY}`);
    await box(b, NOTE).fill('Bus was late');
    await a.getByLabel('Late', { exact: true }).check();
    await box(a, NOTE).fill('Tummy ache');
    await a.getByRole('button', { name: 'Save this day' }).click();
    await a.waitForURL(/\/records\?week=/);

    // Tab B still has its words, and now shows what A saved.
    await expect.poll(() => box(b, NOTE).inputValue()).toBe('Bus was late Tummy ache');
    expect(await b.getByLabel('Late', { exact: true }).isChecked()).toBe(true);
    await b.getByRole('button', { name: 'Save this day' }).click();
    await b.waitForURL(/\/records\?week=/);
    await a.goto(`/records/day/${DAY}`);
    await expect.poll(() => box(a, NOTE).inputValue()).toBe('Bus was late Tummy ache');
    expect(await a.getByLabel('Late', { exact: true }).isChecked()).toBe(true);

    // A word at a time, in turn.
    await b.goto(`/records/day/${DAY}`);
    await saveInTurn(
      a,
      b,
      NOTE,
      async (tab) => {
        await tab.getByRole('button', { name: 'Save this day' }).click();
        await tab.waitForURL(/\/records\?week=/);
      },
      (tab) => tab.goto(`/records/day/${DAY}`).then(() => undefined),
    );
  });
});

describe('the same contact log entry open in two tabs', () => {
  it('keeps both tabs’ changes when each saves, and what was typed in one when the other saves', async ({ openApp }) => {
    const { a, b } = await twoTabs(openApp, records);
    const edit = (tab: Page) => tab.getByRole('button', { name: /^Change the contact on/ }).click();
    for (const tab of [a, b]) {
      await tab.goto('/records/log');
      await edit(tab);
    }
    await box(a, SAID).press('Control+End');
    await box(a, SAID).pressSequentially(' on Friday');
    await box(b, 'What was agreed or promised (optional)').fill('A meeting next week');
    await box(b, SAID).press('Control+End');
    await box(b, SAID).pressSequentially(' by phone');
    await a.getByRole('button', { name: 'Save changes' }).click();
    await a.getByText('Saved to the log.').waitFor();

    // B still has what it typed, with A's words merged in; saving keeps both.
    await expect.poll(() => box(b, SAID).inputValue()).toBe('Asked for a meeting by phone on Friday');
    await b.getByRole('button', { name: 'Save changes' }).click();
    await b.getByText('Saved to the log.').waitFor();
    await edit(a);
    await expect.poll(() => box(a, SAID).inputValue()).toBe('Asked for a meeting by phone on Friday');
    expect(await box(a, 'What was agreed or promised (optional)').inputValue()).toBe('A meeting next week');

    // A word at a time, in turn.
    await edit(b);
    await saveInTurn(
      a,
      b,
      SAID,
      async (tab) => {
        await tab.getByRole('button', { name: 'Save changes' }).click();
        // Saved: the form is ready for a new entry.
        await tab.getByRole('heading', { name: 'Add a contact' }).waitFor();
      },
      edit,
    );
  });
});

describe('leaving a form with words not yet saved', () => {
  it('asks first while a diary note or a log entry is unsaved, and not once it is saved', async ({ openApp }) => {
    const { a, b } = await twoTabs(openApp, records);
    const asked: string[] = [];
    const context = a.context();
    context.on('dialog', (d) => {
      asked.push(d.type());
      void d.dismiss();
    });
    const leave = async (tab: Page) => {
      const before = asked.length;
      await tab.close({ runBeforeUnload: true });
      // Either the page is asked about (and stays), or it closes.
      await expect.poll(() => asked.length > before || tab.isClosed()).toBe(true);
      return asked.length > before;
    };

    await b.goto(`/records/day/${DAY}`);
    expect(await leave(b)).toBe(false);

    await a.goto(`/records/day/${DAY}`);
    await box(a, NOTE).fill('Bus was late');
    expect(await leave(a)).toBe(true);
    expect(asked).toEqual(['beforeunload']);
    await a.getByRole('button', { name: 'Save this day' }).click();
    await a.waitForURL(/\/records\?week=/);

    const c = await context.newPage();
    await c.goto('/records/log');
    await box(c, SAID).fill('Rang about Monday');
    expect(await leave(c)).toBe(true);
    await box(c, SAID).fill('');
    expect(await leave(c)).toBe(false);
    expect(await leave(a)).toBe(false);
  });
});

/**
 * Every IndexedDB write in this browser fails as on a full disk while the test says so; unlike
 * simulateFullDisk, the disk stays full across a reload (the flag is kept in the page's local storage).
 */
async function fullDiskAcrossReloads(page: Page) {
  await page.context().addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (localStorage.getItem('test-disk-full') === '1' && this.name !== 'meta') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}
const diskFull = (page: Page, full: boolean) => page.evaluate((f) => (f ? localStorage.setItem('test-disk-full', '1') : localStorage.removeItem('test-disk-full')), full);
const NOT_SAVED = /^Not saved yet\. What you typed is kept in this tab/;

describe('reloading while the device is full', () => {
  for (const [editor, path, label, start] of [
    ['plan', '/plan/c1', 'What I want the school to know', ''],
    ['letter', '/letters/l1', 'Paragraph 1 of 2', 'First.'],
  ] as const) {
    it(`keeps the latest typing in the ${editor} and says it is not saved`, async ({ openApp }) => {
      const { a: page } = await twoTabs(openApp, { children: [child()], plans: [plan()], letters: [letter()] });
      await fullDiskAcrossReloads(page);
      await page.goto(path);
      const field = box(page, label);
      await field.waitFor();
      await diskFull(page, true);
      await field.click();
      await field.press('Control+End');
      await field.pressSequentially(' We want');
      await page.getByText('Your device is full').first().waitFor();
      await field.pressSequentially(' to work together');

      await page.reload();
      await expect.poll(() => box(page, label).inputValue()).toBe(`${start} We want to work together`);
      await page.getByText(NOT_SAVED).waitFor();

      // Once there is space, the next change saves it all, and the page no longer says it is not saved.
      await diskFull(page, false);
      await box(page, label).press('Control+End');
      await box(page, label).pressSequentially(' now');
      await page.getByText(NOT_SAVED).waitFor({ state: 'detached' });
      await page.reload();
      await expect.poll(() => box(page, label).inputValue()).toBe(`${start} We want to work together now`);
      expect(await page.getByText(NOT_SAVED).count()).toBe(0);
    });
  }
});

import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { MAIN_ROUTES } from '../../src/app/routeTable';
import { addDays, todayIso } from '../../src/domain/dates';
import { weekStart } from '../../src/domain/records/attendance';
import { axeViolations } from './support/app';
import { it } from './support/fixture';
import { child, contact, dumpDatabase, letter, plan } from './support/robust';
import { seedRecords } from './support/seed';
import { aCase, aDiaryDay, aLogEntry } from '../support/builders';

/**
 * A device whose database opens but whose reads then fail (short of space, a private window, another
 * tab upgrading): every screen that reads the family's records must say so, never look empty, and
 * must write nothing; when reads work again, everything is still there.
 */
const COULD_NOT_READ = 'We could not read what is saved on this device';
const day = addDays(weekStart(todayIso()), -7);
const SEEDED = {
  children: [child()],
  plans: [plan('Likes drawing')],
  letters: [letter()],
  contacts: [contact()],
  attendance: [aDiaryDay({ id: 'a1', childId: 'c1', date: day, status: 'not-in', note: 'Bad night' })],
  contactLog: [aLogEntry({ id: 'g1', childId: 'c1', date: day, who: 'Ms Patel', how: 'call', said: 'Asked for a meeting', agreed: '' })],
  cases: [aCase({ id: 'r1', childId: 'c1', request: 'ehc' })],
  settings: [{ id: 'activeChildId', value: 'c1' }],
};

/** Every route the app lists, and the screens of one record (a letter, a day of the diary, a contact). */
const ROUTES = [...MAIN_ROUTES, '/letters/l1', `/records/day/${day}`, '/help/contacts/k1'];
/** The screens that read nothing of the family's records (they must still look as always). */
const READS_NOTHING = new Set(['/session', '/session/receive', '/no-such-page']);

/** Screens whose "could not read" is also checked with axe (WCAG 2.2 AA). */
const AXE = new Set(['/letters', '/help', '/letters/l1', '/help/contacts/k1']);

/** What a screen says when nothing is saved: never shown when what is saved could not be read. */
const EMPTY_WORDS = [
  'You have not started any letters yet.',
  'No dates from letters yet.',
  'Answer some questions about your child first',
  'No plan yet.',
  'You have not started yet.',
  'Answer a few questions about your child first, so the diary knows who it is for.',
  'Nothing recorded this week yet.',
  'Nothing in the log yet.',
  'You have not saved any contacts yet',
  'There are no local packs on this device yet.',
];

/**
 * Runs in every page before the app: while localStorage.bnFailReads is '1', every IndexedDB read and
 * write throws, except what the storage needs to open: the schema check (the `meta` store) and its
 * first look at which family is on screen (the first three other reads: two settings and the list of
 * families). Without those the app would run in memory, or with no family at all, which are other
 * paths. Each write tried is counted in localStorage.bnWrites; the reads let through are listed in
 * window.__bnLetThrough.
 */
function failStorage() {
  if (localStorage.getItem('bnFailReads') !== '1') return;
  const w = window as unknown as { __bnLetThrough: string[] };
  w.__bnLetThrough = [];
  const READS = ['get', 'getAll', 'getAllKeys', 'getKey', 'openCursor', 'openKeyCursor', 'count'] as const;
  const WRITES = ['put', 'add', 'delete', 'clear'] as const;
  const patch = (proto: object, name: string, storeOf: (self: unknown) => string, write: boolean) => {
    const target = proto as Record<string, (...args: unknown[]) => unknown>;
    const original = target[name]!;
    target[name] = function (this: unknown, ...args: unknown[]) {
      const store = storeOf(this);
      if (write) {
        localStorage.setItem('bnWrites', String(Number(localStorage.getItem('bnWrites') ?? '0') + 1));
        throw new DOMException(`Writes fail in this test (${store})`, 'UnknownError');
      }
      if (store !== 'meta') {
        if (w.__bnLetThrough.length >= 3) throw new DOMException(`Reads fail in this test (${store})`, 'UnknownError');
        w.__bnLetThrough.push(store);
      }
      return original.apply(this, args);
    };
  };
  for (const name of READS) {
    patch(IDBObjectStore.prototype, name, (s) => (s as IDBObjectStore).name, false);
    patch(IDBIndex.prototype, name, (s) => (s as IDBIndex).objectStore.name, false);
  }
  for (const name of WRITES) patch(IDBObjectStore.prototype, name, (s) => (s as IDBObjectStore).name, true);
}

/** What a route shows once its words are in: the "could not read" heading, or its own heading. */
async function settle(page: Page, route: string): Promise<'panel' | 'page'> {
  const panel = page.getByRole('heading', { name: COULD_NOT_READ });
  if (READS_NOTHING.has(route)) {
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    return (await panel.count()) > 0 ? 'panel' : 'page';
  }
  try {
    await panel.first().waitFor({ timeout: 8_000 });
    return 'panel';
  } catch {
    return 'page';
  }
}

describe('when what is saved cannot be read', () => {
  it('every screen that reads the family’s records says so, none looks empty, nothing is written, and all is there once reads work again', async ({ openApp }) => {
    const { page, foreignRequests } = await openApp();
    await page.addInitScript(failStorage);
    await page.goto('/');
    await seedRecords(page, SEEDED);
    const before = await dumpDatabase(page);

    await page.evaluate(() => localStorage.setItem('bnFailReads', '1'));
    const wrong: string[] = [];
    for (const route of ROUTES) {
      await page.goto(route);
      const shown = await settle(page, route);
      const text = await page.locator('body').innerText();
      const empty = EMPTY_WORDS.filter((words) => text.includes(words));
      const letThrough = await page.evaluate(() => (window as unknown as { __bnLetThrough?: string[] }).__bnLetThrough ?? []);
      if (letThrough.some((s) => s !== 'settings' && s !== 'families')) wrong.push(`${route}: read ${letThrough.join(', ')} while opening`);
      if (READS_NOTHING.has(route) ? shown !== 'page' : shown !== 'panel') wrong.push(`${route}: ${shown === 'page' ? 'no "could not read"' : 'says "could not read"'}`);
      if (empty.length) wrong.push(`${route}: looks empty ("${empty.join('", "')}")`);
      if (AXE.has(route)) for (const v of await axeViolations(page)) wrong.push(`${route}: axe ${v}`);
    }
    const writes = await page.evaluate(() => Number(localStorage.getItem('bnWrites') ?? '0'));

    await page.evaluate(() => localStorage.removeItem('bnFailReads'));
    await page.goto('/letters');
    await page.getByRole('link', { name: 'Ask the council for an EHC needs assessment', exact: true }).waitFor();
    await page.goto('/help/contacts');
    await page.getByText('Ms Patel').first().waitFor();
    await page.goto('/records/log');
    await page.getByText('Asked for a meeting').waitFor();
    const after = await dumpDatabase(page);

    expect(wrong).toEqual([]);
    expect(writes).toBe(0);
    for (const store of ['children', 'plans', 'letters', 'contacts', 'attendance', 'contactLog']) expect(after[store], store).toEqual(before[store]);
    expect(foreignRequests).toEqual([]);
  }, 240_000);
});

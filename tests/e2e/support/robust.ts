import type { Page } from 'playwright-core';
import { fitName, LIMITS } from '../../../src/domain/limits';
import type { PlanContent } from '../../../src/domain/plan/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { aChild, aContact, aLetter, aPlan } from '../../support/builders';

/** Everything in the app's database, store by store, as plain data (to prove nothing changed). */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('barriers-navigator');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise<unknown[]>((resolve, reject) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    }
    db.close();
    return out;
  });
}

/** One record from the app's database. */
export async function readRecord<T>(page: Page, store: string, id: string): Promise<T | undefined> {
  const all = await dumpDatabase(page);
  return (all[store] as { id: string }[] | undefined)?.find((r) => r.id === id) as T | undefined;
}

/**
 * Makes every IndexedDB write in this page fail as on a full disk while `window.__diskFull` is true
 * (wraps IDBObjectStore.put before the app loads).
 */
export async function simulateFullDisk(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __diskFull?: boolean };
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (w.__diskFull && this.name !== 'meta') throw new DOMException('The disk is full', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}
export const setDiskFull = (page: Page, full: boolean) => page.evaluate((f) => ((window as unknown as { __diskFull?: boolean }).__diskFull = f), full);

/** Sam, whose parent answered the first questions (England, anxiety). */
export const child = (over: Partial<ChildRecord> = {}) =>
  aChild({ answers: { nation: 'england', role: 'parent', 'child-name': 'Sam', barriers: ['anxiety'] }, ...over });
/** A plan with `w` in every box (cut to the longest name the app keeps in a name box). */
const content = (w: string): PlanContent => ({
  strengths: [{ id: 's1', text: w }], interests: w, enjoys: w, barriers: [{ id: 'b1', text: w }], childHard: w, childHelps: w, childChange: w,
  parentVoice: w, tried: [{ id: 't1', text: w }], helped: w, madeWorse: w, asks: [{ id: 'a1', text: w }],
  actions: [{ id: 'x1', what: w, who: w, byWhen: '2026-12-01', status: 'in-progress' }],
  people: [{ id: 'p1', name: fitName(w), role: w, reach: w }], nextReview: '2026-12-01', meetingNotes: w,
});
export const plan = (w = '') => aPlan({ id: 'pl1' }, content(w));
/** A sent letter with `w` in every box (or the usual words; names cut to the longest the app keeps). */
export const letter = (w = '') =>
  aLetter({
    senderName: fitName(w) || 'Jo', senderAddress: w, recipient: w || 'SEND team', subject: w || 'Request', greeting: w || 'Dear Sir,',
    paragraphs: [w || 'First.', w || 'Second.'], signOff: w || 'Yours,', sentOn: '2026-11-02',
  });
/** Sam's SENCo, with `w` in every box (or the usual details; names cut to the longest the app keeps). */
export const contact = (w = '') =>
  aContact({
    name: fitName(w) || 'Ms Patel', ...(w ? { organisation: fitName(w), website: `${fitName(w, LIMITS.name - 8)}.example` } : {}), phone: '0118 496 0000', email: 'patel@example.org',
    notes: w || 'Tuesdays', childId: 'c1',
  });

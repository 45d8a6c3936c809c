import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openIndexedDbBackend } from '../../../src/storage/indexeddb';
import { createStorage, type Storage } from '../../../src/storage/storage';
import { STORE_NAMES, FAMILY_STORES } from '../../../src/domain/schema';
import { NOW, child, contact, letter, plan } from '../families/fixtures';
import type { AttendanceRecord, ContactLogRecord } from '../../../src/domain/records/types';

const day = (id: string, childId: string, familyId: string): AttendanceRecord & { familyId: string } => ({
  id,
  familyId,
  childId,
  date: '2026-03-02',
  status: 'not-in',
  createdAt: NOW,
  updatedAt: NOW,
});
const logEntry = (id: string, childId: string, familyId: string): ContactLogRecord & { familyId: string } => ({
  id,
  familyId,
  childId,
  date: '2026-03-02',
  who: 'Ms Patel',
  how: 'call',
  said: `said about ${childId}`,
  agreed: '',
  followUpOn: '2026-03-09',
  createdAt: NOW,
  updatedAt: NOW,
});

let n = 0;
const uniqueName = () => `families-db-${++n}-${Math.random().toString(36).slice(2)}`;

async function open(name: string): Promise<Storage> {
  const storage = createStorage(() => openIndexedDbBackend({ name }), `${name}-channel`);
  await storage.ready();
  return storage;
}

/** Every record in every store, read straight from IndexedDB, as text to search. */
async function everything(name: string): Promise<string> {
  const db = await openDB(name);
  const out: Record<string, unknown[]> = {};
  for (const s of db.objectStoreNames) out[s] = await db.getAll(s);
  db.close();
  return JSON.stringify(out);
}

/** Two families on one device: Cardiff (two children) and Belfast (one). */
async function twoFamilies(storage: Storage) {
  const cardiff = await storage.addFamily('Cardiff family');
  await storage.updateFamily({ councilId: 'cardiff' });
  await storage.putMany({
    children: [child('sam', cardiff), child('ali', cardiff)],
    plans: [plan('p-sam', 'sam', cardiff), plan('p-ali', 'ali', cardiff)],
    letters: [letter('l-sam', 'sam', cardiff)],
    contacts: [contact('k-sam', cardiff, 'sam'), contact('k-cardiff-gp', cardiff)],
    notes: [{ id: 'n-cardiff', familyId: cardiff, text: 'cardiff private', updatedAt: NOW }],
    attendance: [day('a-sam', 'sam', cardiff), day('a-ali', 'ali', cardiff)],
    contactLog: [logEntry('log-sam', 'sam', cardiff)],
  });
  const belfast = await storage.addFamily('Belfast family');
  await storage.updateFamily({ councilId: 'belfast' });
  await storage.putMany({
    children: [child('niamh', belfast, { nation: 'northern-ireland' })],
    plans: [plan('p-niamh', 'niamh', belfast)],
    letters: [letter('l-niamh', 'niamh', belfast)],
    contacts: [contact('k-belfast', belfast)],
    attendance: [day('a-niamh', 'niamh', belfast)],
    contactLog: [logEntry('log-niamh', 'niamh', belfast)],
  });
  return { cardiff, belfast };
}

describe('families in storage', () => {
  it('every store and every family-owned index exists after opening', async () => {
    const name = uniqueName();
    await open(name);
    const db = await openDB(name);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES, 'meta'].sort());
    const tx = db.transaction(FAMILY_STORES);
    for (const s of FAMILY_STORES) expect([...tx.objectStore(s).indexNames].sort()).toEqual(['childId', 'familyId']);
    db.close();
  });

  it('shows one family at a time: lists and look-ups never reach the other family', async () => {
    const storage = await open(uniqueName());
    const { cardiff, belfast } = await twoFamilies(storage);
    expect(storage.familyId()).toBe(belfast);
    expect((await storage.list('children')).map((c) => c.id)).toEqual(['niamh']);
    expect((await storage.list('contacts')).map((c) => c.id)).toEqual(['k-belfast']);
    expect(await storage.get('children', 'sam')).toBeUndefined();
    expect(await storage.get('plans', 'p-sam')).toBeUndefined();
    await storage.setFamily(cardiff);
    expect((await storage.list('children')).map((c) => c.id).sort()).toEqual(['ali', 'sam']);
    expect((await storage.list('letters')).map((c) => c.id)).toEqual(['l-sam']);
    expect(await storage.get('children', 'niamh')).toBeUndefined();
    // The diary and the contact log: one child at a time, and only the family on screen's.
    expect((await storage.listByChild('attendance', 'sam')).map((a) => a.id)).toEqual(['a-sam']);
    expect((await storage.listByChild('contactLog', 'sam')).map((a) => a.id)).toEqual(['log-sam']);
    expect(await storage.listByChild('attendance', 'niamh')).toEqual([]);
    expect(await storage.listByChild('contactLog', 'niamh')).toEqual([]);
    expect(await storage.get('attendance', 'a-niamh')).toBeUndefined();
    // A new record goes into the family on screen.
    await storage.put('contacts', { id: 'k-new', role: 'gp', name: 'Dr C', createdAt: NOW, updatedAt: NOW });
    expect((await storage.get('contacts', 'k-new'))?.familyId).toBe(cardiff);
  });

  it('deleting a child leaves no record of it in any store, and keeps the rest of its family', async () => {
    const name = uniqueName();
    const storage = await open(name);
    const { cardiff } = await twoFamilies(storage);
    await storage.setFamily(cardiff);
    await storage.updateFamily({ activeChildId: 'sam' });
    await storage.deleteChild('sam');
    const all = await everything(name);
    expect(all).not.toMatch(/"sam"|p-sam|l-sam|k-sam|a-sam|log-sam/);
    expect(all).toContain('a-ali');
    expect(all).toContain('"ali"');
    expect(all).toContain('k-cardiff-gp');
    expect(all).toContain('niamh');
    expect((await storage.get('families', cardiff))?.activeChildId).toBeUndefined();
  });

  it('deleting a family leaves no record of it in any store, and the other family as it was', async () => {
    const name = uniqueName();
    const storage = await open(name);
    const { cardiff, belfast } = await twoFamilies(storage);
    const before = await storage.snapshot({ familyId: belfast });
    await storage.deleteFamily(cardiff);
    const all = await everything(name);
    for (const word of [cardiff, 'sam', 'ali', 'p-sam', 'l-sam', 'k-cardiff-gp', 'cardiff private', 'Cardiff family', 'a-sam', 'a-ali', 'log-sam']) {
      expect(all).not.toContain(word);
    }
    expect(await storage.snapshot({ familyId: belfast })).toEqual(before);
    expect(storage.familyId()).toBe(belfast);
  });

  it('deleting everything leaves every store empty', async () => {
    const name = uniqueName();
    const storage = await open(name);
    await twoFamilies(storage);
    await storage.clearAll();
    const db = await openDB(name);
    for (const s of STORE_NAMES) expect(await db.count(s)).toBe(0);
    db.close();
    expect(storage.familyId()).toBeUndefined();
  });

  it('a session shows its family only, and ending it leaves nothing of it anywhere', async () => {
    const name = uniqueName();
    const storage = await open(name);
    const { cardiff } = await twoFamilies(storage);
    const sessionFamily = await storage.startSession({ pin: { salt: 's', hash: 'h' }, lockMinutes: 2 });
    expect(storage.familyId()).toBe(sessionFamily);
    expect(await storage.list('families')).toHaveLength(1);
    expect(await storage.list('children')).toEqual([]);
    expect(await storage.setFamily(cardiff)).toBe(false);
    await storage.put('children', { ...child('visit', ''), familyId: undefined });
    await storage.put('notes', { id: 'n1', text: 'only for me', updatedAt: NOW });
    expect((await storage.snapshot({ forExport: true })).data.notes).toEqual([]);
    expect(JSON.stringify((await storage.snapshot({ forExport: true })).data.settings)).not.toContain('session');
    await storage.endSession();
    const all = await everything(name);
    for (const word of [sessionFamily, '"visit"', 'only for me', '"session"']) expect(all).not.toContain(word);
    expect(storage.session()).toBeUndefined();
    expect((await storage.list('families')).length).toBe(2);
  });

  it('says whether a session is known only once the database has been read, so a page opened mid-session is not sent away', async () => {
    const name = uniqueName();
    const first = await open(name);
    await first.startSession();
    const later = createStorage(() => openIndexedDbBackend({ name }), `${name}-other`);
    let told = 0;
    later.onFamily(() => told++);
    expect(later.familyKnown()).toBe(false);
    expect(later.session()).toBeUndefined();
    await later.ready();
    expect(later.familyKnown()).toBe(true);
    expect(later.session()?.familyId).toBe(first.session()?.familyId);
    expect(told).toBeGreaterThan(0);
  });

  it('a session ended in another tab ends in this one too', async () => {
    const name = uniqueName();
    const a = createStorage(() => openIndexedDbBackend({ name }), `${name}-shared`);
    const b = createStorage(() => openIndexedDbBackend({ name }), `${name}-shared`);
    await Promise.all([a.ready(), b.ready()]);
    await a.startSession();
    await expect.poll(() => b.session()).toBeDefined();
    await a.endSession();
    await expect.poll(() => b.session()).toBeUndefined();
  });
});

describe('moving a device’s data into families', () => {
  it('opening a database from before families puts everything into one family and drops what a deleted child left', async () => {
    const name = uniqueName();
    const old = await openDB(name, 1, {
      upgrade(db) {
        for (const s of ['children', 'plans', 'letters', 'contacts', 'settings', 'meta']) db.createObjectStore(s, { keyPath: 'id' });
      },
    });
    const strip = <T extends object>(r: T) => {
      const { familyId: _f, ...rest } = r as T & { familyId?: string };
      return rest;
    };
    await old.put('meta', { id: 'schema', schemaVersion: 1 });
    await old.put('children', strip(child('sam', '')));
    await old.put('plans', strip(plan('p-sam', 'sam', '')));
    await old.put('plans', strip(plan('p-gone', 'deleted', '')));
    await old.put('letters', strip(letter('l-gone', 'deleted', '')));
    await old.put('contacts', strip(contact('k-gp', '')));
    await old.put('settings', { id: 'councilId', value: 'cardiff' });
    await old.put('settings', { id: 'activeChildId', value: 'sam' });
    old.close();

    const storage = await open(name);
    const [family] = await storage.list('families');
    expect(family).toMatchObject({ councilId: 'cardiff', activeChildId: 'sam' });
    expect(storage.familyId()).toBe(family!.id);
    expect((await storage.list('children')).map((c) => c.familyId)).toEqual([family!.id]);
    expect((await storage.list('plans')).map((p) => p.id)).toEqual(['p-sam']);
    expect(await storage.list('letters')).toEqual([]);
    expect((await storage.list('contacts')).map((c) => c.id)).toEqual(['k-gp']);
    const all = await everything(name);
    expect(all).not.toContain('deleted');
    expect(all).not.toContain('"councilId","value"');
  });

  it('opening a database made with the diary (version 2) keeps the diary and log, now in the one family', async () => {
    const name = uniqueName();
    const old = await openDB(name, 2, {
      upgrade(db) {
        for (const s of ['children', 'plans', 'letters', 'contacts', 'settings', 'meta']) db.createObjectStore(s, { keyPath: 'id' });
        for (const s of ['attendance', 'contactLog']) db.createObjectStore(s, { keyPath: 'id' }).createIndex('childId', 'childId');
      },
    });
    const strip = <T extends object>(r: T) => {
      const { familyId: _f, ...rest } = r as T & { familyId?: string };
      return rest;
    };
    await old.put('meta', { id: 'schema', schemaVersion: 2 });
    await old.put('children', strip(child('sam', '')));
    await old.put('attendance', strip(day('a-sam', 'sam', '')));
    await old.put('attendance', strip(day('a-gone', 'deleted', '')));
    await old.put('contactLog', strip(logEntry('log-sam', 'sam', '')));
    old.close();

    const storage = await open(name);
    const [family] = await storage.list('families');
    expect(storage.familyId()).toBe(family!.id);
    expect(await storage.listByChild('attendance', 'sam')).toEqual([{ ...strip(day('a-sam', 'sam', '')), familyId: family!.id }]);
    expect((await storage.listByChild('contactLog', 'sam')).map((l) => [l.id, l.familyId])).toEqual([['log-sam', family!.id]]);
    expect(await everything(name)).not.toContain('a-gone');
    await storage.deleteChild('sam');
    const all = await everything(name);
    expect(all).not.toContain('a-sam');
    expect(all).not.toContain('log-sam');
  });
});

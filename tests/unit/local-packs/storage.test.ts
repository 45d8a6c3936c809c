import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { DB_VERSION, openIndexedDbBackend } from '../../../src/storage/indexeddb';
import { createStorage } from '../../../src/storage/storage';
import { createMemoryBackend } from '../../../src/storage/memory';
import { STORE_NAMES } from '../../../src/domain/schema';
import type { LocalPackRecord } from '../../../src/domain/localPacks';

const pack: LocalPackRecord = {
  id: 'kirklees-parent-forum-ab12',
  name: 'Kirklees parent forum',
  updatedAt: '2026-11-03T10:00:00.000Z',
  services: [
    { id: 's1', name: 'Family Hub', helpsWith: 'Getting to school', councilId: 'kirklees', checkedBy: 'Sam', checkedOn: '2026-11-03', howToCheck: 'Ring them.' },
  ],
};

let n = 0;
const kinds = {
  indexeddb: () => {
    const name = `packs-${++n}-${Math.random().toString(36).slice(2)}`;
    return createStorage(() => openIndexedDbBackend({ name }), name);
  },
  memory: () => createStorage(async () => createMemoryBackend(), `packs-memory-${++n}`),
};

describe.each(Object.entries(kinds))('local packs on the device (%s)', (_kind, make) => {
  let storage: ReturnType<typeof make>;
  beforeEach(async () => {
    storage = make();
    await storage.ready();
  });

  it('stay when a volunteer’s session ends or a family is deleted', async () => {
    await storage.startSession();
    await storage.put('localPacks', pack);
    await storage.put('contacts', { id: 'c1', role: 'other', name: 'Someone', createdAt: pack.updatedAt, updatedAt: pack.updatedAt });
    await storage.endSession();
    expect(await storage.list('contacts')).toEqual([]);
    expect(await storage.list('localPacks')).toEqual([pack]);
    const family = await storage.ensureFamily();
    await storage.deleteFamily(family);
    expect(await storage.list('localPacks')).toEqual([pack]);
  });

  it('are never in a family’s backup or hand-over, and go with “delete everything”', async () => {
    await storage.put('localPacks', pack);
    const family = await storage.ensureFamily();
    expect((await storage.snapshot({ forExport: true })).data.localPacks).toEqual([]);
    expect((await storage.snapshot({ forExport: true, familyId: family })).data.localPacks).toEqual([]);
    await storage.clearAll();
    expect(await storage.list('localPacks')).toEqual([]);
  });
});

describe('the database upgrade', () => {
  it('adds the local packs store to a database of the version before, keeping what was there', async () => {
    const name = `packs-upgrade-${++n}`;
    // The stores as version 3 made them: no local packs.
    const old = await openDB(name, 3, {
      upgrade(db) {
        for (const s of [...STORE_NAMES.filter((x) => x !== 'localPacks' && x !== 'cases'), 'meta']) db.createObjectStore(s, { keyPath: 'id' });
      },
    });
    await old.put('meta', { id: 'schema', schemaVersion: 3 });
    await old.put('settings', { id: 'language', value: 'cy' });
    old.close();
    const storage = createStorage(() => openIndexedDbBackend({ name }), name);
    await storage.ready();
    await storage.put('localPacks', pack);
    expect(await storage.get('settings', 'language')).toEqual({ id: 'language', value: 'cy' });
    expect(await storage.get('localPacks', pack.id)).toEqual(pack);
    const db = await openDB(name);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});

describe('a family’s backup file', () => {
  it('holds no local packs, not even an empty list, so an app from before packs still reads it', async () => {
    const { toBackupFile } = await import('../../../src/domain/backup');
    const { emptyData } = await import('../../../src/domain/schema');
    const file = toBackupFile({ schemaVersion: 3, data: { ...emptyData(), localPacks: [pack] } });
    expect(Object.keys(file.data)).toEqual(['families', 'children', 'plans', 'letters', 'contacts', 'notes', 'settings', 'attendance', 'contactLog', 'cases']);
  });
});

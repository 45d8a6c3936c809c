import { describe, expect, it, vi } from 'vitest';
import { openDB } from 'idb';
import { openIndexedDbBackend, DB_VERSION } from '../../../src/storage/indexeddb';
import { createStorage } from '../../../src/storage/storage';
import { StorageError } from '../../../src/storage/errors';
import type { Backend } from '../../../src/storage/backend';
import { createMemoryBackend } from '../../../src/storage/memory';
import { SCHEMA_VERSION } from '../../../src/domain/schema';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';

let n = 0;
const uniqueName = () => `test-db-${++n}-${Math.random().toString(36).slice(2)}`;
const child = (id: string, displayName = 'Sam'): ChildRecord => ({
  id,
  displayName,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  answers: { nation: 'england' },
  kept: [],
});

describe('IndexedDB storage', () => {
  it('keeps what was saved after the database is closed and opened again', async () => {
    const name = uniqueName();
    const first = await openIndexedDbBackend({ name });
    await first.put('children', child('a'));
    first.close();
    const second = await openIndexedDbBackend({ name });
    expect(await second.get('children', 'a')).toEqual(child('a'));
    expect(await second.list('children')).toHaveLength(1);
    second.close();
  });

  it('migrates stored data when the app understands a newer shape, in one step per version', async () => {
    const name = uniqueName();
    const v1 = await openIndexedDbBackend({ name, schemaVersion: 1 });
    await v1.put('children', { ...child('a'), displayName: 'old' });
    v1.close();
    const v2 = await openIndexedDbBackend({
      name,
      schemaVersion: 2,
      migrations: [{ to: 2, up: (d) => ({ ...d, children: (d.children as ChildRecord[]).map((c) => ({ ...c, displayName: 'new' })) }) }],
    });
    expect((await v2.get('children', 'a'))?.displayName).toBe('new');
    v2.close();
    // Opening again at version 2 does not run the step twice.
    const again = await openIndexedDbBackend({ name, schemaVersion: 2, migrations: [] });
    expect((await again.get('children', 'a'))?.displayName).toBe('new');
    again.close();
  });

  it('refuses data saved by a newer app and leaves it untouched', async () => {
    const name = uniqueName();
    const newer = await openIndexedDbBackend({ name, schemaVersion: 5 });
    await newer.put('children', child('a'));
    newer.close();
    await expect(openIndexedDbBackend({ name, schemaVersion: 1 })).rejects.toMatchObject({ problem: 'newer' });
    const check = await openIndexedDbBackend({ name, schemaVersion: 5 });
    expect(await check.get('children', 'a')).toEqual(child('a'));
    check.close();
  });

  it('says so when another tab holds the database open during an upgrade, and closes when asked to step aside', async () => {
    const name = uniqueName();
    const onOutdated = vi.fn();
    const mine = await openIndexedDbBackend({ name, onOutdated });
    // Another tab (a newer version of the app) asks to upgrade the database.
    const other = await openDB(name, DB_VERSION + 1, { blocked: () => {} });
    expect(onOutdated).toHaveBeenCalled();
    await expect(mine.put('children', child('b'))).rejects.toBeInstanceOf(StorageError);
    other.close();
  });

  it('reports "blocked" when an older tab will not let go, and opens once it closes', async () => {
    const name = uniqueName();
    // An old tab of the app that ignores requests to close.
    const old = await openDB(name, 1, { upgrade: (db) => void db.createObjectStore('children', { keyPath: 'id' }) });
    const onBlocked = vi.fn();
    const opening = openIndexedDbBackend({ name, dbVersion: 2, onBlocked });
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    old.close();
    const backend = await opening;
    await backend.put('children', child('a'));
    expect(await backend.get('children', 'a')).toEqual(child('a'));
    backend.close();
  });
});

function fakeBackend(overrides: Partial<Backend> = {}): Backend {
  return { ...createMemoryBackend(), kind: 'indexeddb', ...overrides };
}

describe('the app storage', () => {
  it('falls back to memory and says so when IndexedDB cannot open (private browsing)', async () => {
    const storage = createStorage(async () => {
      throw new StorageError('memory', new DOMException('denied', 'InvalidStateError'));
    }, uniqueName());
    await storage.ready();
    expect(storage.status()).toEqual({ mode: 'memory', problem: 'memory' });
    await storage.put('children', child('a'));
    expect(await storage.get('children', 'a')).toMatchObject(child('a'));
  });

  it('reports a full disk, keeps what was saved before, and clears the message after a good save', async () => {
    let full = false;
    const backend = fakeBackend();
    const realPut = backend.put;
    backend.put = async (s, r) => {
      if (full) throw new StorageError('quota', new DOMException('full', 'QuotaExceededError'));
      return realPut(s, r);
    };
    const storage = createStorage(async () => backend, uniqueName());
    await storage.put('children', child('a', 'Sam'));
    full = true;
    await expect(storage.put('children', child('a', 'Changed'))).rejects.toMatchObject({ problem: 'quota' });
    expect(storage.status().problem).toBe('quota');
    expect((await storage.get('children', 'a'))?.displayName).toBe('Sam');
    full = false;
    await storage.put('children', child('a', 'Changed'));
    expect(storage.status().problem).toBeUndefined();
  });

  it('turns a raw QuotaExceededError from IndexedDB into the "device is full" problem', async () => {
    const name = uniqueName();
    const backend = await openIndexedDbBackend({ name });
    const storage = createStorage(async () => backend, uniqueName());
    await storage.ready();
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(storage.put('children', child('a'))).rejects.toMatchObject({ problem: 'quota' });
    spy.mockRestore();
    expect(storage.status().problem).toBe('quota');
    backend.close();
  });

  it('tells listeners when a store changes', async () => {
    const storage = createStorage(async () => fakeBackend(), uniqueName());
    await storage.ensureFamily();
    const heard = vi.fn();
    storage.onChange('children', heard);
    await storage.put('children', child('a'));
    await storage.delete('children', 'a');
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('exports everything as a snapshot with the schema version', async () => {
    const storage = createStorage(async () => fakeBackend(), uniqueName());
    await storage.put('children', child('a'));
    const snap = await storage.snapshot();
    expect(snap.schemaVersion).toBe(SCHEMA_VERSION);
    // Saved into the family on screen, made for it on the first save.
    expect(snap.data.children).toEqual([{ ...child('a'), familyId: snap.data.families[0]!.id }]);
  });
});

import { openDB, type IDBPDatabase } from 'idb';
import type { Backend } from './backend';
import { StorageError, isQuotaError } from './errors';
import { migrateData, type Migration, MIGRATIONS } from '../domain/migrate';
import { FAMILY_STORES, SCHEMA_VERSION, STORE_NAMES, type StoreName } from '../domain/schema';

export const DB_NAME = 'barriers-navigator';
/**
 * The IndexedDB version: raise it only to add or change object stores, never for data shape.
 * 2: `attendance` and `contactLog`, each with a `childId` index.
 * 3: `families` and `notes` stores; `familyId` and `childId` indexes on every family-owned store
 *    (the diary and the contact log included).
 * 4: `localPacks` (local services a group has checked, kept apart from every family).
 * 5: `cases` (each request a family made to the council, and what has happened since).
 */
export const DB_VERSION = 5;
export const FAMILY_INDEX = 'familyId';
export const CHILD_INDEX = 'childId';
const META = 'meta';
/** Records handed to the database in one go by putMany (about 10–30 ms of work on a phone). */
const WRITE_SLICE = 250;
const SCHEMA_KEY = 'schema';

export interface OpenOptions {
  name?: string;
  /** IndexedDB version to open (tests of upgrades only; the app always uses DB_VERSION). */
  dbVersion?: number;
  schemaVersion?: number;
  migrations?: Migration[];
  /** Another tab holds an older connection open and is delaying our upgrade. */
  onBlocked?: () => void;
  /** Another tab wants to upgrade: we have closed our connection and must reload. */
  onOutdated?: () => void;
}

/**
 * Opens the database, creating stores on first use and bringing stored data up to the current
 * schema version in one transaction. Throws StorageError('newer') for data from a newer app and
 * never changes such data.
 */
export async function openIndexedDbBackend(options: OpenOptions = {}): Promise<Backend> {
  const target = options.schemaVersion ?? SCHEMA_VERSION;
  const migrations = options.migrations ?? MIGRATIONS;
  let db: IDBPDatabase;
  try {
    db = await openDB(options.name ?? DB_NAME, options.dbVersion ?? DB_VERSION, {
      upgrade(database, _old, _new, tx) {
        for (const s of [...STORE_NAMES, META]) {
          if (!database.objectStoreNames.contains(s)) database.createObjectStore(s, { keyPath: 'id' });
        }
        // Every family-owned store is indexed by family and by child, so every query and every
        // delete reaches exactly one family's (or one child's) records without reading the rest.
        for (const s of FAMILY_STORES) {
          const store = tx.objectStore(s);
          if (!store.indexNames.contains(FAMILY_INDEX)) store.createIndex(FAMILY_INDEX, 'familyId');
          if (!store.indexNames.contains(CHILD_INDEX)) store.createIndex(CHILD_INDEX, 'childId');
        }
      },
      blocked() {
        options.onBlocked?.();
      },
      blocking() {
        db?.close();
        options.onOutdated?.();
      },
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageError('quota', error);
    throw new StorageError('memory', error);
  }

  const meta = (await db.get(META, SCHEMA_KEY)) as { id: string; schemaVersion: number } | undefined;
  const stored = meta?.schemaVersion;
  if (stored === undefined) {
    await db.put(META, { id: SCHEMA_KEY, schemaVersion: target });
  } else if (stored > target) {
    db.close();
    throw new StorageError('newer');
  } else if (stored < target) {
    // Read everything first, migrate in memory, then write in one transaction: an await on
    // anything but IndexedDB inside a transaction would let it commit half-way.
    const data: Record<string, unknown[]> = {};
    for (const s of STORE_NAMES) data[s] = await db.getAll(s);
    const migrated = migrateData(data, stored, target, migrations);
    const tx = db.transaction([...STORE_NAMES, META], 'readwrite');
    for (const s of STORE_NAMES) {
      const store = tx.objectStore(s);
      void store.clear();
      for (const r of migrated[s] ?? []) void store.put(r);
    }
    void tx.objectStore(META).put({ id: SCHEMA_KEY, schemaVersion: target });
    await tx.done;
  }

  const guard = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof StorageError) throw error;
      if (isQuotaError(error)) throw new StorageError('quota', error);
      if (error instanceof DOMException && error.name === 'InvalidStateError') {
        throw new StorageError('outdated', error);
      }
      throw new StorageError('failed', error);
    }
  };

  return {
    kind: 'indexeddb',
    get: (store, id) => guard(() => db.get(store, id)),
    list: (store) => guard(() => db.getAll(store)),
    listFamily: (store, familyId) => guard(() => db.getAllFromIndex(store, FAMILY_INDEX, familyId)),
    // Each write asks to commit at once: a tab closed or reloaded straight after (the autosaver
    // flushes on pagehide) would otherwise have its transaction aborted, and the last words lost.
    put: (store, record) =>
      guard(async () => {
        const tx = db.transaction(store, 'readwrite');
        void tx.store.put(record);
        tx.commit?.();
        await tx.done;
      }),
    update: (store, id, change) =>
      guard(async () => {
        const tx = db.transaction(store, 'readwrite');
        const current = await tx.store.get(id);
        const next = change(current);
        if (next !== undefined) void tx.store.put(next);
        tx.commit?.();
        await tx.done;
        return next;
      }),
    delete: (store, id) =>
      guard(async () => {
        const tx = db.transaction(store, 'readwrite');
        void tx.store.delete(id);
        tx.commit?.();
        await tx.done;
      }),
    listByChild: (store, childId) => guard(() => db.getAllFromIndex(store, CHILD_INDEX, childId)),
    putMany: (records) =>
      guard(async () => {
        const names = Object.keys(records) as StoreName[];
        if (names.length === 0) return;
        const tx = db.transaction(names, 'readwrite');
        // Still one transaction (all or nothing), but handed to the database a slice at a time: the
        // next slice is added when the last of the one before is written, so between slices the page
        // can draw and answer (30,000 diary days at once held it for about 2 seconds).
        const all = names.flatMap((s) => (records[s] ?? []).map((r) => [s, r] as const));
        for (let i = 0; i < all.length; i += WRITE_SLICE) {
          const puts = all.slice(i, i + WRITE_SLICE).map(([s, r]) => tx.objectStore(s).put(r));
          // A put that fails aborts the transaction and rejects here, like tx.done.
          await Promise.all(puts);
        }
        tx.commit?.();
        await tx.done;
      }),
    deleteCascade: (target, { settings = [] } = {}) =>
      guard(async () => {
        const tx = db.transaction([...STORE_NAMES], 'readwrite');
        const done = tx.done;
        const index = target.kind === 'family' ? FAMILY_INDEX : CHILD_INDEX;
        if (target.kind === 'child') {
          // The family stops pointing at the child as the one being worked on.
          const child = (await tx.objectStore('children').get(target.id)) as { familyId?: string } | undefined;
          const family = child?.familyId ? await tx.objectStore('families').get(child.familyId) : undefined;
          if (family?.activeChildId === target.id) {
            const { activeChildId: _gone, ...rest } = family;
            await tx.objectStore('families').put(rest);
          }
          await tx.objectStore('children').delete(target.id);
        } else {
          await tx.objectStore('families').delete(target.id);
        }
        for (const s of FAMILY_STORES) {
          const keys = await tx.objectStore(s).index(index).getAllKeys(target.id);
          await Promise.all(keys.map((k) => tx.objectStore(s).delete(k)));
        }
        for (const id of settings) await tx.objectStore('settings').delete(id);
        tx.commit?.();
        await done;
      }),
    clear: () =>
      guard(async () => {
        const tx = db.transaction(STORE_NAMES, 'readwrite');
        for (const s of STORE_NAMES) void tx.objectStore(s).clear();
        await tx.done;
      }),
    close: () => db.close(),
  };
}

import { openIndexedDbBackend } from './indexeddb';
import { createStorage, type Storage } from './storage';

export type { Storage, StorageStatus, SessionInfo } from './storage';
export type { StorageProblem } from './errors';
export { StorageError } from './errors';
export type { Snapshot, StoreMap, StoreName, SettingRecord, ChildStoreName } from '../domain/schema';
export { SCHEMA_VERSION, LAST_COPY_SETTING, KEEP_NOTICE_SETTING } from '../domain/schema';
export { anyUnsaved, createAutosaver, flushAllAutosavers, type Autosaver } from './autosave';
export { dropUnsaved, keepUnsaved, readUnsaved } from './unsaved';
export { migrateSnapshot, NewerDataError } from '../domain/migrate';

let instance: Storage | undefined;

/** The app's one storage. The first call opens the database. */
export function getStorage(): Storage {
  if (!instance) {
    instance = createStorage((report) =>
      openIndexedDbBackend({
        onBlocked: () => report('blocked'),
        onOutdated: () => report('outdated'),
      }),
    );
  }
  return instance;
}

let persistence: Promise<boolean> | undefined;

/**
 * Ask the browser not to clear our data (when space runs low, or, in Safari, after 7 days of
 * browsing without the app). Asked once per page; later calls get the same answer. Returns whether
 * it agreed: when it did not, the family is told once how to keep what they saved (KeepNotice).
 */
export function requestPersistence(): Promise<boolean> {
  persistence ??= (async () => {
    try {
      if (navigator.storage?.persisted && (await navigator.storage.persisted())) return true;
      return (await navigator.storage?.persist?.()) ?? false;
    } catch {
      return false;
    }
  })();
  return persistence;
}

/** Forget the browser's answer (tests only). */
export function resetPersistenceForTests() {
  persistence = undefined;
}

/** Replace the storage (tests only). */
export function setStorageForTests(storage: Storage | undefined) {
  instance = storage;
}

import { openIndexedDbBackend } from './indexeddb';
import { createStorage, type Storage } from './storage';

export type { Storage, StorageStatus, SessionInfo } from './storage';
export type { StorageProblem } from './errors';
export { StorageError } from './errors';
export type { Snapshot, StoreMap, StoreName, SettingRecord, ChildStoreName } from '../domain/schema';
export { SCHEMA_VERSION } from '../domain/schema';
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

/** Ask the browser not to clear our data when space runs low. Returns whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (navigator.storage?.persisted && (await navigator.storage.persisted())) return true;
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** Replace the storage (tests only). */
export function setStorageForTests(storage: Storage | undefined) {
  instance = storage;
}

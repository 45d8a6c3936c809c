import { getStorage, setStorageForTests } from '../../src/storage';
import { openIndexedDbBackend } from '../../src/storage/indexeddb';
import { createStorage } from '../../src/storage/storage';

let n = 0;

/**
 * A new, empty database of its own for each test, as the app opens it. A write the previous test
 * left running (an autosave, a save on leaving a page) goes to that test's database, never this one.
 */
export async function freshStorage(): Promise<void> {
  const name = `test-${++n}-${Math.random().toString(36).slice(2)}`;
  setStorageForTests(createStorage(() => openIndexedDbBackend({ name }), name));
  await getStorage().ready();
}

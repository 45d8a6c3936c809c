import { getStorage, setStorageForTests, type Storage } from '../../src/storage';

const READS = ['get', 'list', 'listByChild', 'snapshot'] as const;
const WRITES = ['put', 'delete', 'update', 'putMany', 'deleteChild', 'deleteFamily', 'clearAll', 'updateFamily', 'setFamily', 'addFamily', 'updateSession'] as const;

/**
 * The app's storage (the test's own database) behind a switch: while `reads` is on, every read of
 * records rejects, as a broken or locked database's would; while `writes` is on, every write rejects.
 * `written` lists each write the screens asked for (whether it was refused or not), so a test can
 * say nothing was written while a read had failed. `restore` puts the plain storage back.
 */
export function unreliableStorage(): {
  fail: { reads: boolean; writes: boolean };
  written: string[];
  restore: () => void;
} {
  const real = getStorage();
  const fail = { reads: false, writes: false };
  const written: string[] = [];
  const wrapped: Storage = { ...real };
  for (const name of READS) {
    const original = real[name] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      fail.reads ? Promise.reject(new Error(`could not read (${name})`)) : original(...args);
  }
  for (const name of WRITES) {
    const original = real[name] as (...args: unknown[]) => Promise<unknown>;
    (wrapped as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      written.push(`${name} ${typeof args[0] === 'string' ? args[0] : ''}`.trim());
      return fail.writes ? Promise.reject(new Error(`could not write (${name})`)) : original(...args);
    };
  }
  setStorageForTests(wrapped);
  return { fail, written, restore: () => setStorageForTests(real) };
}

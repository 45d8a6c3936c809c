import { getStorage } from '../../src/storage';
import type { StoreName } from '../../src/domain/schema';

type Method = (store: StoreName, ...rest: unknown[]) => Promise<unknown>;

/**
 * Makes the test's storage fail as a device can (a full disk, a private window, another tab
 * upgrading): reads of the given stores (every store when none are given) reject while `reads` is
 * true, writes reject while `writes` is true; every write attempted is counted. Turn either off to
 * let the storage recover, as "Try again" then finds.
 */
export function breakStorage(stores?: StoreName[]) {
  const state = { reads: true, writes: false, writesTried: [] as string[] };
  const hit = (store: StoreName) => !stores || stores.includes(store);
  const storage = getStorage() as unknown as Record<string, Method>;
  for (const name of ['get', 'list', 'listByChild']) {
    const original = storage[name]!.bind(storage);
    storage[name] = (store, ...rest) => (state.reads && hit(store) ? Promise.reject(new DOMException('Could not read', 'UnknownError')) : original(store, ...rest));
  }
  for (const name of ['put', 'update', 'delete', 'putMany', 'updateFamily']) {
    const original = storage[name]!.bind(storage);
    storage[name] = (store, ...rest) => {
      const label = typeof store === 'string' ? store : Object.keys(store as object).join(',');
      state.writesTried.push(`${name} ${label}`);
      return state.writes ? Promise.reject(new DOMException('Could not write', 'UnknownError')) : original(store, ...rest);
    };
  }
  return state;
}

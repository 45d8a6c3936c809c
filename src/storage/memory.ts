import type { Backend } from './backend';
import { CHILD_STORES, STORE_NAMES, type StoreMap, type StoreName } from '../domain/schema';

/** Keeps data in this tab only. Used when IndexedDB cannot open (for example in private browsing). */
export function createMemoryBackend(): Backend {
  const stores = new Map<StoreName, Map<string, unknown>>(STORE_NAMES.map((s) => [s, new Map()]));
  const of = (s: StoreName) => stores.get(s)!;
  return {
    kind: 'memory',
    async get(store, id) {
      const v = of(store).get(id);
      return v === undefined ? undefined : structuredClone(v as StoreMap[typeof store]);
    },
    async list(store) {
      return [...of(store).values()].map((v) => structuredClone(v)) as StoreMap[typeof store][];
    },
    async put(store, record) {
      of(store).set(record.id, structuredClone(record));
    },
    async update(store, id, change) {
      const v = of(store).get(id);
      const next = change(v === undefined ? undefined : structuredClone(v as StoreMap[typeof store]));
      if (next !== undefined) of(store).set(next.id, structuredClone(next));
      return next;
    },
    async delete(store, id) {
      of(store).delete(id);
    },
    async listByChild(store, childId) {
      return [...of(store).values()].filter((v) => (v as { childId?: string }).childId === childId).map((v) => structuredClone(v)) as StoreMap[typeof store][];
    },
    async removeChild(childId) {
      of('children').delete(childId);
      for (const s of CHILD_STORES) for (const [id, v] of of(s)) if ((v as { childId?: string }).childId === childId) of(s).delete(id);
    },
    async putMany(records) {
      for (const s of STORE_NAMES) for (const r of records[s] ?? []) of(s).set(r.id, structuredClone(r));
    },
    async clear() {
      for (const s of STORE_NAMES) of(s).clear();
    },
    close() {},
  };
}

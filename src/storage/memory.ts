import type { Backend } from './backend';
import { recordsToDelete } from '../domain/families/scope';
import { STORE_NAMES, type StoreMap, type StoreName } from '../domain/schema';

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
    async listFamily(store, familyId) {
      return [...of(store).values()]
        .filter((v) => (v as { familyId?: string }).familyId === familyId)
        .map((v) => structuredClone(v)) as StoreMap[typeof store][];
    },
    async deleteCascade(target, { settings = [] } = {}) {
      const data = Object.fromEntries(STORE_NAMES.map((s) => [s, [...of(s).values()]]));
      const remove = recordsToDelete(data, target);
      for (const [s, ids] of Object.entries(remove)) for (const id of ids) of(s as StoreName).delete(id);
      for (const id of settings) of('settings').delete(id);
      if (target.kind === 'child') {
        for (const f of of('families').values() as Iterable<StoreMap['families']>) {
          if (f.activeChildId === target.id) delete f.activeChildId;
        }
      }
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
    async putMany(records) {
      for (const s of STORE_NAMES) for (const r of records[s] ?? []) of(s).set(r.id, structuredClone(r));
    },
    async clear() {
      for (const s of STORE_NAMES) of(s).clear();
    },
    close() {},
  };
}

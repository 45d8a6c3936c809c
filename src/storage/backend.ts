import type { DeleteTarget } from '../domain/families/scope';
import type { ChildStoreName, FamilyStoreName, StoreMap, StoreName } from '../domain/schema';

/** What every storage backend can do. The IndexedDB one is normal; the memory one is the fallback. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get<K extends StoreName>(store: K, id: string): Promise<StoreMap[K] | undefined>;
  /** Every record of a store, whatever family it belongs to (backups, migrations, checks). */
  list<K extends StoreName>(store: K): Promise<StoreMap[K][]>;
  /** One family's records of a family-owned store, read through the store's familyId index. */
  listFamily<K extends FamilyStoreName>(store: K, familyId: string): Promise<StoreMap[K][]>;
  put<K extends StoreName>(store: K, record: StoreMap[K]): Promise<void>;
  delete<K extends StoreName>(store: K, id: string): Promise<void>;
  /**
   * Reads one record and writes what `change` makes of it, in one step no other tab can come
   * between (one IndexedDB transaction). `change` returning undefined writes nothing.
   * Resolves to what was written.
   */
  update<K extends StoreName>(
    store: K,
    id: string,
    change: (current: StoreMap[K] | undefined) => StoreMap[K] | undefined,
  ): Promise<StoreMap[K] | undefined>;
  /** A child's records in a per-child store, read through the `childId` index (any family: the caller scopes). */
  listByChild<K extends ChildStoreName>(store: K, childId: string): Promise<StoreMap[K][]>;
  /** Replace or add many records across stores in one all-or-nothing step. */
  putMany(records: { [K in StoreName]?: StoreMap[K][] }): Promise<void>;
  /**
   * Delete a child (and every record about it, in every family-owned store) or a family (and every
   * record of it), found through the stores' indexes, with the given device settings, in one
   * all-or-nothing step.
   */
  deleteCascade(target: DeleteTarget, options?: { settings?: string[] }): Promise<void>;
  /** Remove every record in every store. */
  clear(): Promise<void>;
  close(): void;
}

import type { ChildStoreName, StoreMap, StoreName } from '../domain/schema';

/** What every storage backend can do. The IndexedDB one is normal; the memory one is the fallback. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get<K extends StoreName>(store: K, id: string): Promise<StoreMap[K] | undefined>;
  list<K extends StoreName>(store: K): Promise<StoreMap[K][]>;
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
  /** A child's records in a per-child store, read through the `childId` index. */
  listByChild<K extends ChildStoreName>(store: K, childId: string): Promise<StoreMap[K][]>;
  /** The child and every record of theirs in the per-child stores, in one all-or-nothing step. */
  removeChild(childId: string): Promise<void>;
  /** Replace or add many records across stores in one all-or-nothing step. */
  putMany(records: { [K in StoreName]?: StoreMap[K][] }): Promise<void>;
  /** Remove every record in every store. */
  clear(): Promise<void>;
  close(): void;
}

import type { StoreMap, StoreName } from '../domain/schema';

/** What every storage backend can do. The IndexedDB one is normal; the memory one is the fallback. */
export interface Backend {
  readonly kind: 'indexeddb' | 'memory';
  get<K extends StoreName>(store: K, id: string): Promise<StoreMap[K] | undefined>;
  list<K extends StoreName>(store: K): Promise<StoreMap[K][]>;
  put<K extends StoreName>(store: K, record: StoreMap[K]): Promise<void>;
  delete<K extends StoreName>(store: K, id: string): Promise<void>;
  /** Replace or add many records across stores in one all-or-nothing step. */
  putMany(records: { [K in StoreName]?: StoreMap[K][] }): Promise<void>;
  /** Remove every record in every store. */
  clear(): Promise<void>;
  close(): void;
}

import type { Backend } from './backend';
import { StorageError, type StorageProblem } from './errors';
import { createMemoryBackend } from './memory';
import { CHILD_STORES, SCHEMA_VERSION, STORE_NAMES, type ChildStoreName, type Snapshot, type StoreMap, type StoreName, emptyData } from '../domain/schema';

export interface StorageStatus {
  /** 'pending' until the database has opened (or failed to). */
  mode: 'pending' | 'indexeddb' | 'memory';
  /** The latest problem, if any, for the shell to explain in plain words. */
  problem?: StorageProblem;
}

type Listener = () => void;

export interface Storage {
  ready(): Promise<void>;
  status(): StorageStatus;
  onStatus(listener: Listener): () => void;
  onChange(store: StoreName, listener: Listener): () => void;
  get<K extends StoreName>(store: K, id: string): Promise<StoreMap[K] | undefined>;
  list<K extends StoreName>(store: K): Promise<StoreMap[K][]>;
  put<K extends StoreName>(store: K, record: StoreMap[K]): Promise<void>;
  delete<K extends StoreName>(store: K, id: string): Promise<void>;
  /** Read, change and write one record in one step no other tab can come between (see Backend.update). */
  update<K extends StoreName>(
    store: K,
    id: string,
    change: (current: StoreMap[K] | undefined) => StoreMap[K] | undefined,
  ): Promise<StoreMap[K] | undefined>;
  /** One child's records in a per-child store (through the `childId` index). */
  listByChild<K extends ChildStoreName>(store: K, childId: string): Promise<StoreMap[K][]>;
  /** Deletes a child and every diary and log record of theirs, all at once. */
  removeChild(childId: string): Promise<void>;
  putMany(records: { [K in StoreName]?: StoreMap[K][] }): Promise<void>;
  clearAll(): Promise<void>;
  snapshot(): Promise<Snapshot>;
  dismissProblem(): void;
}

/**
 * Wraps a backend with the app's rules: fall back to memory when the database will not open,
 * report every problem as a status the shell can show, and tell other parts of the app (and
 * other tabs) when something changed.
 */
export function createStorage(
  open: (report: (problem: StorageProblem) => void) => Promise<Backend>,
  channelName = 'barriers-navigator',
  { openTimeout = 8_000 }: { openTimeout?: number } = {},
): Storage {
  let backend: Backend | undefined;
  let current: StorageStatus = { mode: 'pending' };
  const statusListeners = new Set<Listener>();
  const changeListeners = new Map<StoreName, Set<Listener>>();
  const channel =
    typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName) : undefined;

  const setStatus = (next: StorageStatus) => {
    current = next;
    statusListeners.forEach((l) => l());
  };
  const problem = (p: StorageProblem | undefined) => setStatus({ ...current, problem: p });
  const emit = (store: StoreName) => changeListeners.get(store)?.forEach((l) => l());
  channel?.addEventListener('message', (event: MessageEvent<{ store?: StoreName }>) => {
    if (event.data?.store) emit(event.data.store);
  });
  const changed = (store: StoreName) => {
    emit(store);
    channel?.postMessage({ store });
  };

  const opening = (async () => {
    // A database that never opens (a stuck browser, another tab holding an upgrade) must not
    // leave the app on "Loading…" for good: after a while, carry on in memory and say so.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let late = false;
    const opened = open((p) => problem(p));
    try {
      backend = await Promise.race([
        opened,
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => {
            late = true;
            reject(new StorageError('memory'));
          }, openTimeout);
        }),
      ]);
      setStatus({ mode: backend.kind });
    } catch (error) {
      // If it opens after all, it is not used: this tab has already gone on without it.
      if (late) opened.then((b) => b.close(), () => {});
      backend = createMemoryBackend();
      const p = error instanceof StorageError ? error.problem : 'memory';
      setStatus({ mode: 'memory', problem: p === 'quota' ? 'quota' : p === 'newer' ? 'newer' : 'memory' });
    } finally {
      clearTimeout(timer);
    }
  })();

  const opened = async () => {
    await opening;
    return backend!;
  };
  const write = async (store: StoreName | StoreName[], work: (b: Backend) => Promise<void>) => {
    const b = await opened();
    try {
      await work(b);
      if (current.problem === 'quota' || current.problem === 'failed') problem(undefined);
    } catch (error) {
      problem(error instanceof StorageError ? error.problem : 'failed');
      throw error;
    }
    for (const s of Array.isArray(store) ? store : [store]) changed(s);
  };

  return {
    ready: () => opening,
    status: () => current,
    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    onChange(store, listener) {
      if (!changeListeners.has(store)) changeListeners.set(store, new Set());
      changeListeners.get(store)!.add(listener);
      return () => changeListeners.get(store)!.delete(listener);
    },
    get: async (store, id) => (await opened()).get(store, id),
    list: async (store) => (await opened()).list(store),
    put: (store, record) => write(store, (b) => b.put(store, record)),
    delete: (store, id) => write(store, (b) => b.delete(store, id)),
    async update(store, id, change) {
      const b = await opened();
      let written: StoreMap[typeof store] | undefined;
      try {
        written = await b.update(store, id, change);
        if (current.problem === 'quota' || current.problem === 'failed') problem(undefined);
      } catch (error) {
        problem(error instanceof StorageError ? error.problem : 'failed');
        throw error;
      }
      // Only a real write is news for other screens and tabs (a merge that changed nothing is not).
      if (written !== undefined) changed(store);
      return written;
    },
    listByChild: async (store, childId) => (await opened()).listByChild(store, childId),
    removeChild: (childId) => write(['children', ...CHILD_STORES], (b) => b.removeChild(childId)),
    putMany: (records) => write(Object.keys(records) as StoreName[], (b) => b.putMany(records)),
    clearAll: () => write(STORE_NAMES, (b) => b.clear()),
    async snapshot() {
      const b = await opened();
      const data = emptyData();
      for (const s of STORE_NAMES) (data as Record<string, unknown[]>)[s] = await b.list(s);
      return { schemaVersion: SCHEMA_VERSION, data };
    },
    dismissProblem: () => problem(current.mode === 'memory' ? 'memory' : undefined),
  };
}

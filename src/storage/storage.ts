import type { Backend } from './backend';
import { StorageError, type StorageProblem } from './errors';
import { createMemoryBackend } from './memory';
import { SCHEMA_VERSION, STORE_NAMES, type Snapshot, type StoreMap, type StoreName, emptyData } from '../domain/schema';

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
    try {
      backend = await open((p) => problem(p));
      setStatus({ mode: backend.kind });
    } catch (error) {
      backend = createMemoryBackend();
      const p = error instanceof StorageError ? error.problem : 'memory';
      setStatus({ mode: 'memory', problem: p === 'quota' ? 'quota' : p === 'newer' ? 'newer' : 'memory' });
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

import type { Backend } from './backend';
import { StorageError, type StorageProblem } from './errors';
import { createMemoryBackend } from './memory';
import { dropAllUnsaved } from './unsaved';
import { latestFamily } from '../domain/families/scope';
import type { FamilyRecord } from '../domain/families/types';
import { newId, nowIso } from '../domain/ids';
import {
  ACTIVE_FAMILY_SETTING,
  DEVICE_ONLY_SETTINGS,
  DEVICE_STORES,
  FAMILY_STORES,
  PRIVATE_STORES,
  SCHEMA_VERSION,
  SESSION_SETTING,
  STORE_NAMES,
  isFamilyStore,
  type ChildStoreName,
  type Snapshot,
  type StoreMap,
  type StoreName,
  emptyData,
} from '../domain/schema';

export interface StorageStatus {
  /** 'pending' until the database has opened (or failed to). */
  mode: 'pending' | 'indexeddb' | 'memory';
  /** The latest problem, if any, for the shell to explain in plain words. */
  problem?: StorageProblem;
}

/** A volunteer's session with one family (the `session` device setting). */
export interface SessionInfo {
  familyId: string;
  startedAt: string;
  /** A short PIN chosen for the session, salted and hashed; with it the screen locks when idle. */
  pin?: { salt: string; hash: string };
  /** Minutes without use before the screen locks (only with a PIN). */
  lockMinutes?: number;
  /** The app copied something to the clipboard during the session (emptied when it ends). */
  wroteClipboard?: boolean;
  /** Names of files saved to the device during the session (the app cannot delete those). */
  downloads?: string[];
}

type Listener = () => void;

export interface Storage {
  ready(): Promise<void>;
  status(): StorageStatus;
  onStatus(listener: Listener): () => void;
  onChange(store: StoreName, listener: Listener): () => void;
  /**
   * Family-owned stores are read for the family on screen only: `get` finds nothing of another
   * family, `list` reads through the store's familyId index. During a session, `families` itself
   * lists the session's family only.
   */
  get<K extends StoreName>(store: K, id: string): Promise<StoreMap[K] | undefined>;
  list<K extends StoreName>(store: K): Promise<StoreMap[K][]>;
  /** A record of a family-owned store is saved into the family on screen unless it names one (also in putMany). */
  put<K extends StoreName>(store: K, record: StoreMap[K]): Promise<void>;
  delete<K extends StoreName>(store: K, id: string): Promise<void>;
  /** Read, change and write one record in one step no other tab can come between (see Backend.update). */
  update<K extends StoreName>(
    store: K,
    id: string,
    change: (current: StoreMap[K] | undefined) => StoreMap[K] | undefined,
  ): Promise<StoreMap[K] | undefined>;
  /** One child's records in a per-child store (through the `childId` index), of the family on screen only. */
  listByChild<K extends ChildStoreName>(store: K, childId: string): Promise<StoreMap[K][]>;
  putMany(records: { [K in StoreName]?: StoreMap[K][] }): Promise<void>;
  /** A child and every record about it, in every store, in one step. */
  deleteChild(id: string): Promise<void>;
  /** A family and every record of it, in every store, in one step (and its session, if any). */
  deleteFamily(id: string): Promise<void>;
  clearAll(): Promise<void>;
  /**
   * Everything, as plain data. `forExport`: without private notes or the session (what a backup
   * file may hold). `familyId`: that family only.
   */
  snapshot(options?: { forExport?: boolean; familyId?: string }): Promise<Snapshot>;
  /** The family on screen (undefined before anything is saved). */
  familyId(): string | undefined;
  onFamily(listener: Listener): () => void;
  /** Show another family. Refused (false) during a session: its family is the only one. */
  setFamily(id: string): Promise<boolean>;
  /** The family on screen, made now if there is none yet. */
  ensureFamily(): Promise<string>;
  /** Change the family on screen (its council, nation for letters, active child...). */
  updateFamily(change: Partial<Omit<FamilyRecord, 'id' | 'createdAt'>>): Promise<void>;
  /** Make a new family and show it. */
  addFamily(name: string): Promise<string>;
  /** The volunteer session, if one is running. */
  session(): SessionInfo | undefined;
  /** Whether the family on screen and any session have been read yet (false only while opening). */
  familyKnown(): boolean;
  startSession(options?: { pin?: SessionInfo['pin']; lockMinutes?: number }): Promise<string>;
  updateSession(change: Partial<Omit<SessionInfo, 'familyId' | 'startedAt'>>): Promise<void>;
  /** Delete the session's family and everything of it, and the session, in one step. */
  endSession(): Promise<void>;
  dismissProblem(): void;
}

/**
 * Wraps a backend with the app's rules: fall back to memory when the database will not open,
 * report every problem as a status the shell can show, keep every read and write of family-owned
 * data within the family on screen, and tell other parts of the app (and other tabs) when something
 * changed.
 */
export function createStorage(
  open: (report: (problem: StorageProblem) => void) => Promise<Backend>,
  channelName = 'barriers-navigator',
  { openTimeout = 8_000 }: { openTimeout?: number } = {},
): Storage {
  let backend: Backend | undefined;
  let current: StorageStatus = { mode: 'pending' };
  let family: string | undefined;
  let session: SessionInfo | undefined;
  let known = false;
  /**
   * Which family is on screen could not be worked out (its records could not be read). Until it can,
   * reads of family-owned records fail rather than look empty, and nothing makes a new family.
   */
  let unresolved = false;
  const statusListeners = new Set<Listener>();
  const familyListeners = new Set<Listener>();
  const changeListeners = new Map<StoreName, Set<Listener>>();
  const channel =
    typeof BroadcastChannel !== 'undefined' ? new BroadcastChannel(channelName) : undefined;

  const setStatus = (next: StorageStatus) => {
    current = next;
    statusListeners.forEach((l) => l());
  };
  const problem = (p: StorageProblem | undefined) => setStatus({ ...current, problem: p });
  const emit = (store: StoreName) => changeListeners.get(store)?.forEach((l) => l());

  /** Works out which family is on screen: the session's, else the one chosen last, else the latest. */
  const resolveFamily = async (b: Backend) => {
    const [s, chosen, families] = await Promise.all([
      b.get('settings', SESSION_SETTING),
      b.get('settings', ACTIVE_FAMILY_SETTING),
      b.list('families'),
    ]);
    const exists = (id: unknown): id is string => typeof id === 'string' && families.some((f) => f.id === id);
    const nextSession = s && exists((s.value as SessionInfo).familyId) ? (s.value as SessionInfo) : undefined;
    const next = nextSession?.familyId ?? (exists(chosen?.value) ? chosen.value : latestFamily(families)?.id);
    const sessionChanged = JSON.stringify(nextSession) !== JSON.stringify(session);
    session = nextSession;
    if (next !== family || sessionChanged) {
      const familyChanged = next !== family;
      family = next;
      familyListeners.forEach((l) => l());
      if (familyChanged) for (const st of [...FAMILY_STORES, 'families' as const]) emit(st);
    }
  };
  /** Works out the family on screen; when that cannot be read, says so in the status (never as "no family"). */
  const resolveOrSay = async (b: Backend) => {
    try {
      await resolveFamily(b);
      if (unresolved) {
        unresolved = false;
        if (current.problem === 'unread') problem(current.mode === 'memory' ? 'memory' : undefined);
      }
    } catch {
      unresolved = true;
      problem('unread');
    }
  };
  let resolving: Promise<void> = Promise.resolve();
  const refresh = () => {
    resolving = resolving.then(async () => {
      if (backend) await resolveOrSay(backend);
    });
    return resolving;
  };
  /** Before reading or writing family-owned records: the family on screen must be known (tried again once). */
  const familyResolved = async () => {
    if (unresolved) await refresh();
    if (unresolved) throw new StorageError('unread');
  };

  channel?.addEventListener('message', (event: MessageEvent<{ store?: StoreName }>) => {
    const store = event.data?.store;
    if (!store) return;
    if (store === 'settings' || store === 'families') void refresh().then(() => emit(store));
    else emit(store);
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
    await resolveOrSay(backend);
    known = true;
    familyListeners.forEach((l) => l());
  })();

  const opened = async () => {
    await opening;
    await resolving;
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
    const stores = Array.isArray(store) ? store : [store];
    if (stores.includes('settings') || stores.includes('families')) await refresh();
    for (const s of stores) changed(s);
  };

  let creating: Promise<string> | undefined;
  const ensureFamily = async (): Promise<string> => {
    await opened();
    // Never a new family because the real one could not be read.
    await familyResolved();
    if (family) return family;
    creating ??= (async () => {
      const now = nowIso();
      const id = newId();
      await write(['families', 'settings'], (b) =>
        b.putMany({ families: [{ id, name: '', createdAt: now, updatedAt: now }], settings: [{ id: ACTIVE_FAMILY_SETTING, value: id }] }),
      );
      return id;
    })().finally(() => {
      creating = undefined;
    });
    return creating;
  };

  const visibleFamily = (id: string) => !session || session.familyId === id;

  const storage: Storage = {
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
    async get(store, id) {
      const b = await opened();
      if (isFamilyStore(store) || store === 'families') await familyResolved();
      const record = await b.get(store, id);
      if (!record) return undefined;
      if (isFamilyStore(store) && (record as { familyId?: string }).familyId !== family) return undefined;
      if (store === 'families' && !visibleFamily(id)) return undefined;
      return record;
    },
    async list(store) {
      const b = await opened();
      if (isFamilyStore(store) || store === 'families') await familyResolved();
      if (isFamilyStore(store)) return family ? b.listFamily(store, family) : [];
      const all = await b.list(store);
      return store === 'families' ? all.filter((f) => visibleFamily(f.id)) : all;
    },
    async put(store, record) {
      if (isFamilyStore(store) && !(record as { familyId?: string }).familyId) {
        record = { ...record, familyId: await ensureFamily() };
      }
      return write(store, (b) => b.put(store, record));
    },
    delete: (store, id) => write(store, (b) => b.delete(store, id)),
    async update(store, id, change) {
      const b = await opened();
      let written: StoreMap[typeof store] | undefined;
      // A record made here for a family-owned store belongs to the family on screen.
      const familyId = isFamilyStore(store) ? await ensureFamily() : undefined;
      const stamped = (current: StoreMap[typeof store] | undefined) => {
        const next = change(current);
        return next && familyId && !(next as { familyId?: string }).familyId ? { ...next, familyId } : next;
      };
      try {
        written = await b.update(store, id, stamped);
        if (current.problem === 'quota' || current.problem === 'failed') problem(undefined);
      } catch (error) {
        problem(error instanceof StorageError ? error.problem : 'failed');
        throw error;
      }
      // Only a real write is news for other screens and tabs (a merge that changed nothing is not).
      if (written !== undefined) changed(store);
      return written;
    },
    async listByChild(store, childId) {
      const b = await opened();
      await familyResolved();
      if (!family) return [];
      return (await b.listByChild(store, childId)).filter((r) => r.familyId === family);
    },
    async putMany(records) {
      // Records of a family-owned store that name no family go into the family on screen.
      const lacking = Object.entries(records).some(
        ([s, list]) => isFamilyStore(s as StoreName) && list.some((r) => !(r as { familyId?: string }).familyId),
      );
      if (lacking) {
        const familyId = await ensureFamily();
        const stamped: Record<string, unknown[]> = {};
        for (const [s, list] of Object.entries(records)) {
          stamped[s] = isFamilyStore(s as StoreName)
            ? list.map((r) => ((r as { familyId?: string }).familyId ? r : { ...r, familyId }))
            : list;
        }
        records = stamped as typeof records;
      }
      return write(Object.keys(records) as StoreName[], (b) => b.putMany(records));
    },
    deleteChild: (id) => write([...FAMILY_STORES, 'families'], (b) => b.deleteCascade({ kind: 'child', id })),
    deleteFamily: (id) => {
      dropAllUnsaved();
      return write([...STORE_NAMES], (b) =>
        b.deleteCascade(
          { kind: 'family', id },
          {
            settings: [
              ...(session?.familyId === id ? [SESSION_SETTING] : []),
              ...(family === id ? [ACTIVE_FAMILY_SETTING] : []),
            ],
          },
        ),
      );
    },
    clearAll: () => {
      dropAllUnsaved();
      return write(STORE_NAMES, (b) => b.clear());
    },
    async snapshot({ forExport = false, familyId } = {}) {
      const b = await opened();
      const data = emptyData();
      for (const s of STORE_NAMES) {
        if (forExport && (PRIVATE_STORES.includes(s) || DEVICE_STORES.includes(s))) continue;
        let list: { id: string; familyId?: string }[] = await b.list(s);
        if (forExport && s === 'settings') list = list.filter((r) => !DEVICE_ONLY_SETTINGS.includes(r.id));
        if (familyId !== undefined) {
          if (s === 'settings' || DEVICE_STORES.includes(s)) list = [];
          else if (s === 'families') list = list.filter((r) => r.id === familyId);
          else list = list.filter((r) => r.familyId === familyId);
        }
        (data as Record<string, unknown[]>)[s] = list;
      }
      return { schemaVersion: SCHEMA_VERSION, data };
    },
    familyId: () => family,
    onFamily(listener) {
      familyListeners.add(listener);
      return () => familyListeners.delete(listener);
    },
    async setFamily(id) {
      await opened();
      if (session && session.familyId !== id) return false;
      await write('settings', (b) => b.put('settings', { id: ACTIVE_FAMILY_SETTING, value: id }));
      return family === id;
    },
    ensureFamily,
    async updateFamily(change) {
      const id = await ensureFamily();
      const b = await opened();
      const record = await b.get('families', id);
      if (!record) return;
      await write('families', (x) => x.put('families', { ...record, ...change, updatedAt: nowIso() }));
    },
    async addFamily(name) {
      await opened();
      const now = nowIso();
      const id = newId();
      await write(['families', 'settings'], (b) =>
        b.putMany({ families: [{ id, name, createdAt: now, updatedAt: now }], settings: [{ id: ACTIVE_FAMILY_SETTING, value: id }] }),
      );
      return id;
    },
    session: () => session,
    familyKnown: () => known,
    async startSession({ pin, lockMinutes } = {}) {
      await opened();
      const now = nowIso();
      const id = newId();
      const info: SessionInfo = { familyId: id, startedAt: now, ...(pin ? { pin, lockMinutes: lockMinutes ?? 5 } : {}) };
      await write(['families', 'settings'], (b) =>
        b.putMany({ families: [{ id, name: '', createdAt: now, updatedAt: now }], settings: [{ id: SESSION_SETTING, value: info }] }),
      );
      return id;
    },
    async updateSession(change) {
      await opened();
      if (!session) return;
      const next = { ...session, ...change };
      await write('settings', (b) => b.put('settings', { id: SESSION_SETTING, value: next }));
    },
    async endSession() {
      await opened();
      if (!session) return;
      await storage.deleteFamily(session.familyId);
    },
    dismissProblem: () => problem(current.mode === 'memory' ? 'memory' : undefined),
  };
  return storage;
}

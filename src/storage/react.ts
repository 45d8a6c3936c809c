import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { ChildStoreName, StoreMap, StoreName } from '../domain/schema';
import type { SessionInfo, Storage, StorageStatus } from './storage';
import type { FamilyRecord } from '../domain/families/types';

/**
 * The storage code (IndexedDB and its wrapper) loads beside the first page rather than inside it:
 * nothing is drawn from it until the records have been read anyway.
 */
type StorageModule = typeof import('./index');
let loaded: StorageModule | undefined;
let loading: Promise<StorageModule> | undefined;
function storage(): Promise<Storage> {
  loading ??= import('./index').then((m) => (loaded = m));
  return loading.then((m) => m.getStorage());
}

/** What a page prerendered at build time shows (and hydrates with): still opening, no problem yet. */
const PENDING: StorageStatus = { mode: 'pending' };

/** The storage status, kept current (for banners). */
export function useStorageStatus(): StorageStatus {
  return useSyncExternalStore(subscribeStatus, statusNow, () => PENDING);
}
function subscribeStatus(onChange: () => void) {
  let live = true;
  let off = () => {};
  void storage().then((s) => {
    if (!live) return;
    off = s.onStatus(onChange);
    onChange();
  });
  return () => {
    live = false;
    off();
  };
}
function statusNow(): StorageStatus {
  return loaded ? loaded.getStorage().status() : PENDING;
}

/**
 * What a read of the device's records gives a screen. A read that fails is never shown as "nothing
 * saved": the screen says so (with "try again"), and saves nothing from it, so what is there is kept.
 */
export type Read<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'failed'; error: unknown; retry: () => void };

/** A read that failed: what a screen shows instead of its records (`ui/records/ReadFailed`). */
export type ReadFailure = Extract<Read<unknown>, { status: 'failed' }>;

const LOADING = { status: 'loading' } as const;

/**
 * Reads with `read` once the storage code is here, again whenever `store` changes (here or in another
 * tab) and on `retry`. `key` names what is read: a new key starts again from loading.
 */
function useRead<T>(store: StoreName, key: string, read: ((s: Storage) => Promise<T>) | T): Read<T> {
  const [state, setState] = useState<{ key: string; read: Read<T> }>({ key, read: LOADING });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const readRef = useRef(read);
  readRef.current = read;
  useEffect(() => {
    const reader = readRef.current;
    if (typeof reader !== 'function') {
      setState({ key, read: { status: 'ready', value: reader } });
      return;
    }
    let live = true;
    let off = () => {};
    let latest = 0;
    const load = (s: Storage) => {
      const mine = ++latest;
      (reader as (s: Storage) => Promise<T>)(s).then(
        (value) => live && mine === latest && setState({ key, read: { status: 'ready', value } }),
        (error: unknown) => live && mine === latest && setState({ key, read: { status: 'failed', error, retry } }),
      );
    };
    storage().then(
      (s) => {
        if (!live) return;
        load(s);
        off = s.onChange(store, () => load(s));
      },
      (error: unknown) => live && setState({ key, read: { status: 'failed', error, retry } }),
    );
    return () => {
      live = false;
      off();
    };
  }, [store, key, attempt, retry]);
  return state.key === key ? state.read : LOADING;
}

/** Every record in a store, reloaded whenever it changes here or in another tab. */
export function useListRead<K extends StoreName>(store: K): Read<StoreMap[K][]> {
  return useRead(store, store, (s) => s.list(store));
}

/** One child's records in a per-child store (none without a child), reloaded whenever it changes. */
export function useChildListRead<K extends ChildStoreName>(store: K, childId: string | undefined): Read<StoreMap[K][]> {
  return useRead(store, `${store}:${childId ?? ''}`, childId ? (s) => s.listByChild(store, childId) : ([] as StoreMap[K][]));
}

/** One record (`null` when there is none, or no id), reloaded when its store changes. */
export function useRecordRead<K extends StoreName>(store: K, id: string | undefined): Read<StoreMap[K] | null> {
  return useRead(store, `${store}:${id ?? ''}`, id ? async (s) => (await s.get(store, id)) ?? null : null);
}

/**
 * A setting value, with a setter that saves it. While the setting is being read, or when it could
 * not be read, the value is `fallback`; `failed` says the read failed (so a screen does not act on
 * the fallback as if it were what is saved).
 */
export function useSetting<T>(id: string, fallback: T): [T, (value: T) => Promise<void>, ReadFailure | undefined] {
  const read = useRecordRead('settings', id);
  const record = read.status === 'ready' ? read.value : undefined;
  const value = record ? (record.value as T) : fallback;
  const set = useCallback((v: T) => storage().then((s) => s.put('settings', { id, value: v })), [id]);
  return [value, set, read.status === 'failed' ? read : undefined];
}

/** Storage's family state as React sees it: read once the storage code is here, else `fallback`. */
function subscribeFamily(onChange: () => void) {
  let live = true;
  let off = () => {};
  void storage().then((s) => {
    if (!live) return;
    off = s.onFamily(onChange);
    onChange();
  });
  return () => {
    live = false;
    off();
  };
}
function useFamilyState<T>(read: (s: Storage) => T, fallback: T): T {
  return useSyncExternalStore(
    subscribeFamily,
    () => (loaded ? read(loaded.getStorage()) : fallback),
    () => fallback,
  );
}

/** The id of the family on screen, kept current (changes when another family is chosen, here or in another tab). */
export function useFamilyId(): string | undefined {
  return useFamilyState((s) => s.familyId(), undefined);
}

/**
 * The family on screen (`undefined` while loading or before anything is saved), and a way to change
 * it. `failed`: the family's record could not be read (then `family` is `undefined` too, and a screen
 * shows `ui/records/ReadFailed` rather than acting as if there were no family).
 */
export function useFamily(): {
  family: FamilyRecord | undefined;
  update: (change: Partial<Omit<FamilyRecord, 'id' | 'createdAt'>>) => Promise<void>;
  failed: ReadFailure | undefined;
} {
  const id = useFamilyId();
  const read = useRecordRead('families', id);
  const update = useCallback((change: Partial<Omit<FamilyRecord, 'id' | 'createdAt'>>) => storage().then((s) => s.updateFamily(change)), []);
  return {
    family: read.status === 'ready' ? (read.value ?? undefined) : undefined,
    update,
    failed: read.status === 'failed' ? read : undefined,
  };
}

/** The volunteer session running on this device, if any (kept current across tabs). */
export function useSession(): SessionInfo | undefined {
  return useFamilyState((s) => s.session(), undefined);
}

/** Whether the session (if any) has been read yet: before that, "no session" is not yet known. */
export function useFamilyKnown(): boolean {
  return useFamilyState((s) => s.familyKnown(), false);
}

/**
 * The reads among `reads` that failed, as one: its `retry` reads each of them again, so "Try again"
 * on a screen that reads several things brings them all back at once. `undefined` when none failed.
 */
export function failedRead(...reads: (Read<unknown> | undefined)[]): ReadFailure | undefined {
  const failed = reads.filter((r): r is ReadFailure => r?.status === 'failed');
  if (failed.length <= 1) return failed[0];
  return { status: 'failed', error: failed[0]!.error, retry: () => failed.forEach((r) => r.retry()) };
}

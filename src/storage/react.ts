import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
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

/** Every record in a store, reloaded whenever it changes here or in another tab. `undefined` while loading. */
export function useList<K extends StoreName>(store: K): StoreMap[K][] | undefined {
  const [items, setItems] = useState<StoreMap[K][] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    let off = () => {};
    void storage().then((s) => {
      if (!live) return;
      const load = () =>
        void s.list(store).then(
          (list) => live && setItems(list),
          () => live && setItems([]),
        );
      load();
      off = s.onChange(store, load);
    });
    return () => {
      live = false;
      off();
    };
  }, [store]);
  return items;
}

/** One child's records in a per-child store, reloaded whenever it changes. `undefined` while loading. */
export function useChildList<K extends ChildStoreName>(store: K, childId: string | undefined): StoreMap[K][] | undefined {
  const [state, setState] = useState<{ key: string; items: StoreMap[K][] } | undefined>(undefined);
  const key = `${store}:${childId ?? ''}`;
  useEffect(() => {
    let live = true;
    let off = () => {};
    if (!childId) {
      setState({ key, items: [] });
      return;
    }
    void storage().then((s) => {
      if (!live) return;
      const load = () =>
        void s.listByChild(store, childId).then(
          (items) => live && setState({ key, items }),
          () => live && setState({ key, items: [] }),
        );
      load();
      off = s.onChange(store, load);
    });
    return () => {
      live = false;
      off();
    };
  }, [store, childId, key]);
  return state?.key === key ? state.items : undefined;
}

/** One record, reloaded when its store changes. `undefined` while loading, `null` when absent. */
export function useRecord<K extends StoreName>(store: K, id: string | undefined): StoreMap[K] | null | undefined {
  const [item, setItem] = useState<StoreMap[K] | null | undefined>(undefined);
  const load = useCallback(() => {
    if (!id) {
      setItem(null);
      return () => {};
    }
    let live = true;
    void storage()
      .then((s) => s.get(store, id))
      .then(
        (r) => live && setItem(r ?? null),
        () => live && setItem(null),
      );
    return () => {
      live = false;
    };
  }, [store, id]);
  useEffect(() => {
    let cancel = load();
    let live = true;
    let off = () => {};
    void storage().then((s) => {
      if (!live) return;
      off = s.onChange(store, () => {
        cancel();
        cancel = load();
      });
    });
    return () => {
      live = false;
      cancel();
      off();
    };
  }, [store, load]);
  return item;
}

/** A setting value, with a setter that saves it. */
export function useSetting<T>(id: string, fallback: T): [T, (value: T) => Promise<void>] {
  const record = useRecord('settings', id);
  const value = record ? (record.value as T) : fallback;
  const set = useCallback((v: T) => storage().then((s) => s.put('settings', { id, value: v })), [id]);
  return [value, set];
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

/** The family on screen (`undefined` while loading or before anything is saved), and a way to change it. */
export function useFamily(): {
  family: FamilyRecord | undefined;
  update: (change: Partial<Omit<FamilyRecord, 'id' | 'createdAt'>>) => Promise<void>;
} {
  const id = useFamilyId();
  const record = useRecord('families', id);
  const update = useCallback((change: Partial<Omit<FamilyRecord, 'id' | 'createdAt'>>) => storage().then((s) => s.updateFamily(change)), []);
  return { family: record ?? undefined, update };
}

/** The volunteer session running on this device, if any (kept current across tabs). */
export function useSession(): SessionInfo | undefined {
  return useFamilyState((s) => s.session(), undefined);
}

/** Whether the session (if any) has been read yet: before that, "no session" is not yet known. */
export function useFamilyKnown(): boolean {
  return useFamilyState((s) => s.familyKnown(), false);
}

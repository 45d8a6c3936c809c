import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { getStorage } from './index';
import type { ChildStoreName, StoreMap, StoreName } from '../domain/schema';
import type { SessionInfo, StorageStatus } from './storage';
import type { FamilyRecord } from '../domain/families/types';

/** The storage status, kept current (for banners). */
export function useStorageStatus(): StorageStatus {
  const storage = getStorage();
  return useSyncExternalStore(
    (cb) => storage.onStatus(cb),
    () => storage.status(),
    () => storage.status(),
  );
}

/** Every record in a store, reloaded whenever it changes here or in another tab. `undefined` while loading. */
export function useList<K extends StoreName>(store: K): StoreMap[K][] | undefined {
  const [items, setItems] = useState<StoreMap[K][] | undefined>(undefined);
  useEffect(() => {
    const storage = getStorage();
    let live = true;
    const load = () =>
      void storage.list(store).then(
        (list) => live && setItems(list),
        () => live && setItems([]),
      );
    load();
    const off = storage.onChange(store, load);
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
    const storage = getStorage();
    let live = true;
    const load = () => {
      if (!childId) return setState({ key, items: [] });
      void storage.listByChild(store, childId).then(
        (items) => live && setState({ key, items }),
        () => live && setState({ key, items: [] }),
      );
    };
    load();
    const off = storage.onChange(store, load);
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
    void getStorage()
      .get(store, id)
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
    const off = getStorage().onChange(store, () => {
      cancel();
      cancel = load();
    });
    return () => {
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
  const set = useCallback((v: T) => getStorage().put('settings', { id, value: v }), [id]);
  return [value, set];
}

/** The id of the family on screen, kept current (changes when another family is chosen, here or in another tab). */
export function useFamilyId(): string | undefined {
  const storage = getStorage();
  return useSyncExternalStore(
    (cb) => storage.onFamily(cb),
    () => storage.familyId(),
    () => storage.familyId(),
  );
}

/** The family on screen (`undefined` while loading or before anything is saved), and a way to change it. */
export function useFamily(): {
  family: FamilyRecord | undefined;
  update: (change: Partial<Omit<FamilyRecord, 'id' | 'createdAt'>>) => Promise<void>;
} {
  const id = useFamilyId();
  const record = useRecord('families', id);
  const update = useCallback((change: Partial<Omit<FamilyRecord, 'id' | 'createdAt'>>) => getStorage().updateFamily(change), []);
  return { family: record ?? undefined, update };
}

/** The volunteer session running on this device, if any (kept current across tabs). */
export function useSession(): SessionInfo | undefined {
  const storage = getStorage();
  return useSyncExternalStore(
    (cb) => storage.onFamily(cb),
    () => storage.session(),
    () => storage.session(),
  );
}

/** Whether the session (if any) has been read yet: before that, "no session" is not yet known. */
export function useFamilyKnown(): boolean {
  const storage = getStorage();
  return useSyncExternalStore(
    (cb) => storage.onFamily(cb),
    () => storage.familyKnown(),
    () => storage.familyKnown(),
  );
}

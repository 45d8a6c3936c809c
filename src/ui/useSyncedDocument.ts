import { useCallback, useEffect, useRef, type Dispatch, type SetStateAction } from 'react';

/** Where a document lives: how to write it, read the stored version back, hear of changes and delete it. */
export interface DocumentStore<T> {
  write(value: T): Promise<void>;
  /** The stored version now (`undefined` once it has been deleted). */
  read(): Promise<T | undefined>;
  /** Calls back whenever the store changes, here or in another tab; returns how to stop. */
  subscribe(onChange: () => void): () => void;
  remove(value: T): Promise<void>;
  /** Saves the latest value after a pause in typing (and at once when the page is hidden). */
  autosaver(save: (value: T) => Promise<void>): { schedule(value: T): void; flush(): Promise<void>; dispose(): void };
}

export interface SyncedDocument<T> {
  /** Changes the document on screen and saves it behind the person's typing. */
  save: (change: (value: T) => T) => void;
  /** Writes anything still waiting to be saved. */
  flush: () => Promise<void>;
  /** Deletes the document; nothing saved afterwards brings it back. False when the delete failed. */
  remove: (value: T) => Promise<boolean>;
}

/**
 * A document being edited on screen while storage is written behind it: saved as typed, changes
 * made in another tab merged in (keeping what was typed here), and never brought back once deleted,
 * here or elsewhere. The caller owns the state (`undefined` loading, `null` none); `key` names the
 * document, and a new key starts afresh.
 */
export function useSyncedDocument<T>(
  key: string,
  [value, setValue]: [T | null | undefined, Dispatch<SetStateAction<T | null | undefined>>],
  store: DocumentStore<T>,
  merge: (base: T, ours: T, theirs: T) => T,
): SyncedDocument<T> {
  const storeRef = useRef(store);
  const mergeRef = useRef(merge);
  useEffect(() => {
    storeRef.current = store;
    mergeRef.current = merge;
  });
  const saver = useRef<ReturnType<DocumentStore<T>['autosaver']> | undefined>(undefined);
  const deleted = useRef(false);
  /** The version last read from storage or saved there: what other tabs' changes are compared with. */
  const base = useRef<T | undefined>(undefined);
  /** The version being written now, so that the news of our own write is not taken for someone else's. */
  const writing = useRef<T | undefined>(undefined);
  useEffect(() => {
    if (value && !base.current) base.current = value;
  }, [value]);

  useEffect(() => {
    deleted.current = false;
    const s = storeRef.current.autosaver(async (v) => {
      if (deleted.current) return;
      writing.current = v;
      await storeRef.current.write(v);
      base.current = v;
    });
    saver.current = s;
    return () => s.dispose();
  }, [key]);

  // The same document open in another tab (or a file opened there, or everything deleted in
  // settings): take in what changed there, keep what was typed here, never bring back a deleted one.
  useEffect(() => {
    let live = true;
    const same = (a: T | undefined, b: T | undefined) => !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
    const off = storeRef.current.subscribe(() => {
      void storeRef.current.read().then((theirs) => {
        if (!live || deleted.current || !base.current) return;
        if (!theirs) {
          deleted.current = true;
          setValue(null);
          return;
        }
        if (same(theirs, base.current) || same(theirs, writing.current)) return;
        const before = base.current;
        base.current = theirs;
        setValue((ours) => {
          if (!ours) return ours;
          const merged = mergeRef.current(before, ours, theirs);
          if (merged !== theirs) saver.current?.schedule(merged);
          return merged;
        });
      }, () => {});
    });
    return () => {
      live = false;
      off();
    };
  }, [key, setValue]);

  const save = useCallback(
    (change: (v: T) => T) => {
      setValue((prev) => {
        if (!prev) return prev;
        const next = change(prev);
        saver.current?.schedule(next);
        return next;
      });
    },
    [setValue],
  );
  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);
  const remove = useCallback(async (current: T) => {
    deleted.current = true;
    try {
      await storeRef.current.remove(current);
      return true;
    } catch {
      deleted.current = false;
      return false;
    }
  }, []);
  return { save, flush, remove };
}

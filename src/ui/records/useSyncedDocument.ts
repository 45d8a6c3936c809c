import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { dropUnsaved, keepUnsaved, readUnsaved } from '../../storage';

/** Where a document lives: how to write it, read the stored version back, hear of changes and delete it. */
export interface DocumentStore<T> {
  write(value: T): Promise<void>;
  /**
   * Writes `mine` (edited from `base`) merged with what is stored now, in one step no other tab can
   * come between. Resolves to what is stored afterwards, or undefined when it was deleted elsewhere.
   * Without it, `write` is used and the last writer wins between two saves at the same moment.
   */
  writeMerged?(base: T, mine: T): Promise<T | undefined>;
  /** The stored version now (`undefined` once it has been deleted). */
  read(): Promise<T | undefined>;
  /** Calls back whenever the store changes, here or in another tab; returns how to stop. */
  subscribe(onChange: () => void): () => void;
  remove(value: T): Promise<void>;
  /**
   * Saves the latest value after a pause in typing, and at once when the page is hidden (`urgent`:
   * the write must start straight away, with no read first).
   */
  /**
   * A name for this document in the page's own state: while a save fails (a full device), what is
   * typed is kept there too, so a reload brings it back (merged with what is saved) instead of losing it.
   */
  unsavedName?: string;
  autosaver(save: (value: T, options: { urgent: boolean }) => Promise<void>): {
    schedule(value: T): void;
    flush(): Promise<unknown>;
    dispose(): void;
  };
}

export interface SyncedDocument<T> {
  /** Changes the document on screen and saves it behind the person's typing. */
  save: (change: (value: T) => T) => void;
  /** Writes anything still waiting to be saved. */
  flush: () => Promise<void>;
  /** Deletes the document; nothing saved afterwards brings it back. False when the delete failed. */
  remove: (value: T) => Promise<boolean>;
  /** What is on screen could not be saved yet (the last save failed, or it was brought back after a reload). */
  unsaved: boolean;
}

/** What is kept in the page's own state while a save fails: the text on screen and what it was edited from. */
interface Kept<T> {
  base: T;
  mine: T;
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
  /** The last save failed: keep each change in the page's own state too, until one succeeds. */
  const failing = useRef(false);
  const [unsaved, setUnsaved] = useState(false);
  const keep = useCallback((mine: T) => {
    const name = storeRef.current.unsavedName;
    if (name && base.current) keepUnsaved(name, { base: base.current, mine } satisfies Kept<T>);
  }, []);
  useEffect(() => {
    deleted.current = false;
    const s = storeRef.current.autosaver(async (v, options) => {
      if (deleted.current) return;
      try {
        await write(v, options);
      } catch (error) {
        // Kept on the page (and across a reload) until a save succeeds; the shell says why.
        failing.current = true;
        // What is on screen now (typing may have gone on during the write).
        setValue((now) => {
          if (now) keep(now);
          return now;
        });
        setUnsaved(true);
        throw error;
      }
      if (failing.current) {
        failing.current = false;
        const name = storeRef.current.unsavedName;
        if (name) dropUnsaved(name);
        setUnsaved(false);
      }
    });
    const write = async (v: T, { urgent }: { urgent: boolean }) => {
      writing.current = v;
      const st = storeRef.current;
      if (urgent || !st.writeMerged || !base.current) {
        // The page is going (or nothing to merge with): write what is on screen at once.
        await st.write(v);
        base.current = v;
        return;
      }
      // Merged with what is stored now, in one step: two tabs saving at once both keep their words.
      const saved = await st.writeMerged(base.current, v);
      if (!saved) return;
      writing.current = saved;
      base.current = saved;
      if (JSON.stringify(saved) !== JSON.stringify(v)) setValue((now) => (now ? mergeRef.current(v, now, saved) : now));
    };
    saver.current = s;
    return () => s.dispose();
  }, [key, setValue, keep]);

  useEffect(() => {
    if (!value || base.current) return;
    base.current = value;
    // Typing kept across a reload because the device was full: bring it back, merged with what is saved.
    const name = storeRef.current.unsavedName;
    const kept = name ? readUnsaved<Kept<T>>(name) : undefined;
    if (!kept?.mine || !kept.base || JSON.stringify(kept.mine) === JSON.stringify(value)) {
      if (name) dropUnsaved(name);
      return;
    }
    const restored = mergeRef.current(kept.base, kept.mine, value);
    failing.current = true;
    setUnsaved(true);
    setValue(restored);
    keepUnsaved(name!, { base: value, mine: restored } satisfies Kept<T>);
    saver.current?.schedule(restored);
  }, [value, setValue]);

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
        if (failing.current) keep(next);
        return next;
      });
    },
    [setValue, keep],
  );
  const flush = useCallback(async () => {
    await saver.current?.flush();
  }, []);
  const remove = useCallback(async (current: T) => {
    deleted.current = true;
    const name = storeRef.current.unsavedName;
    if (name) dropUnsaved(name);
    try {
      await storeRef.current.remove(current);
      return true;
    } catch {
      deleted.current = false;
      return false;
    }
  }, []);
  return { save, flush, remove, unsaved };
}

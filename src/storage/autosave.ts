/**
 * Saves the latest value after a short pause in typing, and at once when the page is hidden or
 * closed, so that closing a tab mid-sentence loses nothing.
 *
 * While something typed is waiting, the page is also saved on `beforeunload`: Safari's engine
 * (WebKit) drops an IndexedDB write started on `pagehide` when the page is reloaded or closed, but
 * keeps one started on `beforeunload`. That listener is there only while something is unsaved,
 * because some browsers will not keep a page with one in their back/forward cache.
 */
export interface Autosaver<T> {
  schedule(value: T): void;
  /** Saves what is waiting now. Resolves true when everything typed is saved, false if a save failed. */
  flush(): Promise<boolean>;
  /** Whether something typed is not saved yet. */
  unsaved(): boolean;
  dispose(): void;
}

/** Every autosaver of this tab, so an update can save all typing before the page reloads. */
const live = new Set<Autosaver<unknown>>();

/** Saves everything typed in this tab. Resolves true when all of it is saved. */
export async function flushAllAutosavers(): Promise<boolean> {
  const results = await Promise.all([...live].map((a) => a.flush()));
  return results.every(Boolean);
}

/** Whether anything typed in this tab is not saved yet. */
export function anyUnsaved(): boolean {
  return [...live].some((a) => a.unsaved());
}

export function createAutosaver<T>(
  /** `urgent`: the page is being hidden or closed, so the write must start at once (no read first). */
  save: (value: T, options: { urgent: boolean }) => Promise<void>,
  { delay = 400, target = typeof window !== 'undefined' ? window : undefined }: { delay?: number; target?: Window } = {},
): Autosaver<T> {
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> = Promise.resolve(true);
  let saving = false;
  let guarding = false;
  const onLeave = () => void flush(true);
  /** Listens for the page being left only while something typed is waiting to be saved. */
  const guardLeaving = (on: boolean) => {
    if (on === guarding) return;
    guarding = on;
    // `?.()`: a write that ends after its window has gone (a closed test page) has nothing to unhook.
    if (on) target?.addEventListener?.('beforeunload', onLeave);
    else target?.removeEventListener?.('beforeunload', onLeave);
  };

  const flush = async (urgent = false): Promise<boolean> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return inFlight;
    const { value } = pending;
    pending = undefined;
    guardLeaving(false);
    saving = true;
    inFlight = inFlight
      .then(() => save(value, { urgent }))
      .then(
        () => true,
        () => {
          // The storage layer has already reported the problem; keep the value so the next change retries.
          if (!pending) pending = { value };
          guardLeaving(true);
          return false;
        },
      )
      .finally(() => {
        saving = false;
      });
    return inFlight;
  };
  const onHide = () => void flush(true);
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') void flush(true);
  };
  target?.addEventListener('pagehide', onHide);
  target?.document?.addEventListener('visibilitychange', onVisibility);

  const saver: Autosaver<T> = {
    schedule(value) {
      pending = { value };
      guardLeaving(true);
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush: () => flush(),
    unsaved: () => pending !== undefined || saving,
    dispose() {
      target?.removeEventListener('pagehide', onHide);
      target?.document?.removeEventListener('visibilitychange', onVisibility);
      void flush().finally(() => {
        guardLeaving(false);
        live.delete(saver as Autosaver<unknown>);
      });
    },
  };
  live.add(saver as Autosaver<unknown>);
  return saver;
}

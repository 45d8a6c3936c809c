/**
 * Saves the latest value after a short pause in typing, and at once when the page is hidden or
 * closed, so that closing a tab mid-sentence loses nothing.
 */
export interface Autosaver<T> {
  schedule(value: T): void;
  flush(): Promise<void>;
  dispose(): void;
}

export function createAutosaver<T>(
  save: (value: T) => Promise<void>,
  { delay = 400, target = typeof window !== 'undefined' ? window : undefined }: { delay?: number; target?: Window } = {},
): Autosaver<T> {
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<void> = Promise.resolve();

  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!pending) return inFlight;
    const { value } = pending;
    pending = undefined;
    inFlight = inFlight.then(() => save(value)).catch(() => {
      // The storage layer has already reported the problem; keep the value so the next change retries.
      if (!pending) pending = { value };
    });
    return inFlight;
  };
  const onHide = () => void flush();
  const onVisibility = () => {
    if (typeof document !== 'undefined' && document.visibilityState === 'hidden') void flush();
  };
  target?.addEventListener('pagehide', onHide);
  target?.document?.addEventListener('visibilitychange', onVisibility);

  return {
    schedule(value) {
      pending = { value };
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delay);
    },
    flush,
    dispose() {
      target?.removeEventListener('pagehide', onHide);
      target?.document?.removeEventListener('visibilitychange', onVisibility);
      void flush();
    },
  };
}

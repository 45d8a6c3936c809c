import { useEffect, useState } from 'react';
import { mergeFields, sameData } from '../../domain/merge';

/**
 * A form over a saved record (a diary day, a log entry) that may be open in another tab too. What is
 * typed here stays on screen; when the record is saved elsewhere, its changes are merged in (text
 * word by word, choices where only they changed them), so saving here never wipes what the other tab
 * saved, and what was typed here is never wiped by their save. `stored` is the record's fields as
 * saved now (or the empty form). While something typed is not saved, leaving the page asks first.
 */
export function useMergedForm<T extends Record<string, unknown>>(stored: T, texts: readonly (keyof T)[]) {
  const [draft, setDraft] = useState(stored);
  const [base, setBase] = useState(stored);
  if (!sameData(stored, base)) {
    // Saved here or in another tab: take in what changed there, keep what was typed here.
    setBase(stored);
    setDraft(mergeFields(base, draft, stored, texts));
  }
  const unsaved = !sameData(draft, base);
  useEffect(() => {
    if (!unsaved) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when this is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);
  const set = (change: Partial<T>) => setDraft((d) => ({ ...d, ...change }));
  /** What to save: this form merged with what is saved now (read inside the write, so nothing in between is lost). */
  const mergeWith = (current: T | undefined) => (current ? mergeFields(base, draft, current, texts) : draft);
  return { draft, set, unsaved, mergeWith, reset: () => setDraft(stored) };
}

import { useEffect, useLayoutEffect, useRef, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { mapCaret } from '../../domain/merge';
import { useFitHeight } from './fitHeight';

type Box = HTMLInputElement | HTMLTextAreaElement;

// On the server (prerendering) there is no caret; useLayoutEffect would only warn there.
const useBrowserLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * Keeps the caret in the person's own text when the box's value changes under them (another tab's
 * words merged in): without it the browser puts the caret at the end, or leaves it at the same
 * count of characters, and the next keys land inside other words. Spread the result on the box:
 * `<textarea ref={caret} value={value} … />`.
 */
export function useKeepCaret<E extends Box>(value: string) {
  const ref = useRef<E>(null);
  /** The box's text and selection as the person last left them (before React changes the value). */
  const seen = useRef<{ value: string; start: number; end: number } | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const note = () => {
      if (el.selectionStart === null) return; // a date box has no caret
      seen.current = { value: el.value, start: el.selectionStart, end: el.selectionEnd ?? el.selectionStart };
    };
    const onSelectionChange = () => {
      if (document.activeElement === el) note();
    };
    // The box's own listeners run before React's, so typing is noted before the new value is drawn.
    const events = ['input', 'focus', 'select', 'keyup', 'mouseup'] as const;
    for (const e of events) el.addEventListener(e, note);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      for (const e of events) el.removeEventListener(e, note);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, []);

  useBrowserLayoutEffect(() => {
    const el = ref.current;
    const last = seen.current;
    if (!el || !last || last.value === value || document.activeElement !== el || el.selectionStart === null) return;
    const start = mapCaret(last.value, value, last.start);
    const end = last.end === last.start ? start : mapCaret(last.value, value, last.end);
    el.setSelectionRange(start, end);
    seen.current = { value, start, end };
  }, [value]);

  return ref;
}

/**
 * A text area that grows with its text (nothing written is cut off) and whose caret stays in the
 * person's own text when another tab's words merge in.
 */
export function TextArea(props: TextareaHTMLAttributes<HTMLTextAreaElement> & { value: string }) {
  const ref = useKeepCaret<HTMLTextAreaElement>(props.value);
  useFitHeight(ref, props.value);
  return <textarea ref={ref} {...props} />;
}

/** A one-line box whose caret stays in the person's own text when another tab's words merge in. */
export function TextInput(props: InputHTMLAttributes<HTMLInputElement> & { value: string }) {
  const ref = useKeepCaret<HTMLInputElement>(props.value);
  return <input ref={ref} {...props} />;
}

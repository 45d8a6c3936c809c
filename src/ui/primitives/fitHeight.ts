import { useLayoutEffect, type RefObject } from 'react';

/** Whether the browser sizes a box to its text by itself (CSS `field-sizing: content`). */
function sizesItself(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('field-sizing', 'content');
}

/** Sets the box's height to fit all its text (the borders included, as boxes are sized border-box). */
export function fitHeight(el: HTMLTextAreaElement): void {
  el.style.blockSize = 'auto';
  const borders = el.offsetHeight - el.clientHeight;
  el.style.blockSize = `${el.scrollHeight + Math.max(0, borders)}px`;
}

/**
 * Makes a text box grow with its text, so nothing a person wrote is cut off: the stylesheet's
 * `field-sizing: content` where the browser has it, else its height is set from what it holds
 * whenever the text or the width of the window changes.
 */
export function useFitHeight(ref: RefObject<HTMLTextAreaElement | null>, value: unknown) {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || sizesItself()) return;
    fitHeight(el);
    const refit = () => fitHeight(el);
    window.addEventListener('resize', refit);
    return () => window.removeEventListener('resize', refit);
  }, [ref, value]);
}

import { useEffect, useRef, type RefObject } from 'react';

/**
 * Files chosen in a prerendered page's file box before the app's code had arrived are still in the
 * box: they are handed to `onFiles` once, on the first drawing in the browser, rather than lost.
 */
export function useFilesChosenEarly(input: RefObject<HTMLInputElement | null>, onFiles: (files: File[]) => void) {
  const done = useRef(false);
  useEffect(() => {
    const files = [...(input.current?.files ?? [])];
    if (done.current || files.length === 0) return;
    done.current = true;
    onFiles(files);
    // Only the first drawing: later choices arrive through the box's own change event.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}

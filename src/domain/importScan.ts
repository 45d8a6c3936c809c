/**
 * Counts the objects and lists in a JSON text by reading its characters, without building any of
 * them (what is inside strings is skipped). Stops as soon as the count passes `stopAfter`, so a file
 * of millions of empty objects ('[{},{},…]', 19 MB for six million) is refused in one quick pass
 * instead of being built first. Text that is not JSON is counted all the same: JSON.parse refuses it
 * afterwards.
 */
export function countContainers(text: string, stopAfter = Number.POSITIVE_INFINITY): number {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (++count > stopAfter) return count;
    } else if (c === 0x22 /* " */) {
      // Jump to the closing quote: one that is not escaped by an odd run of backslashes.
      for (;;) {
        const end = text.indexOf('"', i + 1);
        if (end < 0) return count;
        let slashes = 0;
        for (let j = end - 1; text.charCodeAt(j) === 0x5c /* \ */; j--) slashes++;
        i = end;
        if (slashes % 2 === 0) break;
      }
    }
  }
  return count;
}

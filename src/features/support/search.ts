/**
 * Forgiving text search for the library: case, accents and punctuation are ignored, and every word
 * typed must appear somewhere in the entry (as the start of a word, so "assess" finds "assessment").
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}£]+/gu, ' ')
    .trim();
}

export function matchesQuery(haystack: string, query: string): boolean {
  const words = normalise(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const text = ` ${normalise(haystack)}`;
  return words.every((w) => text.includes(` ${w}`));
}

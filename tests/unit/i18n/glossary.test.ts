import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Each translation keeps a glossary beside its files (locales/glossary.<lang>.json): one rendering
 * for each term a parent must match to the English papers, and the false friends never to use (an
 * EHC plan is not Poland's orzeczenie; a tribunal is not a county court). No text in the language
 * may use a word its glossary says to avoid.
 */
interface Entry {
  en: string;
  term: string;
  explain?: string;
  avoid?: string[];
}
type Tree = string | Tree[] | { [key: string]: Tree };
const texts = (tree: Tree): string[] => (typeof tree === 'string' ? [tree] : Object.values(tree).flatMap(texts));
const languages = Object.keys(JSON.parse(readFileSync('locales/languages.json', 'utf8')) as Record<string, unknown>).filter((c) => c !== 'en' && c !== 'cy');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('glossaries', () => {
  for (const lang of languages) {
    it(`${lang}: the glossary names each term once, and no text uses a word it says to avoid`, () => {
      const glossary = JSON.parse(readFileSync(`locales/glossary.${lang}.json`, 'utf8')) as Entry[];
      expect(glossary.length).toBeGreaterThan(40);
      for (const required of ['EHC plan', 'tribunal', 'penalty notice', 'mediation', 'Local Offer']) {
        expect(glossary.some((e) => e.en.toLowerCase().includes(required.toLowerCase())), `${lang}: ${required}`).toBe(true);
      }
      const terms = glossary.map((e) => e.en.toLowerCase());
      expect(terms.filter((t, i) => terms.indexOf(t) !== i), `${lang}: a term given two renderings`).toEqual([]);
      const all = readdirSync(`locales/${lang}`).flatMap((f) => texts(JSON.parse(readFileSync(`locales/${lang}/${f}`, 'utf8')) as Tree));
      const found: string[] = [];
      for (const entry of glossary) {
        for (const word of entry.avoid ?? []) {
          if (!word.trim()) continue;
          const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
          const hit = all.find((text) => re.test(text));
          if (hit) found.push(`${entry.en}: "${word}" in "${hit.slice(0, 80)}"`);
        }
      }
      expect(found).toEqual([]);
    });
  }
});

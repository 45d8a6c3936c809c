import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { testI18n } from '../../support/render';
import { contentT } from '../../../src/ui/i18n/contentText';

type Tree = { [k: string]: string | Tree };
const flat = (o: Tree, p = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v] as [string, string]]));
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Tree;
const languages = read('locales/languages.json') as unknown as Record<string, { name: string; firstVisit?: boolean }>;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const tags = (s: string) => [...s.matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort();
const namespaces = readdirSync('locales/en').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));

describe('languages', () => {
  it('English has every namespace and no empty text', () => {
    expect(namespaces).toContain('common');
    for (const ns of namespaces) {
      for (const [key, value] of flat(read(join('locales/en', `${ns}.json`)))) {
        expect(value.trim(), `en/${ns}: ${key}`).not.toBe('');
      }
    }
  });

  // A language is offered only when all of it is there: every text, and every plural form it needs.
  for (const [code, meta] of Object.entries(languages)) {
    const forms = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    for (const ns of namespaces) {
      it(`${meta.name} has every text English has in "${ns}", with each plural form ${code} needs`, () => {
        const file = join('locales', code, `${ns}.json`);
        expect(existsSync(file), file).toBe(true);
        const have = new Map(flat(read(file)));
        const english = flat(read(join('locales/en', `${ns}.json`)));
        const wanted = new Set(english.map(([k]) => k).filter((k) => !PLURAL.test(k)));
        for (const [k] of english.filter(([k]) => PLURAL.test(k))) for (const form of forms) wanted.add(k.replace(PLURAL, `_${form}`));
        expect([...wanted].filter((k) => !have.has(k))).toEqual([]);
        for (const [key, text] of english.filter(([k]) => !PLURAL.test(k))) {
          const theirs = have.get(key);
          if (theirs === undefined) continue;
          expect(theirs.trim(), `${code}/${ns}: ${key} is empty`).not.toBe('');
          expect(tags(theirs), `${code}/${ns}: ${key}`).toEqual(tags(text));
        }
      });
    }
  }

  it('downloads on the first visit exactly the languages marked firstVisit, and every other one only when chosen', () => {
    const later = Object.entries(languages).filter(([, l]) => !l.firstVisit).map(([c]) => c);
    expect(later.sort()).toEqual(['ar', 'pa', 'pl', 'ro', 'ur']);
    // The first page lists English's files only; every other language's list loads when it is used.
    expect(readFileSync('src/app/i18n.ts', 'utf8')).toContain("import.meta.glob<{ default: Record<string, unknown> }>(['./en/*.json', '!./en/common.json']");
    // The service worker leaves out the languages chosen later (and Urdu's font), and keeps them once fetched.
    expect(readFileSync('vite.config.ts', 'utf8')).toContain('.filter(([, l]) => !l.firstVisit)');
  });

  it('names each language in itself, with its direction, and offers letters only in English and Welsh', () => {
    for (const [code, meta] of Object.entries(languages) as [string, { name: string; dir?: string; letters?: boolean; firstVisit?: boolean }][]) {
      expect(meta.name.trim(), code).not.toBe('');
      expect(meta.dir ?? 'ltr', code).toBe(code === 'ur' || code === 'ar' ? 'rtl' : 'ltr');
      expect(meta.letters ?? false, code).toBe(code === 'en' || code === 'cy');
      expect(meta.firstVisit ?? false, code).toBe(code === 'en' || code === 'cy');
    }
  });

  it('keeps the same {{placeholders}} in every translation', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(languages).filter((c) => c !== 'en')) {
      for (const ns of namespaces) {
        const file = join('locales', code, `${ns}.json`);
        if (!existsSync(file)) continue;
        const en = new Map(flat(read(join('locales/en', `${ns}.json`))));
        for (const [key, value] of flat(read(file))) {
          // A plural form may say its number in words ("one", Arabic's dual) instead of {{count}}.
          const plural = PLURAL.test(key);
          const english = en.get(key) ?? (plural ? en.get(key.replace(PLURAL, '_other')) : undefined);
          if (english === undefined) continue;
          const drop = (v: (string | undefined)[]) => (plural ? v.filter((x) => x !== 'count') : v);
          expect(drop(vars(value)), `${code}/${ns}: ${key}`).toEqual(drop(vars(english)));
        }
      }
    }
  });

  it('shows English, never a raw key, where a language lacks a text', async () => {
    const i18n = await testI18n('cy');
    i18n.addResourceBundle('en', 'probe', { only: { in: { english: 'Only in English' } } });
    i18n.addResourceBundle('cy', 'probe', {});
    expect(contentT(i18n.t)('probe:only.in.english')).toBe('Only in English');
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { testI18n } from '../../support/render';
import { contentT } from '../../../src/ui/i18n/contentText';

type Tree = { [k: string]: string | Tree };
const flat = (o: Tree, p = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v] as [string, string]]));
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Tree;
const languages = read('locales/languages.json') as unknown as Record<string, { name: string; complete: string[] }>;
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

  for (const [code, meta] of Object.entries(languages)) {
    for (const ns of meta.complete) {
      it(`${meta.name} has every key English has in "${ns}", which it declares complete`, () => {
        const file = join('locales', code, `${ns}.json`);
        expect(existsSync(file), file).toBe(true);
        const have = new Set(flat(read(file)).map(([k]) => k));
        const missing = flat(read(join('locales/en', `${ns}.json`))).map(([k]) => k).filter((k) => !have.has(k));
        expect(missing).toEqual([]);
      });
    }
  }

  it('keeps the same {{placeholders}} in every translation', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(languages).filter((c) => c !== 'en')) {
      for (const ns of namespaces) {
        const file = join('locales', code, `${ns}.json`);
        if (!existsSync(file)) continue;
        const en = new Map(flat(read(join('locales/en', `${ns}.json`))));
        for (const [key, value] of flat(read(file))) {
          if (en.has(key)) expect(vars(value), `${code}/${ns}: ${key}`).toEqual(vars(en.get(key)!));
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

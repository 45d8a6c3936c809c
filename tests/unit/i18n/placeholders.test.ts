// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { setupI18n } from '../../../src/app/i18n';
import { interpolation } from '../../../src/ui/i18n/bidi';
import { contentT } from '../../../src/ui/i18n/contentText';
import { pseudoRtl } from '../../../src/ui/i18n/pseudoRtl';

/**
 * No sentence ever shows "{{number}}": every text the code asks for is rendered here with the names
 * of the values the code passes for it, in every language (and the right-to-left test language),
 * with each wording variant of the key, and must come out with no placeholder left.
 *
 * The calls are found in src/ by reading the code: `t('key', { … })`, `ct(…)`, `contentT(t)(…)`,
 * `text(…)` and the other names a text function goes by. A key written as a template
 * (`refused.${reason}`) stands for every key it can be. An options object that is not written out
 * (a variable, or one with `...spread`) cannot be read, so it is left out.
 */

type Tree = { [key: string]: string | Tree | Tree[] | string[] };
const LANGS = Object.keys(JSON.parse(readFileSync('locales/languages.json', 'utf8')) as Record<string, unknown>);

function flatten(tree: unknown, prefix = '', out = new Map<string, string>()) {
  if (typeof tree === 'string') out.set(prefix, tree);
  else if (tree && typeof tree === 'object') {
    for (const [k, v] of Object.entries(tree)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  }
  return out;
}

const namespaces = readdirSync('locales/en')
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const resources: Record<string, Record<string, Tree>> = {};
for (const lng of LANGS) {
  resources[lng] = {};
  for (const ns of namespaces) {
    try {
      resources[lng][ns] = JSON.parse(readFileSync(`locales/${lng}/${ns}.json`, 'utf8')) as Tree;
    } catch {
      /* a namespace not yet translated shows in English */
    }
  }
}
resources['ar-XB'] = Object.fromEntries(namespaces.map((ns) => [ns, pseudoRtl(resources.en![ns]!)]));
const flat: Record<string, Record<string, Map<string, string>>> = {};
for (const [lng, byNs] of Object.entries(resources)) {
  flat[lng] = Object.fromEntries(Object.entries(byNs).map(([ns, tree]) => [ns, flatten(tree)]));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The text between an opening bracket at `start` and its partner, skipping strings and comments. */
function balanced(src: string, start: number): string | undefined {
  const open = src[start]!;
  const close = ({ '(': ')', '{': '}', '[': ']' } as Record<string, string>)[open]!;
  let depth = 0;
  for (let i = start; i < src.length; i++) {
    const c = src[i]!;
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(src, i);
      continue;
    }
    if (c === open) depth++;
    else if (c === close && --depth === 0) return src.slice(start + 1, i);
  }
  return undefined;
}

function skipString(src: string, start: number): number {
  const quote = src[start];
  for (let i = start + 1; i < src.length; i++) {
    if (src[i] === '\\') i++;
    else if (quote === '`' && src[i] === '$' && src[i + 1] === '{') i = i + 2 + (balanced(src, i + 1) ?? '').length;
    else if (src[i] === quote) return i;
  }
  return src.length;
}

/** The top-level parts of an argument list or object, split at commas. */
function topLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '"' || c === "'" || c === '`') i = skipString(body, i);
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = body.slice(from).trim();
  if (last) parts.push(last);
  return parts;
}

interface Call {
  where: string;
  key: string | RegExp;
  names: string[];
  namespaces: string[] | undefined;
}

const TEXT_FUNCTION = /(?<![\w.])(t|ts|tPlan|packT|ct|lt|translate|text|contentT\(\s*\w+\s*\))\s*\(/g;

function calls(): Call[] {
  const found: Call[] = [];
  for (const file of sourceFiles('src')) {
    const src = readFileSync(file, 'utf8');
    // Which namespaces each `t` of a screen reads, by the nearest useTranslation before the call.
    const bindings: { at: number; name: string; namespaces: string[] | undefined }[] = [];
    for (const m of src.matchAll(/const \{([^}]*)\} = useTranslation\(([^)]*)\)/g)) {
      const list = [...m[2]!.matchAll(/'([\w-]+)'/g)].map((n) => n[1]!);
      const namespaces = m[2]!.trim() === '' ? ['common'] : list.length ? list : undefined;
      for (const part of m[1]!.split(',')) {
        const [from, to] = part.split(':').map((s) => s.trim());
        if (from === 't') bindings.push({ at: m.index, name: to ?? 't', namespaces });
      }
    }
    for (const m of src.matchAll(TEXT_FUNCTION)) {
      const open = m.index + m[0].length - 1;
      const args = balanced(src, open);
      if (args === undefined) continue;
      const [first, second] = topLevel(args);
      if (!first) continue;
      let key: string | RegExp;
      if (/^'[^']*'$/.test(first)) key = first.slice(1, -1);
      else if (/^`[^`]*`$/.test(first)) {
        const pattern = first
          .slice(1, -1)
          .split(/\$\{[^}]*\}/)
          .map((s) => s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
          .join('[^.]+');
        // A key that starts with a value (`${base}.title`) could be any key: left out.
        if (first.startsWith('`${')) continue;
        key = new RegExp(`^${pattern}$`);
      } else continue;
      let names: string[] = [];
      if (second !== undefined) {
        if (!second.startsWith('{')) continue;
        const entries = topLevel(second.slice(1, -1));
        if (entries.some((e) => e.startsWith('...') || e.startsWith('[') || /^skipInterpolation\b/.test(e))) continue;
        names = entries.map((e) => /^['"]?([\w$]+)/.exec(e)![1]!);
      }
      const name = m[1]!.startsWith('contentT') ? /contentT\(\s*(\w+)/.exec(m[1]!)![1]! : m[1]!;
      const binding = bindings.filter((b) => b.name === name && b.at < m.index).at(-1);
      const line = src.slice(0, m.index).split('\n').length;
      found.push({ where: `${relative('.', file)}:${line}`, key, names, namespaces: binding?.namespaces });
    }
  }
  return found;
}

const VARIANT = /^(?:_self|_volunteer)?(?:_england|_wales|_scotland|_northern-ireland)?(?:_noCouncil)?(?:_zero|_one|_two|_few|_many|_other)?$/;

/** Every key (with its wording variants) a call can show, as [namespace, key]. */
function keysOf(call: Call): [string, string][] {
  let ns = call.namespaces ?? namespaces;
  let key = call.key;
  if (typeof key === 'string' && key.includes(':')) {
    const [prefix, rest] = key.split(':') as [string, string];
    ns = [prefix];
    key = rest;
  }
  const out: [string, string][] = [];
  for (const n of ns) {
    for (const k of flat.en![n]?.keys() ?? []) {
      if (typeof key === 'string' ? k.startsWith(key) && VARIANT.test(k.slice(key.length)) : key.test(k)) out.push([n, k]);
    }
  }
  return out;
}

describe('placeholders in the text', () => {
  const found = calls();

  it('finds the text calls in the code (the scan is reading the code)', () => {
    expect(found.length).toBeGreaterThan(500);
    expect(found.some((c) => c.key === 'receive.progress' && c.names.join() === 'received,total')).toBe(true);
  });

  it('every text the code shows gets a value for each of its placeholders, in every language and wording', async () => {
    const plain = i18next.createInstance();
    // No handler for missing values here: a placeholder the code does not fill stays visible.
    await plain.init({ lng: 'en', fallbackLng: 'en', resources, interpolation, initAsync: false, returnObjects: false });
    const left: string[] = [];
    for (const call of found) {
      const values = Object.fromEntries(call.names.map((n) => [n, n === 'count' ? 2 : `[${n}]`]));
      const shownFor: { key: string; shown: string; missing: Set<string> }[] = [];
      for (const [ns, key] of keysOf(call)) {
        for (const lng of Object.keys(resources)) {
          if (!flat[lng]![ns]?.has(key)) continue;
          const shown: unknown = contentT(plain.getFixedT(lng, ns as 'common'))(key, values);
          if (typeof shown !== 'string') continue;
          const missing = new Set([...shown.matchAll(/\{\{-?\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]!));
          shownFor.push({ key: `${lng} ${ns}:${key}`, shown, missing });
        }
      }
      // A key built from a value (`calendar.${id}`) is one of several texts: a placeholder is
      // missing when the code passes nothing for it and every one of those texts needs it.
      const needed =
        typeof call.key === 'string'
          ? undefined
          : [...(shownFor[0]?.missing ?? [])].filter((name) => shownFor.every((s) => s.missing.has(name)));
      for (const s of shownFor) {
        const gaps = [...s.missing].filter((name) => !needed || needed.includes(name));
        if (gaps.length) left.push(`${call.where} ${s.key} → ${s.shown}`);
      }
    }
    expect(left).toEqual([]);
  });
});

describe('a value the code forgot', () => {
  it('is left out of the sentence, never shown as {{name}}', async () => {
    await setupI18n('en');
    await i18next.loadNamespaces('session');
    const shown = i18next.t('session:receive.doneBody', {});
    expect(shown).toContain('Saved on this phone.');
    expect(shown).not.toContain('{{');
  });
});

import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { QUESTIONS, SECTIONS } from '../../../src/content/questions';
import { SIGNPOSTS } from '../../../src/content/signposts';
import { LETTER_TEMPLATES } from '../../../src/content/letters';
import { NATIONS } from '../../../src/domain/nations';
import {
  AUDIENCES,
  resolveAttachedKey,
  resolveKey,
  textContextOf,
  textKeys,
  type TextContext,
} from '../../../src/domain/textVariant';

type Tree = { [k: string]: unknown };
const read = (f: string) => JSON.parse(readFileSync(f, 'utf8')) as Tree;
/** Every text's key (a list of paragraphs counts as one text). */
const keysOf = (o: Tree, p = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keysOf(v as Tree, `${p}${k}.`) : [`${p}${k}`]));

const languages = read('locales/languages.json') as Record<string, { name: string }>;
const namespaces = readdirSync('locales/en').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const keys = (lang: string, ns: string) => new Set(keysOf(read(join('locales', lang, `${ns}.json`))));
const english = new Map(namespaces.map((ns) => [ns, keys('en', ns)]));

/** Every reader a rule can produce: each audience, in each nation or none, with and without a council. */
const READERS: TextContext[] = AUDIENCES.flatMap((audience) =>
  [undefined, ...NATIONS].flatMap((nation) => [true, false].map((councilKnown) => ({ audience, nation, councilKnown }))),
);

/** A key's parts by the documented order `<base>[_<audience>][_<nation>][_noCouncil][_hint]`. */
const VARIANT = new RegExp(`^(.+?)(_self|_volunteer)?(${NATIONS.map((n) => `_${n}`).join('|')})?(_noCouncil)?(_hint)?$`);
function parse(key: string) {
  const [, base = key, audience, nation, council, leaf] = VARIANT.exec(key) ?? [];
  return { base, variant: Boolean(audience || nation || council), leaf: leaf ?? '' };
}

/** The base keys the screens and letters ask the resolver for, by namespace (required: must exist). */
function basesUsed(): [ns: string, base: string][] {
  const used: [string, string][] = [['questionnaire', 'urgent.lead']];
  for (const s of SECTIONS) used.push(['questionnaire', `sections.${s}`]);
  for (const q of QUESTIONS) {
    used.push(['questionnaire', `q.${q.id}.title`], ['questionnaire', `q.${q.id}.summary`]);
    for (const o of q.options ?? []) used.push(['questionnaire', `q.${q.id}.options.${o}`]);
  }
  for (const s of SIGNPOSTS) {
    for (const key of [s.text.title, s.text.means, s.text.rights, s.text.contact, ...s.asks.map((a) => a.text)]) used.push(['support', key]);
  }
  for (const tpl of LETTER_TEMPLATES) {
    for (const key of [tpl.titleKey, tpl.summaryKey, tpl.subjectKey, tpl.recipientFallbackKey, ...tpl.paragraphs.map((p) => p.key)]) {
      used.push(['letters', key]);
    }
  }
  return used;
}

describe('choosing a text’s wording', () => {
  const has = (...existing: string[]) => (k: string) => existing.includes(k);

  it('picks the most specific wording: audience, then nation, then whether the council is known', () => {
    const reader: TextContext = { audience: 'young-person', nation: 'wales', councilKnown: false };
    expect(textKeys('k', reader)).toEqual([
      'k_self_wales_noCouncil',
      'k_self_wales',
      'k_self_noCouncil',
      'k_self',
      'k_wales_noCouncil',
      'k_wales',
      'k_noCouncil',
      'k',
    ]);
    expect(resolveKey('k', reader, has('k', 'k_wales', 'k_self'))).toBe('k_self');
    expect(resolveKey('k', reader, has('k', 'k_wales'))).toBe('k_wales');
    expect(resolveKey('k', { audience: 'parent', nation: 'wales' }, has('k', 'k_self', 'k_noCouncil'))).toBe('k');
    expect(resolveKey('missing', reader, has('k'))).toBeUndefined();
  });

  it('gives a volunteer the parent’s wording unless a volunteer wording exists, never the young person’s', () => {
    const volunteer: TextContext = { audience: 'volunteer', nation: 'scotland' };
    expect(resolveKey('k', volunteer, has('k', 'k_self'))).toBe('k');
    expect(resolveKey('k', volunteer, has('k', 'k_self', 'k_scotland'))).toBe('k_scotland');
    expect(resolveKey('k', volunteer, has('k', 'k_scotland', 'k_volunteer'))).toBe('k_volunteer');
  });

  it('keeps a hint with its label: a nation’s own label has its own hint or none', () => {
    const scotland: TextContext = { audience: 'parent', nation: 'scotland' };
    expect(resolveAttachedKey('o', '_hint', scotland, has('o', 'o_hint', 'o_scotland'))).toBeUndefined();
    expect(resolveAttachedKey('o', '_hint', scotland, has('o', 'o_hint', 'o_scotland', 'o_scotland_hint'))).toBe('o_scotland_hint');
    expect(resolveAttachedKey('o', '_hint', scotland, has('o', 'o_hint'))).toBe('o_hint');
    expect(resolveAttachedKey('o', '_hint', { audience: 'young-person' }, has('o', 'o_hint', 'o_self_hint'))).toBe('o_self_hint');
  });

  it('reads the audience and nation from the answers', () => {
    expect(textContextOf({ role: 'young-person', nation: 'wales' })).toMatchObject({ audience: 'young-person', nation: 'wales' });
    expect(textContextOf({ role: 'volunteer' })).toMatchObject({ audience: 'volunteer', nation: undefined });
    expect(textContextOf({ nation: 'mars' })).toMatchObject({ audience: 'parent', nation: undefined });
    expect(textContextOf(undefined, false)).toEqual({ audience: 'parent', nation: undefined, councilKnown: false });
  });
});

describe('every wording a rule can ask for', () => {
  it('names every English variant in the documented order, next to a text it varies', () => {
    const strays: string[] = [];
    let variants = 0;
    for (const [ns, all] of english) {
      for (const key of all) {
        const { base, variant, leaf } = parse(key);
        if (!variant) continue;
        variants += 1;
        // A variant varies a text that exists (for a hint, its option's label): a misordered or
        // misspelt suffix ("_wales_self", "_Wales") would leave it unreachable.
        if (!all.has(base) && !all.has(`${base}${leaf}`)) strays.push(`${ns}: ${key}`);
      }
    }
    expect(strays).toEqual([]);
    expect(variants).toBeGreaterThan(150);
  });

  it('finds a text for every base key the screens and letters use, for every reader', () => {
    const missing: string[] = [];
    for (const [ns, base] of basesUsed()) {
      const all = english.get(ns)!;
      for (const reader of READERS) {
        if (!resolveKey(base, reader, (k) => all.has(k))) missing.push(`${ns}: ${base} (${JSON.stringify(reader)})`);
      }
    }
    expect(missing).toEqual([]);
  });

  for (const [code, meta] of Object.entries(languages).filter(([code]) => code !== 'en')) {
    it(`${meta.name} has every variant English has, so each reader gets the same wording in it`, () => {
      const missing: string[] = [];
      const differs: string[] = [];
      for (const ns of namespaces) {
        const en = english.get(ns)!;
        const theirs = keys(code, ns);
        for (const key of en) if (parse(key).variant && !theirs.has(key)) missing.push(`${ns}: ${key}`);
        const bases = new Set([...en].map((k) => parse(k)).map(({ base, leaf }) => `${base}\u0000${leaf}`));
        for (const entry of bases) {
          const [base = '', leaf = ''] = entry.split('\u0000');
          for (const reader of READERS) {
            const want = resolveKey(base, reader, (k) => en.has(k), leaf);
            const got = resolveKey(base, reader, (k) => theirs.has(k), leaf);
            if (want !== got) differs.push(`${ns}: ${base}${leaf} ${JSON.stringify(reader)}: ${String(got)} not ${String(want)}`);
          }
        }
      }
      expect(missing).toEqual([]);
      expect(differs.slice(0, 20)).toEqual([]);
    });
  }
});

describe('a young person reading their own results', () => {
  const support = (lang: string) => read(join('locales', lang, 'support.json'));
  const lookup = (tree: Tree, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Tree | undefined)?.[k], tree);
  /** Words written to a parent about a child, which a young person answering for themselves should not read. */
  const PARENT_ONLY = /your child|\bparents?\b|tell \{\{name\}\}|\{\{name\}\}’s needs/i;
  /** The cards a young person in Scotland who finds bullying hardest sees in their first help, and the advice for them. */
  const FIRST_CARDS = ['needs-noticed', 'bullying-scotland', 'advice-scotland', 'peer-support'];

  it('speaks to them on the first cards, not about "your child" or to parents', () => {
    const en = support('en');
    const wrong: string[] = [];
    for (const s of SIGNPOSTS.filter((x) => FIRST_CARDS.includes(x.id))) {
      for (const base of [s.text.title, s.text.means, s.text.rights, s.text.contact, ...s.asks.map((a) => a.text)]) {
        const key = resolveKey(base, { audience: 'young-person', nation: 'scotland' }, (k) => lookup(en, k) !== undefined)!;
        const text = JSON.stringify(lookup(en, key));
        if (PARENT_ONLY.test(text)) wrong.push(`${key}: ${text}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  /** Words that speak to a parent about their child: a young person reading their own results never meets them. */
  const TO_A_PARENT = /your child|\{\{name\}\}|support from other parents|\bas a parent\b|your parenting/i;
  const letters = read('locales/en/letters.json');
  const leaves = (tree: Tree, prefix: string) => keysOf((lookup(tree, prefix) as Tree | undefined) ?? {}).map((k) => `${prefix}.${k}`);
  /** A key with its wording suffixes taken off (the base the screens ask the resolver for). */
  const baseOf = (key: string) => key.replace(new RegExp(`(_self|_volunteer)?(${NATIONS.map((n) => `_${n}`).join('|')})?(_noCouncil)?$`), '');

  for (const nation of NATIONS) {
    it(`speaks to a young person in ${nation} on every card, Right now, guide line and letter in the list`, () => {
      const en = support('en');
      const texts: [tree: Tree, base: string][] = [];
      for (const s of SIGNPOSTS) {
        for (const base of [s.text.title, s.text.means, s.text.rights, s.text.contact, ...s.asks.map((a) => a.text)]) texts.push([en, base]);
      }
      for (const key of leaves(en, 'rightNow')) texts.push([en, baseOf(key)]);
      for (const key of leaves(en, `guides.${nation}`)) texts.push([en, baseOf(key)]);
      for (const key of [...leaves(en, 'reasons.phrases'), ...leaves(en, 'themes')]) texts.push([en, baseOf(key)]);
      for (const tpl of LETTER_TEMPLATES) texts.push([letters, tpl.titleKey], [letters, tpl.summaryKey]);
      expect(texts.length).toBeGreaterThan(300);
      const wrong = new Set<string>();
      for (const [tree, base] of texts) {
        for (const councilKnown of [true, false]) {
          const key = resolveKey(base, { audience: 'young-person', nation, councilKnown }, (k) => lookup(tree, k) !== undefined);
          const text = JSON.stringify(key && lookup(tree, key));
          if (TO_A_PARENT.test(text)) wrong.add(`${key}: ${text}`);
        }
      }
      expect([...wrong]).toEqual([]);
    });
  }

  it('never lets a young person’s wording hide a nation’s or a council’s own wording', () => {
    // The most specific key wins, and the audience counts before the nation: a `key_self` alone would
    // give a young person in Wales the general wording instead of `key_wales`. So each nation and
    // no-council wording of a text with a `_self` wording has its own `_self` one.
    const hidden: string[] = [];
    for (const [ns, all] of english) {
      for (const key of all) {
        const m = /^(.+?)((?:_(?:england|wales|scotland|northern-ireland))?(?:_noCouncil)?)(_hint)?$/.exec(key);
        if (!m || !m[2] || key.includes('_self') || key.includes('_volunteer')) continue;
        const [, base, rest, leaf = ''] = m;
        if (all.has(`${base}_self${leaf}`) && !all.has(`${base}_self${rest}${leaf}`)) hidden.push(`${ns}: ${base}_self${rest}${leaf}`);
      }
    }
    expect(hidden).toEqual([]);
  });
});

#!/usr/bin/env node
// Prints the Flesch reading ease of the English text, per namespace (locales/en/*.json) and overall,
// and the longest sentences, so writers can keep sentences short. Higher is easier: 60–70 is plain
// English; 70+ is easy for an 11-year-old. A report, not a gate.
//
//   npm run readability             all namespaces
//   npm run readability -- support  one or more namespaces
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'locales', 'en');
const only = process.argv.slice(2);
const LONGEST = 10;

/** Every string in a locale file with its key; plural forms and hints count like any text. */
function strings(value, key = '') {
  if (typeof value === 'string') return [{ key, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${key}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, key ? `${key}.${k}` : k));
  return [];
}

function clean(text) {
  return text
    .replace(/\{\{\s*name\s*\}\}/g, 'Sam')
    .replace(/\{\{[^}]*\}\}/g, 'it')
    .replace(/<\/?[a-z0-9]+>/gi, '')
    .replace(/[“”"‘’]/g, "'");
}

export function sentencesOf(text) {
  return clean(text)
    .split(/(?<=[.!?:])\s+(?=[A-Z0-9'(£])|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[a-z]/i.test(s));
}

export function wordsOf(sentence) {
  return sentence.split(/\s+/).map((w) => w.replace(/[^a-z0-9£'-]/gi, '')).filter((w) => /[a-z0-9]/i.test(w));
}

/** A common English syllable estimate: vowel groups, minus a silent final e, at least one. */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // numbers and symbols: count one
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function flesch(texts) {
  let sentences = 0;
  let words = 0;
  let syl = 0;
  for (const t of texts) {
    for (const s of sentencesOf(t)) {
      const ws = wordsOf(s);
      if (!ws.length) continue;
      sentences++;
      words += ws.length;
      syl += ws.reduce((n, w) => n + syllables(w), 0);
    }
  }
  if (!sentences || !words) return { score: NaN, sentences, words };
  return { score: 206.835 - 1.015 * (words / sentences) - 84.6 * (syl / words), sentences, words };
}

function main() {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => !only.length || only.includes(f.replace(/\.json$/, '')))
    .sort();
  const all = [];
  const rows = [];
  for (const f of files) {
    const ns = f.replace(/\.json$/, '');
    const entries = strings(JSON.parse(readFileSync(join(dir, f), 'utf8')));
    all.push(...entries.map((e) => ({ ...e, ns })));
    const r = flesch(entries.map((e) => e.text));
    rows.push([ns, r]);
  }
  const pad = Math.max(9, ...rows.map(([ns]) => ns.length));
  console.log(`${'namespace'.padEnd(pad)}  reading ease  sentences  words/sentence`);
  const line = (ns, r) =>
    console.log(`${ns.padEnd(pad)}  ${r.score.toFixed(1).padStart(12)}  ${String(r.sentences).padStart(9)}  ${(r.words / r.sentences).toFixed(1).padStart(14)}`);
  for (const [ns, r] of rows) line(ns, r);
  line('overall', flesch(all.map((e) => e.text)));

  const sentences = all.flatMap((e) => sentencesOf(e.text).map((s) => ({ where: `${e.ns}:${e.key}`, s, n: wordsOf(s).length })));
  sentences.sort((a, b) => b.n - a.n);
  console.log(`\nLongest sentences (aim for 20 words or fewer):`);
  for (const { where, s, n } of sentences.slice(0, LONGEST)) console.log(`${String(n).padStart(3)} words  ${where}\n           ${s}`);
}

main();

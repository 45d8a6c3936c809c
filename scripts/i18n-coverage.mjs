// Prints, for each language, how many of English's keys each namespace has.
// Namespaces a language declares complete in locales/languages.json are marked ✓ (and tested).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const flat = (o, p = '') =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${p}${k}.`) : [`${p}${k}`]));
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const languages = read('locales/languages.json');
const namespaces = readdirSync('locales/en').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();

for (const [code, meta] of Object.entries(languages)) {
  console.log(`\n${meta.name} (${code})`);
  let have = 0, total = 0;
  for (const ns of namespaces) {
    const en = flat(read(join('locales/en', `${ns}.json`)));
    const file = join('locales', code, `${ns}.json`);
    const keys = existsSync(file) ? new Set(flat(read(file))) : new Set();
    const n = en.filter((k) => keys.has(k)).length;
    have += n;
    total += en.length;
    const pct = en.length ? Math.round((100 * n) / en.length) : 100;
    const mark = meta.complete.includes(ns) ? '✓ declared complete' : '';
    console.log(`  ${ns.padEnd(30)} ${String(n).padStart(4)} / ${String(en.length).padEnd(4)} ${String(pct).padStart(3)}%  ${mark}`);
  }
  console.log(`  ${'all'.padEnd(30)} ${String(have).padStart(4)} / ${String(total).padEnd(4)} ${String(Math.round((100 * have) / total)).padStart(3)}%`);
}

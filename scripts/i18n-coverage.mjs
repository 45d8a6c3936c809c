// Prints, for each language, how many of English's texts each namespace has, and what is wrong in
// those it has: a {{placeholder}} or <link> tag not the same as English's, a plural form the
// language needs but lacks. A language in locales/languages.json is offered, so all of it is
// tested (tests/unit/i18n/locales.test.ts).
//
//   npm run i18n:coverage                 every language in locales/languages.json
//   npm run i18n:coverage -- pl ro        these languages (one being translated need not be listed yet)
//   npm run i18n:coverage -- pl --list    and name each missing or faulty text
// Exits 1 when a language shown is not 100 % or has a fault.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const flat = (o, p = '') =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v]]));
const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const languages = read('locales/languages.json');
const namespaces = readdirSync('locales/en').filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
const args = process.argv.slice(2);
const list = args.includes('--list');
const asked = args.filter((a) => !a.startsWith('--'));
const codes = asked.length ? asked : Object.keys(languages);

const placeholders = (s) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort().join(',');
const tags = (s) => [...String(s).matchAll(/<\/?(\w+)>/g)].map((m) => m[0]).sort().join('');
const PLURAL = /_(zero|one|two|few|many|other)$/;

let failed = false;
for (const code of codes) {
  const meta = languages[code] ?? { name: code };
  const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  console.log(`\n${meta.name} (${code})`);
  let have = 0;
  let total = 0;
  for (const ns of namespaces) {
    const en = flat(read(join('locales/en', `${ns}.json`)));
    const file = join('locales', code, `${ns}.json`);
    const mine = new Map(existsSync(file) ? flat(read(file)) : []);
    const faults = [];
    const missing = [];
    const bases = new Set();
    for (const [key, text] of en) {
      if (PLURAL.test(key)) {
        bases.add(key.replace(PLURAL, ''));
        continue;
      }
      total += 1;
      if (!mine.has(key)) missing.push(key);
      else {
        have += 1;
        if (placeholders(mine.get(key)) !== placeholders(text)) faults.push(`${key}: placeholders differ from English`);
        if (tags(mine.get(key)) !== tags(text)) faults.push(`${key}: <tags> differ from English`);
      }
    }
    // A counted text needs every plural form the language has (Polish: one, few, many, other).
    for (const base of bases) {
      const english = en.find(([k]) => k === `${base}_other`)?.[1] ?? '';
      for (const form of needed) {
        total += 1;
        const key = `${base}_${form}`;
        if (!mine.has(key)) missing.push(key);
        else {
          have += 1;
          if (placeholders(mine.get(key)).replace('count', '') !== placeholders(english).replace('count', '')) faults.push(`${key}: placeholders differ from English`);
        }
      }
    }
    const n = en.length + bases.size * (needed.length - 2);
    const pct = Math.floor((100 * (n - missing.length)) / n);
    const mark = languages[code] ? '' : '(not offered yet)';
    console.log(`  ${ns.padEnd(16)} ${String(n - missing.length).padStart(5)} / ${String(n).padEnd(5)} ${String(pct).padStart(3)}%  ${faults.length ? `${faults.length} faults ` : ''}${mark}`);
    if (list) for (const line of [...missing.map((k) => `${k}: missing`), ...faults]) console.log(`      ${line}`);
    if (missing.length || faults.length) failed = true;
  }
  console.log(`  ${'all'.padEnd(16)} ${String(have).padStart(5)} / ${String(total).padEnd(5)} ${String(Math.floor((100 * have) / total)).padStart(3)}%`);
  const packs = readdirSync('src/content/local-packs').filter((f) => f.endsWith('.en.json'));
  const packMissing = packs.filter((f) => !existsSync(join('src/content/local-packs', f.replace('.en.json', `.${code}.json`))));
  if (code !== 'en') console.log(`  local packs      ${packs.length - packMissing.length} / ${packs.length}${packMissing.length ? `  missing: ${packMissing.join(', ')}` : ''}`);
  if (code !== 'en' && packMissing.length) failed = true;
}
process.exit(failed ? 1 : 0);

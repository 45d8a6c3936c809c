#!/usr/bin/env node
// The checked directory of councils (src/content/directory/<nation>.json).
//   npm run directory            coverage per nation: how many councils have each detail
//   npm run directory -- --stale [months]
//                                what to re-check: details checked more than [months] ago (default 12;
//                                the tests fail at 18), oldest first, with the page to read again
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('../src/content/directory/', import.meta.url);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
const order = ['england', 'wales', 'scotland', 'northern-ireland'];
files.sort((a, b) => order.indexOf(a.nation) - order.indexOf(b.nation));

const details = (c) =>
  [
    ['page', c.page],
    ['advice.name', c.advice?.name],
    ['advice.url', c.advice?.url],
    ['advice.phone', c.advice?.phone],
    ['advice.email', c.advice?.email],
    ['towns', c.towns],
  ].filter(([, d]) => d);

const args = process.argv.slice(2);
if (args[0] === '--stale') {
  const months = Number(args[1] ?? 12);
  const cutoff = new Date();
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const limit = cutoff.toISOString().slice(0, 10);
  const rows = files
    .flatMap((f) => f.councils.flatMap((c) => details(c).map(([path, d]) => ({ nation: f.nation, id: c.councilId, path, ...d }))))
    .filter((r) => r.checked < limit)
    .sort((a, b) => a.checked.localeCompare(b.checked));
  console.log(`Details checked before ${limit} (more than ${months} months ago): ${rows.length}`);
  for (const r of rows) console.log(`  ${r.checked}  ${r.nation.padEnd(16)} ${r.id.padEnd(36)} ${r.path.padEnd(13)} ${r.source}`);
  process.exit(0);
}

const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(0)}%` : '-');
const label = { england: ['Local Offer', 'SENDIASS'], wales: ['ALN page', 'advice'], scotland: ['ASL page', 'advice'], 'northern-ireland': ['EA SEN pages', 'DARS'] };
console.log('Checked directory coverage (councils with each detail)\n');
for (const f of files) {
  const n = f.councils.length;
  const count = (fn) => f.councils.filter(fn).length;
  const [page, advice] = label[f.nation];
  const p = count((c) => c.page);
  const web = count((c) => c.advice?.url);
  const phone = count((c) => c.advice?.phone);
  const email = count((c) => c.advice?.email);
  const reach = count((c) => c.advice?.url || c.advice?.phone);
  const either = count((c) => c.page && (c.advice?.url || c.advice?.phone));
  console.log(`${f.nation} (${n} ${n === 1 ? 'authority' : 'councils'})`);
  console.log(`  ${(page + ' address').padEnd(26)} ${String(p).padStart(4)}  ${pct(p, n)}`);
  console.log(`  ${(advice + ' web address').padEnd(26)} ${String(web).padStart(4)}  ${pct(web, n)}`);
  console.log(`  ${(advice + ' phone').padEnd(26)} ${String(phone).padStart(4)}  ${pct(phone, n)}`);
  console.log(`  ${(advice + ' email').padEnd(26)} ${String(email).padStart(4)}  ${pct(email, n)}`);
  console.log(`  ${(advice + ' web or phone').padEnd(26)} ${String(reach).padStart(4)}  ${pct(reach, n)}`);
  console.log(`  ${'both page and advice'.padEnd(26)} ${String(either).padStart(4)}  ${pct(either, n)}`);
}

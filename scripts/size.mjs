// Prints the gzip size of the JavaScript the first page needs and of the whole precache, and fails
// over budget (first page JS <= 105 KB gzip, precache <= 2 MB). The floor for this stack: React 19 and
// react-dom alone are about 66 KB, i18next and react-i18next about 17 KB, react-router about 13 KB.
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';

const dir = resolve(process.env.BN_DIST ?? 'dist');
const FIRST_PAGE_BUDGET = 105 * 1024;
const PRECACHE_BUDGET = 2 * 1024 * 1024;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No build in ${dir}: run "npm run build" first.`);
  process.exit(1);
}
const gz = (file) => gzipSync(readFileSync(join(dir, file))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// First page: the boot script, the entry it starts and everything the entry imports statically.
const html = readFileSync(join(dir, 'index.html'), 'utf8');
const first = new Set([...html.matchAll(/(?:src|href|data-entry)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
const queue = [...first];
while (queue.length) {
  const file = queue.pop();
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    const dep = `assets/${m[1]}`;
    if (!first.has(dep)) {
      first.add(dep);
      queue.push(dep);
    }
  }
}
const firstTotal = [...first].reduce((sum, f) => sum + gz(f), 0);

// Precache: every URL the service worker stores.
const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
const precacheTotal = urls.filter((u) => existsSync(join(dir, u))).reduce((sum, u) => sum + gz(u), 0);

console.log('First page JavaScript (gzip):');
for (const f of [...first].sort()) console.log(`  ${f.padEnd(50)} ${kb(gz(f))}`);
console.log(`  total ${kb(firstTotal)} (budget ${kb(FIRST_PAGE_BUDGET)})`);
console.log(`Precache: ${urls.length} files, ${kb(precacheTotal)} gzip (budget ${kb(PRECACHE_BUDGET)})`);
const failures = [
  firstTotal > FIRST_PAGE_BUDGET && 'First page JavaScript is over budget.',
  precacheTotal > PRECACHE_BUDGET && 'Precache is over budget.',
  !urls.length && 'The service worker precaches nothing: is the PWA build broken?',
].filter(Boolean);
failures.forEach((f) => console.error(f));
process.exit(failures.length ? 1 : 0);

// Loads a school year of attendance diary entries (about 190 school days) and contact log entries into
// the built app in headless Chromium, opens the pictures page and prints how long the pictures took to
// work out and draw (from the diary being read to the pictures being in the page). Aim: under 200 ms.
//   npm run bench:records            (builds first if there is no dist/)
//   BENCH_RUNS=7 npm run bench:records
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { findChromium, CHROMIUM_FLAGS } from './chromium.mjs';

const dir = process.env.BN_DIST ?? 'dist';
if (!existsSync(`${dir}/index.html`)) execSync('npx vite build', { stdio: 'inherit' });
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_MS = 200;

/** The last `count` weekdays up to yesterday, oldest first (a school year is about 190 of them). */
function schoolDays(count) {
  const now = new Date();
  const out = [];
  for (let d = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate() - 1)); out.length < count; d = new Date(d.getTime() - 86_400_000)) {
    const w = d.getUTCDay();
    if (w >= 1 && w <= 5) out.push(d.toISOString().slice(0, 10));
  }
  return out.reverse();
}

const STATUSES = ['in', 'in', 'in', 'late', 'part', 'not-in'];
const REASONS = ['anxiety', 'physical-health', 'bullying', 'send'];
const CODES = [undefined, 'I', 'O', 'present', 'N'];
const stamp = new Date().toISOString();
const days = schoolDays(190);
const attendance = days.map((date, i) => ({
  id: `bench-a-${i}`,
  childId: 'bench-child',
  date,
  status: STATUSES[(i * 7) % STATUSES.length],
  reason: i % 3 === 0 ? REASONS[i % REASONS.length] : undefined,
  schoolCode: CODES[i % CODES.length],
  createdAt: stamp,
  updatedAt: stamp,
}));
const contactLog = days.filter((_, i) => i % 5 === 0).map((date, i) => ({
  id: `bench-l-${i}`, childId: 'bench-child', date, who: 'Ms Patel', how: 'email', said: 'Asked about support', agreed: '', createdAt: stamp, updatedAt: stamp,
}));
const child = { id: 'bench-child', displayName: 'Sam', createdAt: stamp, updatedAt: stamp, answers: { nation: 'england', 'child-name': 'Sam' }, kept: [] };

const server = await startServer({ dir, port: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
const from0 = (page) => page.getByLabel('From', { exact: true }).inputValue();
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const context = await browser.newContext({ baseURL: server.loopbackUrl, viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(
    async (data) => {
      const open = () =>
        new Promise((resolve, reject) => {
          const req = globalThis.indexedDB.open('barriers-navigator');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      let db = await open();
      for (let i = 0; i < 100 && !db.objectStoreNames.contains('attendance'); i++) {
        db.close();
        await new Promise((r) => setTimeout(r, 100));
        db = await open();
      }
      const tx = db.transaction(Object.keys(data), 'readwrite');
      for (const [name, list] of Object.entries(data)) for (const r of list) tx.objectStore(name).put(r);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { children: [child], attendance, contactLog, settings: [{ id: 'activeChildId', value: 'bench-child' }] },
  );

  const first = [];
  const redraw = [];
  for (let run = 0; run < RUNS + 1; run++) {
    await page.goto('/records/pictures');
    await page.getByRole('img', { name: 'Reasons over time' }).waitFor();
    const drawn = await page.evaluate(() => performance.getEntriesByName('records:pictures', 'measure').at(-1)?.duration ?? NaN);
    const charts = await page.locator('svg.chart__svg').count();
    if ((await from0(page)) !== days[0]) throw new Error('The pictures do not start at the first day recorded');
    if (charts < 4) throw new Error(`Expected 4 pictures, found ${charts}`);
    // A different stretch of time: the pictures are worked out and drawn again.
    const from = page.getByLabel('From', { exact: true });
    const start = await from.inputValue();
    const before = await page.evaluate(() => performance.getEntriesByName('records:pictures', 'measure').length);
    await from.fill(days[1]);
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForFunction((n) => performance.getEntriesByName('records:pictures', 'measure').length > n, before);
    const again = await page.evaluate(() => performance.getEntriesByName('records:pictures', 'measure').at(-1)?.duration ?? NaN);
    await from.fill(start);
    if (run > 0) {
      // The first load warms the browser's caches; it is not counted.
      first.push(drawn);
      redraw.push(again);
    }
  }
  const ok = median(first) < BUDGET_MS && median(redraw) < BUDGET_MS;
  console.log(`Diary entries: ${attendance.length} school days (${days[0]} to ${days.at(-1)}), contact log entries: ${contactLog.length}`);
  console.log(`Pictures drawn on opening the page: median ${median(first).toFixed(1)} ms (runs: ${first.map((x) => x.toFixed(1)).join(', ')})`);
  console.log(`Pictures drawn again for other dates: median ${median(redraw).toFixed(1)} ms (runs: ${redraw.map((x) => x.toFixed(1)).join(', ')})`);
  console.log(ok ? `Within the ${BUDGET_MS} ms aim.` : `Over the ${BUDGET_MS} ms aim.`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}

// Serves the production build and runs Lighthouse (mobile, default throttling) on the main routes,
// printing the scores. Budgets (DESIGN.md): performance >= 95, accessibility 100, best practices 100.
//   npm run bench            (builds first if there is no dist/)
//   BENCH_ROUTES=/,/help BENCH_RUNS=5 npm run bench
// Each route is measured BENCH_RUNS times (default 3) after one warm-up run, and the median run (by
// performance score) is reported, as Lighthouse's own docs advise for noisy machines.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';
import { findChromium, CHROMIUM_FLAGS } from './chromium.mjs';

const dir = process.env.BN_DIST ?? 'dist';
if (!existsSync(`${dir}/index.html`)) execSync('npx vite build', { stdio: 'inherit' });
const routes = (process.env.BENCH_ROUTES ?? '/,/questions,/support/library,/support/guide,/plan,/letters,/help,/settings').split(',');

const server = await startServer({ dir, port: 0 });
const chromePath = findChromium();
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});

const BUDGET = { performance: 95, accessibility: 100, 'best-practices': 100 };
const rows = [];
let ok = true;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const measure = async (route) =>
  (
    await lighthouse(`${server.loopbackUrl}${route}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(BUDGET),
      formFactor: 'mobile',
    })
  ).lhr;
try {
  await measure(routes[0]); // warm-up: the first run after launch is always slow
  for (const route of routes) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(route));
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)];
    if (lhr.runtimeError) console.log(`  ${route}: Lighthouse could not measure: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const row = {
      route,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      LCP: lhr.audits['largest-contentful-paint']?.displayValue ?? '',
      TBT: lhr.audits['total-blocking-time']?.displayValue ?? '',
      CLS: lhr.audits['cumulative-layout-shift']?.displayValue ?? '',
    };
    rows.push(row);
    for (const [k, min] of Object.entries(BUDGET)) {
      if (row[k] < min) {
        ok = false;
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[k].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
        console.log(`  ${route} ${k} ${row[k]} < ${min}: ${failing.slice(0, 6).join(', ')}`);
      }
    }
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(`\nLighthouse (mobile, simulated throttling), median of ${RUNS} run(s) per route`);
console.table(rows);
console.log(ok ? 'All routes within budget.' : 'Some routes are under budget (see above).');

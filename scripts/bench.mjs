// Serves the production build and runs Lighthouse (mobile, default throttling) on the main routes,
// printing medians of the scores and of FCP, LCP, TBT and CLS. In the same run it measures, for each
// route, a plain static HTML page holding the same text and styles (no scripts), served by the same
// server code: that page is the limit the app is compared with.
//   npm run bench            (builds first if there is no dist/)
//   BENCH_ROUTES=/,/help BENCH_RUNS=5 npm run bench
// Budgets: performance >= 98, accessibility 100, best practices 100, CLS 0, LCP at most 1.2x the
// static page's, and Total Blocking Time at most 100 ms (the main thread's start-up work before a
// person can tap). Each route is measured BENCH_RUNS times (default 3) after one warm-up run, and the
// medians are judged. Over budget, the script says which route and exits non-zero (BENCH_REPORT_ONLY=1:
// print only, for exploring on a busy machine).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { findChromium, CHROMIUM_FLAGS } from './chromium.mjs';

const dir = process.env.BN_DIST ?? 'dist';
if (!existsSync(`${dir}/index.html`)) execSync('npm run build', { stdio: 'inherit' });
const routes = (process.env.BENCH_ROUTES ?? '/,/questions,/support,/support/library,/support/guide,/plan,/records,/letters,/help,/settings').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BUDGET = { performance: 98, accessibility: 100, 'best-practices': 100 };
const LCP_RATIO = 1.2;
const TBT_BUDGET = 100;

/**
 * Both servers speak HTTP/2 over TLS, as static hosts do (a certificate made for this run with
 * openssl, trusted by the measuring browser only). Over HTTP/1.1 a browser opens a new connection for
 * each file fetched at the same time, which a host would not make it do. Without openssl, or with
 * BENCH_HTTP=1.1: HTTP/1.1.
 */
function makeCertificate() {
  if (process.env.BENCH_HTTP === '1.1') return undefined;
  try {
    const where = mkdtempSync(join(tmpdir(), 'bn-tls-'));
    execSync(
      `openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1,DNS:localhost -keyout ${join(where, 'key.pem')} -out ${join(where, 'cert.pem')}`,
      { stdio: 'ignore' },
    );
    const tls = { key: readFileSync(join(where, 'key.pem')), cert: readFileSync(join(where, 'cert.pem')) };
    rmSync(where, { recursive: true, force: true });
    return tls;
  } catch {
    console.log('openssl is not available: measuring over HTTP/1.1 instead of HTTP/2.');
    return undefined;
  }
}
const tls = makeCertificate();
const server = await startServer({ dir, port: 0, tls });
const chromePath = findChromium();
const TLS_FLAGS = tls ? ['--ignore-certificate-errors'] : [];

/**
 * The static reference: each route as a person sees it once it has loaded (rendered by the app in
 * a real browser), saved with its stylesheet but without any script, preload or manifest.
 */
async function writeStaticPages() {
  const out = mkdtempSync(join(tmpdir(), 'bn-static-'));
  cpSync(join(dir, 'assets'), join(out, 'assets'), { recursive: true, filter: (f) => !f.endsWith('.js') });
  for (const f of ['favicon.svg']) if (existsSync(join(dir, f))) cpSync(join(dir, f), join(out, f));
  const browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block', ignoreHTTPSErrors: true });
  const page = await context.newPage();
  for (const route of routes) {
    await page.goto(`${server.loopbackUrl}${route}`, { waitUntil: 'networkidle' });
    await page.locator('main h1').first().waitFor();
    await page.waitForFunction(() => !globalThis.document.querySelector('main .loading'));
    let html = await page.content();
    html = html
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link\b[^>]*rel="(?:modulepreload|manifest)"[^>]*>/g, '')
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
    const file = join(out, route === '/' ? 'index.html' : `${route.slice(1)}/index.html`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, html);
  }
  await browser.close();
  return out;
}

const staticDir = await writeStaticPages();
const staticServer = await startServer({ dir: staticDir, port: 0, tls });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS, ...TLS_FLAGS] });

const measure = async (url, categories) =>
  (
    await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      formFactor: 'mobile',
    })
  ).lhr;
/** Lighthouse now and then fails to find the navigation in its trace (NO_NAVSTART): such a run is tried again, twice at most. */
async function measureWithRetry(url, categories) {
  let lhr = await measure(url, categories);
  for (let retry = 0; retry < 2 && lhr.runtimeError; retry++) lhr = await measure(url, categories);
  return lhr;
}
const median = (values) => {
  const sorted = values.filter((v) => typeof v === 'number' && !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : NaN;
};
const figures = (runs) => ({
  performance: median(runs.map((l) => Math.round((l.categories.performance?.score ?? 0) * 100))),
  accessibility: median(runs.map((l) => Math.round((l.categories.accessibility?.score ?? 0) * 100))),
  'best-practices': median(runs.map((l) => Math.round((l.categories['best-practices']?.score ?? 0) * 100))),
  FCP: median(runs.map((l) => l.audits['first-contentful-paint']?.numericValue)),
  LCP: median(runs.map((l) => l.audits['largest-contentful-paint']?.numericValue)),
  TBT: median(runs.map((l) => l.audits['total-blocking-time']?.numericValue)),
  CLS: median(runs.map((l) => l.audits['cumulative-layout-shift']?.numericValue)),
});
const ms = (n) => (Number.isNaN(n) ? '?' : `${Math.round(n)} ms`);

const rows = [];
const problems = [];
const notes = [];
try {
  await measure(`${server.loopbackUrl}${routes[0]}`, ['performance']); // warm-up: the first run after launch is slow
  for (const route of routes) {
    const appRuns = [];
    const staticRuns = [];
    // Interleaved, so a burst of load on a shared machine hits both alike.
    for (let i = 0; i < RUNS; i++) {
      appRuns.push(await measureWithRetry(`${server.loopbackUrl}${route}`, Object.keys(BUDGET)));
      staticRuns.push(await measureWithRetry(`${staticServer.loopbackUrl}${route}`, ['performance']));
    }
    for (const lhr of appRuns) if (lhr.runtimeError) problems.push(`${route}: Lighthouse could not measure: ${lhr.runtimeError.code}`);
    const app = figures(appRuns);
    const ref = figures(staticRuns);
    const ratio = app.LCP / ref.LCP;
    rows.push({
      route,
      perf: app.performance,
      a11y: app.accessibility,
      bp: app['best-practices'],
      FCP: ms(app.FCP),
      LCP: ms(app.LCP),
      TBT: ms(app.TBT),
      'static TBT': ms(ref.TBT),
      CLS: Number(app.CLS.toFixed(3)),
      'static perf': ref.performance,
      'static FCP': ms(ref.FCP),
      'static LCP': ms(ref.LCP),
      'LCP ratio': Number(ratio.toFixed(2)),
    });
    for (const [k, min] of Object.entries(BUDGET)) {
      if (app[k] < min) {
        const lhr = appRuns.find((l) => Math.round((l.categories[k]?.score ?? 0) * 100) === app[k]) ?? appRuns[0];
        const failing = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 1 && lhr.categories[k].auditRefs.some((r) => r.id === a.id && r.weight > 0))
          .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
        problems.push(`${route} ${k} ${app[k]} < ${min}: ${failing.slice(0, 6).join(', ')}`);
      }
    }
    if (ref.performance < 100) {
      const lhr = staticRuns.find((l) => Math.round((l.categories.performance?.score ?? 0) * 100) === ref.performance) ?? staticRuns[0];
      const lost = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']
        .filter((id) => (lhr.audits[id]?.score ?? 1) < 1)
        .map((id) => `${id} (${lhr.audits[id].displayValue})`);
      notes.push(`${route} static page ${ref.performance}: ${lost.join(', ')}`);
    }
    if (!(app.TBT <= TBT_BUDGET)) problems.push(`${route} blocking time ${ms(app.TBT)} > ${TBT_BUDGET} ms (static page ${ms(ref.TBT)})`);
    if (app.CLS > 0) problems.push(`${route} CLS ${app.CLS.toFixed(3)} > 0`);
    if (!(ratio <= LCP_RATIO)) problems.push(`${route} LCP ${ms(app.LCP)} is ${ratio.toFixed(2)}x the static page's ${ms(ref.LCP)} (limit ${LCP_RATIO}x)`);
  }
} finally {
  await chrome.kill();
  await server.close();
  await staticServer.close();
  rmSync(staticDir, { recursive: true, force: true });
}
console.log(`\nLighthouse (mobile, simulated throttling, ${tls ? 'HTTP/2' : 'HTTP/1.1'}), medians of ${RUNS} run(s) per route; "static" is the same text as plain HTML`);
console.table(rows);
notes.forEach((n) => console.log(`  (reference) ${n}`));
problems.forEach((p) => console.log(`  ${p}`));
console.log(problems.length ? 'Some routes are over budget (see above).' : 'All routes within budget.');
process.exitCode = problems.length && !process.env.BENCH_REPORT_ONLY ? 1 : 0;

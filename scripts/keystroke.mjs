// Keystroke-to-paint in the plan editor with a plan of 200 actions, the CPU slowed 4x (as Lighthouse
// does for a mid-range phone). Serves the production build, puts a child and a 200-action plan in the
// browser's database, types into the middle action's "What" box and reads the browser's own Event
// Timing entries (the time from each key press to the next frame painted, as INP counts it).
//   npm run bench:typing            (needs a build: npm run build)
//   KEYS=40 ACTIONS=200 CPU=4 npm run bench:typing
// Budget: 50 ms at the median; prints median, 90th percentile and worst.
/* global indexedDB, requestAnimationFrame */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { findChromium, CHROMIUM_FLAGS } from './chromium.mjs';

const dir = process.env.BN_DIST ?? 'dist';
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No build in ${dir}: run "npm run build" first.`);
  process.exit(1);
}
const ACTIONS = Number(process.env.ACTIONS ?? 200);
const KEYS = Number(process.env.KEYS ?? 30);
const CPU = Number(process.env.CPU ?? 4);
const BUDGET_MS = 50;

const now = '2026-01-01T00:00:00.000Z';
const family = { id: 'f1', name: '', createdAt: now, updatedAt: now, activeChildId: 'c1' };
const child = { id: 'c1', familyId: 'f1', displayName: 'Sam', createdAt: now, updatedAt: now, answers: { nation: 'england', role: 'parent' }, kept: [] };
const actions = Array.from({ length: ACTIONS }, (_, i) => ({
  id: `a${i}`,
  what: `Step ${i + 1}: meet the SENCo and agree one small change to the timetable`,
  who: i % 2 ? 'School' : 'Parent',
  byWhen: '2026-02-01',
  status: 'not-started',
}));
const content = {
  strengths: [], interests: '', enjoys: '', barriers: [], childHard: '', childHelps: '', childChange: '', parentVoice: '',
  tried: [], helped: '', madeWorse: '', asks: [], actions, people: [], nextReview: '', meetingNotes: '',
};
const plan = { id: 'p1', familyId: 'f1', childId: 'c1', createdAt: now, updatedAt: now, cycles: [{ number: 1, startedAt: now, content }] };

const server = await startServer({ dir, port: 0 });
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
try {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${server.loopbackUrl}/`);
  await page.locator('h1').waitFor();
  await page.evaluate(
    async ({ family, child, plan }) => {
      const open = () =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('barriers-navigator');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => reject(req.error);
        });
      let db = await open();
      for (let i = 0; i < 50 && !db.objectStoreNames.contains('families'); i++) {
        db.close();
        await new Promise((r) => setTimeout(r, 100));
        db = await open();
      }
      const tx = db.transaction(['families', 'children', 'plans'], 'readwrite');
      tx.objectStore('families').put(family);
      tx.objectStore('children').put(child);
      tx.objectStore('plans').put(plan);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { family, child, plan },
  );
  await page.goto(`${server.loopbackUrl}/plan/c1`);
  const box = page.locator(`#plan-action-a${Math.floor(ACTIONS / 2)}-what`);
  await box.waitFor();
  await box.scrollIntoViewIfNeeded();
  await box.click();
  await page.keyboard.press('End');
  await page.evaluate(() => {
    globalThis.__keys = new Map();
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (!e.interactionId || !/^key/.test(e.name)) continue;
        globalThis.__keys.set(e.interactionId, Math.max(globalThis.__keys.get(e.interactionId) ?? 0, e.duration));
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  const text = ' and check in after two weeks';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.press(text[i % text.length] === ' ' ? 'Space' : text[i % text.length]);
    // One key at a time, as a person types: the next key after this one has painted.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  const reported = await page.evaluate(() => [...globalThis.__keys.values()]);
  // Event Timing leaves out interactions faster than 16 ms: count those as 16.
  const all = [...reported, ...Array(Math.max(0, KEYS - reported.length)).fill(16)].sort((a, b) => a - b);
  const pct = (p) => all[Math.min(all.length - 1, Math.floor((p / 100) * all.length))];
  const typed = await box.inputValue();
  if (!typed.includes(text.slice(0, Math.min(KEYS, text.length)))) console.log('Warning: not every key typed arrived in the box.');
  console.log(`Keystroke to paint, ${ACTIONS}-action plan, CPU ${CPU}x slower, ${KEYS} keys:`);
  console.log(`  median ${pct(50)} ms, 90th percentile ${pct(90)} ms, worst ${all[all.length - 1]} ms (budget ${BUDGET_MS} ms at the median)`);
  console.log(pct(50) <= BUDGET_MS ? 'Within budget.' : 'Over budget.');
  process.exitCode = pct(50) <= BUDGET_MS || !process.env.BENCH_STRICT ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { seedFromHome } from './support/seed';
import { child } from './support/robust';
import { sixMillionEmptyObjects } from '../support/hostile';

describe('huge files (fault 3)', () => {
  it('are checked without freezing the page, with a word about progress, and refused in plain words', async ({ openApp }) => {
    const { page, consoleErrors } = await openApp({ width: 800 });
    await seedFromHome(page, { children: [child()] });
    await page.goto('/settings');
    const box = page.getByLabel('Choose a file');
    await box.waitFor();
    const NOW = '2026-11-01T10:00:00.000Z';
    const files = {
      '100,000 children': { children: Array.from({ length: 100_000 }, (_, i) => ({ id: `c${i}`, displayName: `Child ${i}`, createdAt: NOW, updatedAt: NOW, answers: { nation: 'wales' }, kept: [] })) },
      'a million settings': { settings: Array.from({ length: 1_000_000 }, (_, i) => ({ id: `s${i}`, value: i })) },
    };
    for (const [name, data] of Object.entries(files)) {
      const text = JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 1, exportedAt: NOW, data });
      // Watch the page's own frames: a frozen page draws none.
      await page.evaluate(() => {
        const w = window as unknown as { __gap: number; __watch: boolean };
        w.__gap = 0;
        w.__watch = true;
        let last = performance.now();
        const tick = (t: number) => {
          w.__gap = Math.max(w.__gap, t - last);
          last = t;
          if (w.__watch) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const start = Date.now();
      // From a file on disk, as a person would choose it (not pushed through the page as a buffer).
      const folder = mkdtempSync(join(tmpdir(), 'bn-big-'));
      const path = join(folder, 'big.json');
      writeFileSync(path, text);
      await box.setInputFiles(path);
      await page.getByText(/This is a big file \(\d+ MB\)/).waitFor();
      await page
        .getByText(/too many (children|settings) in it/)
        .waitFor({ timeout: 150_000 })
        .catch(async (error: unknown) => {
          const status = await page.getByRole('status').allTextContents();
          throw new Error(`${name}: not refused; on screen: ${JSON.stringify(status)}; errors: ${JSON.stringify(consoleErrors)}`, { cause: error });
        });
      const took = Date.now() - start;
      // Only now: the page reads the file from disk while checking it, so it must still be there.
      rmSync(folder, { recursive: true, force: true });
      const gap = await page.evaluate(() => {
        const w = window as unknown as { __gap: number; __watch: boolean };
        w.__watch = false;
        return w.__gap;
      });
      console.log(`${name} (${(text.length / 1e6).toFixed(1)} MB): refused in ${took} ms; longest pause in drawing ${Math.round(gap)} ms`);
      expect(gap).toBeLessThan(1_000);
      expect(await box.isEnabled()).toBe(true);
    }
  }, 400_000);

  it('refuses files far beyond what a family saves (six million empty objects, 100,000 diary days) with no task on the page over 200 ms', async ({ openApp }) => {
    const { page } = await openApp({ width: 800 });
    await page.goto('/settings');
    const box = page.getByLabel('Choose a file');
    await box.waitFor();
    await page.waitForLoadState('networkidle');
    const NOW = '2026-11-01T10:00:00.000Z';
    const child = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: {}, kept: [] };
    const file = (data: unknown) => JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 1, exportedAt: NOW, data });
    const day = (i: number) => new Date(Date.UTC(2000, 0, 3) + i * 86_400_000).toISOString().slice(0, 10);
    const files = {
      'six million empty objects': { text: sixMillionEmptyObjects(), says: /far more than this app ever saves/ },
      '100,000 diary days': {
        text: file({ children: [child], attendance: Array.from({ length: 100_000 }, (_, i) => ({ id: `a${i}`, childId: 'c1', date: day(i), status: 'in', createdAt: NOW, updatedAt: NOW })) }),
        says: /too many days in an attendance diary/,
      },
    };
    const folder = mkdtempSync(join(tmpdir(), 'bn-big-'));
    try {
      for (const [name, { text, says }] of Object.entries(files)) {
        await page.evaluate(() => {
          const w = window as unknown as { __longest: number };
          w.__longest = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
          }).observe({ type: 'longtask' });
        });
        const path = join(folder, `${name}.json`);
        writeFileSync(path, text);
        await box.setInputFiles(path);
        await page.getByText(says).waitFor({ timeout: 150_000 });
        // A task is reported once it has ended: give the last one a frame to arrive.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const longest = await page.evaluate(() => (window as unknown as { __longest: number }).__longest);
        console.log(`${name} (${(text.length / 1e6).toFixed(1)} MB): longest task on the page ${Math.round(longest)} ms`);
        expect(longest).toBeLessThan(200);
        expect(await box.isEnabled()).toBe(true);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 300_000);
});

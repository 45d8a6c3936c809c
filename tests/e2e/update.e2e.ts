import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, waitForOfflineReady } from './support/app';
import { seedRecords } from './support/seed';
// @ts-expect-error plain JS module shared with the scripts
import { startServer } from '../../scripts/serve.mjs';

let browser: Browser;
let dir: string;
let server: { loopbackUrl: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchBrowser();
  // A copy of the build that this test can "deploy" a new version into.
  dir = mkdtempSync(join(tmpdir(), 'bn-update-'));
  cpSync(resolve(process.env.BN_DIST ?? 'dist'), dir, { recursive: true });
  server = await startServer({ dir, port: 0 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('app updates', () => {
  it('says once that the app works offline, then offers a new version without losing anything', async () => {
    const context = await browser.newContext({ baseURL: server.loopbackUrl, viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByText('The app is ready to use without a signal.').waitFor();
    await waitForOfflineReady(page);
    await page.getByRole('button', { name: 'OK' }).click();
    await seedRecords(page, {
      children: [{ id: 'c1', displayName: 'Sam', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', answers: { nation: 'wales' }, kept: [] }],
    });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByText('The app is ready to use without a signal.').count()).toBe(0);

    // A new version is deployed; the app notices when it next checks (here: on reload).
    appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
    await page.reload();
    await page.getByText('A new version of the app is ready. Your answers are saved.').waitFor();
    await page.getByRole('button', { name: 'Reload now' }).click();
    await page.waitForEvent('load');
    await page.getByRole('heading', { level: 1, name: /Help when your child/ }).waitFor();
    await page.getByText('Your answers about Sam are saved on this device.').waitFor();
    await expect.poll(() => page.getByText('A new version of the app is ready.').count()).toBe(0);
    await context.close();
  });
});

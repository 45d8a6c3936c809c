import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, waitForOfflineReady } from './support/app';
import { seedRecords } from './support/seed';
import { child, letter, readRecord } from './support/robust';
// @ts-expect-error plain JS module shared with the scripts
import { startServer } from '../../scripts/serve.mjs';

let browser: Browser;
let dir: string;
let server: { loopbackUrl: string; close: () => Promise<void> };

beforeAll(async () => {
  browser = await launchBrowser();
  // A copy of the build that this test can "deploy" a new version into.
  dir = mkdtempSync(join(tmpdir(), 'bn-update-typing-'));
  cpSync(resolve(process.env.BN_DIST ?? 'dist'), dir, { recursive: true });
  server = await startServer({ dir, port: 0 });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('an update while someone types in another tab', () => {
  it('saves what was typed and does not reload that tab under them', async () => {
    const context = await browser.newContext({ baseURL: server.loopbackUrl, viewport: { width: 800, height: 720 } });
    const a = await context.newPage();
    await a.goto('/');
    await a.getByText('The app is ready to use without a signal.').waitFor();
    await waitForOfflineReady(a);
    await a.getByRole('button', { name: 'OK' }).click();
    await seedRecords(a, { children: [child()], letters: [letter()] });

    const b = await context.newPage();
    await b.goto('/letters/l1');
    const box = b.getByLabel('Paragraph 1 of 2');
    await box.waitFor();

    // A new version is deployed; tab A finds it and the person there chooses to reload.
    appendFileSync(join(dir, 'sw.js'), '\n// next version\n');
    await a.reload();
    await a.getByText('A new version of the app is ready.').waitFor();

    // Meanwhile someone is typing in tab B.
    const words = ' We are asking for this because school is not working for Sam.';
    await box.click();
    await box.press('End');
    const typing = box.pressSequentially(words, { delay: 25 });
    await a.getByRole('button', { name: 'Reload now' }).click();
    await typing;

    // Tab A runs the new version; tab B kept every character and says a new version is in use.
    await a.getByRole('heading', { level: 1 }).waitFor();
    expect(await box.inputValue()).toBe(`First.${words}`);
    await b.getByText('A new version of the app has started in another tab.').waitFor();
    await expect.poll(async () => (await readRecord<ReturnType<typeof letter>>(b, 'letters', 'l1'))?.paragraphs[0]).toBe(`First.${words}`);
    // Reloading B when ready brings the words back from storage.
    await b.getByRole('button', { name: 'Reload now' }).click();
    await b.getByLabel('Paragraph 1 of 2').waitFor();
    expect(await b.getByLabel('Paragraph 1 of 2').inputValue()).toBe(`First.${words}`);
    await context.close();
  }, 120_000);
});

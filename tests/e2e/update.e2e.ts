import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForOfflineReady } from './support/app';
import { seedRecords } from './support/seed';

// This file's own copy of the build (servedCopy), so the test can deploy a new version without touching other tests.
describe('app updates', () => {
  it('says once that the app works offline, then offers a new version without losing anything', async ({ openApp, servedCopy }) => {
    const { page } = await openApp({ baseURL: servedCopy.url });
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
    appendFileSync(join(servedCopy.dir, 'sw.js'), '\n// next version\n');
    await page.reload();
    await page.getByText('A new version of the app is ready. Your answers are saved.').waitFor();
    // Listen before pressing: on a busy machine the reload can finish before a later listener starts.
    const reloaded = page.waitForEvent('load');
    await page.getByRole('button', { name: 'Reload now' }).click();
    await reloaded;
    await page.getByRole('heading', { level: 1, name: /Help when your child/ }).waitFor();
    await page.getByText('Your answers about Sam are saved on this device.').waitFor();
    await expect.poll(() => page.getByText('A new version of the app is ready.').count()).toBe(0);
  });
});

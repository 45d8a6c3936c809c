import { describe, expect } from 'vitest';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { waitForOfflineReady } from './support/app';
import { it } from './support/fixture';
import { seedRecords } from './support/seed';
import { child, letter, readRecord } from './support/robust';

// This file's own copy of the build (servedCopy), so the test can deploy a new version without touching other tests.
describe('an update while someone types in another tab', () => {
  it('saves what was typed and does not reload that tab under them', async ({ openApp, servedCopy }) => {
    const { page: a, context } = await openApp({ baseURL: servedCopy.url, width: 800 });
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
    appendFileSync(join(servedCopy.dir, 'sw.js'), '\n// next version\n');
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
  }, 120_000);
});

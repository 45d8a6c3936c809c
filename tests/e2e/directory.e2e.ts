import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { it } from './support/fixture';
import type { DirectoryFile } from '../../src/domain/councils/directory';
import { NATIONS } from '../../src/domain/nations';
import { axeViolations, expectNoHorizontalScroll, waitForOfflineReady } from './support/app';

const read = (nation: string) => JSON.parse(readFileSync(`src/content/directory/${nation}.json`, 'utf8')) as DirectoryFile;
const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

/** One council per nation with a checked page address (the directory may grow; the test follows it). */
const samples = NATIONS.map((nation) => {
  const entry = read(nation).councils.find((c) => c.page);
  if (!entry) throw new Error(`no council in ${nation} has a checked page`);
  return { nation, entry };
});

describe('checked council details, on a phone, offline', () => {
  for (const language of ['en', 'cy'] as const) {
    it(`shows each nation’s checked page with the day it was checked, in ${language === 'en' ? 'English' : 'Welsh'}, and axe finds nothing`, async ({ openApp }) => {
      const { page, context, foreignRequests, consoleErrors } = await openApp({ width: 320 });
      await page.goto('/help');
      await page.locator('h1').waitFor();
      await waitForOfflineReady(page);
      if (language === 'cy') {
        await page.getByLabel('Language').first().selectOption('cy');
        await page.locator('html[lang="cy"]').waitFor({ state: 'attached' });
      }
      await context.setOffline(true);
      for (const { entry } of samples) {
        await page.goto(`/help/councils/${entry.councilId}`);
        const link = page.locator(`a[href="${entry.page!.value}"]`).first();
        await link.waitFor();
        expect(await link.textContent()).toBe(host(entry.page!.value));
        const checked = language === 'en' ? 'Checked on 1 December 2026 on' : 'Gwiriwyd ar 1 Rhagfyr 2026 ar';
        expect(await page.getByText(`${checked} ${host(entry.page!.source)}.`).first().isVisible()).toBe(true);
        if (entry.advice?.phone) {
          expect(await page.locator(`a[href="tel:${entry.advice.phone.value.replace(/\s/g, '')}"]`).first().isVisible()).toBe(true);
        }
        expect(await axeViolations(page)).toEqual([]);
        await expectNoHorizontalScroll(page);
      }
      expect(foreignRequests).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }
});

describe('a checked detail more than a year old, on a phone', () => {
  const ni = read('northern-ireland').councils.find((c) => c.advice?.phone)!;
  const checked = ni.advice!.phone!.checked;
  /** A year and two months after the detail was checked. */
  const later = new Date(Date.UTC(Number(checked.slice(0, 4)) + 1, Number(checked.slice(5, 7)) + 1, 15, 12));

  it('says it may have changed and how to check it, in English and Welsh, and axe finds nothing', async ({ openApp }) => {
    const { page, foreignRequests, consoleErrors } = await openApp({ width: 320 });
    await page.clock.setFixedTime(later);
    await page.goto(`/help/councils/${ni.councilId}`);
    const site = host(ni.advice!.phone!.source);
    await page.getByText(`Checked more than a year ago, so it may have changed. Before you rely on it, open ${site}`).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    await page.getByLabel('Language').first().selectOption('cy');
    await page.getByText(`Cafodd ei wirio dros flwyddyn yn ôl, felly efallai ei fod wedi newid. Cyn dibynnu arno, agorwch ${site}`).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await expectNoHorizontalScroll(page);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

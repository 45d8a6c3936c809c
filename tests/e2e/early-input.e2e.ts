import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { it } from './support/fixture';

/** Holds back a screen's code (its chunk, by name) until the returned function is called. */
async function holdBackCode(page: Page, chunk: string): Promise<() => void> {
  let release = () => {};
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${chunk}-[^/]*\\.js$`), async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}

describe('what a person does before the app has taken over the page', () => {
  it('keeps words typed in the library search box before its code has arrived', async ({ openApp }) => {
    const { page, consoleErrors } = await openApp();
    const release = await holdBackCode(page, 'SupportRoutes');
    await page.goto('/support/library', { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Search').fill('bullying');
    release();
    // Once the library answers, it searches for what was typed: the other nations' rights go.
    await page.locator('a[href="/support/library/bullying-ni"]').waitFor();
    await page.locator('a[href="/support/library/ehc-needs-assessment"]').waitFor({ state: 'detached' });
    expect(await page.getByLabel('Search').inputValue()).toBe('bullying');
    expect(new URL(page.url()).searchParams.get('q')).toBe('bullying');
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the nation chosen on “Who can help” before its code has arrived', async ({ openApp }) => {
    const { page, consoleErrors } = await openApp();
    const release = await holdBackCode(page, 'ServicesRoutes');
    await page.goto('/help', { waitUntil: 'domcontentloaded' });
    await page.getByRole('radio', { name: 'Wales' }).check();
    release();
    // Once the screen answers, it shows the services for the nation chosen.
    await page.getByText('Services for families in Wales').waitFor();
    expect(await page.getByRole('radio', { name: 'Wales' }).isChecked()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('opens a link tapped before the code has arrived in the app itself, without loading the page again', async ({ openApp }) => {
    const { page, consoleErrors } = await openApp();
    const release = await holdBackCode(page, 'SupportRoutes');
    await page.goto('/support/library', { waitUntil: 'domcontentloaded' });
    const pagesLoaded: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'document') pagesLoaded.push(r.url());
    });
    await page.locator('a[href="/support/library/bullying-ni"]').click();
    release();
    await page.waitForURL((u) => u.pathname === '/support/library/bullying-ni');
    await page.getByRole('heading', { level: 1, name: 'Bullying: what the school must do' }).waitFor();
    expect(pagesLoaded).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

import { describe, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { pathIn } from '../../src/app/language';
import { MAIN_ROUTES } from '../../src/app/routeTable';
import { it } from './support/fixture';

/**
 * The Content-Security-Policy allows only the app's own scripts. Nothing of ours may trip it, not
 * even a library's harmless probe for `eval`: then a real violation (an injected script) stands out.
 * The listener is added before any of the page's own scripts run, on every page the context opens;
 * the browser's own console line for a violation (also written for one inside a worker) is caught too.
 */
async function watchViolations(context: BrowserContext, page: Page): Promise<() => Promise<string[]>> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const logged: string[] = [];
  const listen = (m: { text(): string }) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) logged.push(m.text());
  };
  page.on('console', listen);
  page.on('worker', (worker) => worker.on('console', listen));
  return async () => {
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return [...seen, ...logged.splice(0)];
  };
}

const NOW = '2026-11-01T10:00:00.000Z';
const backup = JSON.stringify({
  format: 'barriers-navigator-backup',
  schemaVersion: 1,
  exportedAt: NOW,
  data: { children: [{ id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'wales' }, kept: [] }] },
});

describe('Content-Security-Policy', () => {
  it('is never violated on any route, in English or in Welsh', async ({ openApp }) => {
    const { page, context } = await openApp();
    const violations = await watchViolations(context, page);
    const problems: string[] = [];
    for (const language of ['en', 'cy']) {
      for (const route of MAIN_ROUTES) {
        const address = pathIn(language, route);
        await page.goto(address);
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        // Every file the screen needs has arrived and run.
        await page.waitForLoadState('networkidle');
        for (const v of await violations()) problems.push(`${address}: ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('is not violated when a backup is opened on /settings or /session/receive (the checks run without eval)', async ({ openApp }) => {
    const problems: string[] = [];
    for (const route of ['/settings', '/session/receive']) {
      const { page, context } = await openApp();
      const violations = await watchViolations(context, page);
      await page.goto(route);
      await page.getByLabel('Choose a file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
      await page.getByText('The file has been opened and saved on this device.').first().waitFor();
      await page.waitForLoadState('networkidle');
      for (const v of await violations()) problems.push(`${route}: ${v}`);
    }
    expect(problems).toEqual([]);
  });
});

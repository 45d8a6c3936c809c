import type { Browser, BrowserContext } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser, openApp as openAppIn, type AppContext, type AppOptions } from './app';

/**
 * The one set-up for browser tests:
 *
 *   import { it } from './support/fixture';
 *   it('does something', async ({ openApp }) => {
 *     const { page } = await openApp();           // a fresh profile, 320 px wide
 *     const wide = await openApp({ width: 1024 }); // as many as the test needs
 *   });
 *
 * Chromium starts once per test file. Every context a test opens is closed after it, even when the
 * test fails, so one failure cannot leak into the next test.
 */
export const it = base.extend<{ browser: Browser; openApp: (options?: AppOptions) => Promise<AppContext> }>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a function needs from this pattern
    async ({}, provide) => {
      const browser = await launchBrowser();
      try {
        await provide(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'file' },
  ],
  openApp: async ({ browser }, provide) => {
    const opened: BrowserContext[] = [];
    try {
      await provide(async (options) => {
        const app = await openAppIn(browser, options);
        opened.push(app.context);
        return app;
      });
    } finally {
      await Promise.all(opened.map((context) => context.close().catch(() => undefined)));
    }
  },
});

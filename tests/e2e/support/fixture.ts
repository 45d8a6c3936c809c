import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { launchBrowser, openApp as openAppIn, type AppContext, type AppOptions } from './app';
// @ts-expect-error plain JS module shared with the scripts
import { startServer } from '../../../scripts/serve.mjs';

/** A copy of the build on its own server, which a test may change (to "deploy" a new version). */
interface ServedCopy {
  /** Where the copy is served, for `openApp({ baseURL })`. */
  url: string;
  /** The folder the copy is in: write to it and the next request sees the change. */
  dir: string;
}

type OpenApp = (options?: AppOptions) => Promise<AppContext>;

interface Fixtures {
  /** Flags added to the usual ones when Chromium starts for this file (e.g. a fake camera). */
  chromiumFlags: string[];
  browser: Browser;
  /** The test build with the right-to-left test language (npm run build:pseudo-rtl), or '' if not built. */
  pseudoRtlUrl: string;
  servedCopy: ServedCopy;
  openApp: OpenApp;
}

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
 *
 * Other set-ups, each only made for a file that asks for it:
 * - `openApp({ baseURL: pseudoRtlUrl })` with `({ openApp, pseudoRtlUrl })`: the right-to-left test build;
 * - `({ servedCopy })`: this file's own copy of the build on its own server (`openApp({ baseURL: servedCopy.url })`);
 * - Chromium started with more flags: `const it = base.extend({ chromiumFlags: [async ({}, use) => use([...]), { scope: 'file' }] })`.
 */
export const it = base.extend<Fixtures>({
  chromiumFlags: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a function needs from this pattern
    async ({}, provide) => provide([]),
    { scope: 'file' },
  ],
  browser: [
    async ({ chromiumFlags }, provide) => {
      const browser = await launchBrowser(chromiumFlags);
      try {
        await provide(browser);
      } finally {
        await browser.close();
      }
    },
    { scope: 'file' },
  ],
  pseudoRtlUrl: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a function needs from this pattern
    async ({}, provide) => provide(inject('pseudoRtlUrl')),
    { scope: 'file' },
  ],
  servedCopy: [
    // eslint-disable-next-line no-empty-pattern -- vitest reads the fixtures a function needs from this pattern
    async ({}, provide) => {
      const dir = mkdtempSync(join(tmpdir(), 'bn-served-copy-'));
      try {
        cpSync(resolve(process.env.BN_DIST ?? 'dist'), dir, { recursive: true });
        const server = (await startServer({ dir, port: 0 })) as { loopbackUrl: string; close: () => Promise<void> };
        try {
          await provide({ url: server.loopbackUrl, dir });
        } finally {
          await server.close();
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
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

import { defineConfig } from 'vitest/config';

/**
 * One journey of the built app (dist/) in each of the other browser engines: Firefox (Debian's
 * firefox-esr over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser through WebKitWebDriver,
 * under xvfb-run). The rest of the browser tests run in Chromium (vitest.e2e.config.ts).
 */
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.engine.ts'],
    environment: 'node',
    globalSetup: ['tests/engines/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // One engine at a time: two cores are shared with the rest of the machine.
    fileParallelism: false,
    retry: process.env.CI ? 1 : 0,
  },
});

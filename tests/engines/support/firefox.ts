import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import type { Engine } from './engine';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core (no geckodriver, no browser
 * download). A fresh profile, headless, with a phone-sized window.
 */
export async function launchFirefox(): Promise<Engine<ElementHandle>> {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`No Firefox at ${FIREFOX_PATH}: install it (on Debian: apt-get install firefox-esr) or set FIREFOX_PATH.`);
  }
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    defaultViewport: { width: 320, height: 720 },
    extraPrefsFirefox: {
      // No update checks, telemetry or other calls home on a machine with no network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  });
  const page: Page = await browser.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  const asFunction = (source: string) => new Function(`return (${source})`)() as (...args: unknown[]) => unknown;
  return {
    name: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async currentUrl() {
      return page.url();
    },
    run<T>(source: string, args: unknown[]) {
      return page.evaluate(asFunction(source), ...args) as Promise<T>;
    },
    async element(source, args) {
      const handle = await page.evaluateHandle(asFunction(source), ...args);
      const element = handle.asElement() as ElementHandle | null;
      if (!element) await handle.dispose();
      return element;
    },
    async click(element) {
      await element.click();
    },
    async type(element, text) {
      await element.type(text);
    },
    async upload(element, path) {
      await (element as ElementHandle<HTMLInputElement>).uploadFile(path);
    },
    errors: () => errors,
    async close() {
      await browser.close();
    },
  };
}

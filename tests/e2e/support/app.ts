import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, expect } from 'vitest';
// @ts-expect-error plain JS module shared with the scripts
import { CHROMIUM_FLAGS } from '../../../scripts/chromium.mjs';

export const baseUrl = () => inject('baseUrl');

/** Headless Chromium with the usual quiet flags, and any more a file asks for (e.g. a fake camera). */
export function launchBrowser(moreFlags: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), headless: true, args: [...(CHROMIUM_FLAGS as string[]), ...moreFlags] });
}

export interface AppContext {
  context: BrowserContext;
  page: Page;
  /** Every request that went anywhere but the app's own origin. */
  foreignRequests: string[];
  /** Console errors and uncaught exceptions (a Content-Security-Policy violation shows up here). */
  consoleErrors: string[];
}

export interface AppOptions {
  width?: number;
  height?: number;
  locale?: string;
  /** Another server than the one serving dist/ (the update test serves two builds). */
  baseURL?: string;
  /** false: a browser with JavaScript turned off (what the prerendered pages show on their own). */
  javaScript?: boolean;
  /** 'block': no service worker (screens checked one by one, with nothing cached in between). */
  serviceWorkers?: 'allow' | 'block';
}

/** A fresh profile on a phone-sized screen (320 px wide unless asked), watching for foreign requests. */
export async function openApp(
  browser: Browser,
  { width = 320, height = 720, locale = 'en-GB', baseURL, javaScript = true, serviceWorkers = 'allow' }: AppOptions = {},
): Promise<AppContext> {
  const origin = baseURL ?? baseUrl();
  const context = await browser.newContext({
    baseURL: origin,
    viewport: { width, height },
    locale,
    serviceWorkers,
    acceptDownloads: true,
    javaScriptEnabled: javaScript,
  });
  const foreignRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const consoleErrors: string[] = [];
  const watch = (p: Page) => {
    p.on('console', (m) => {
      // Going offline on purpose makes the browser log failed requests; those are expected.
      if (m.type() === 'error' && !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(m.text())) consoleErrors.push(m.text());
    });
    p.on('pageerror', (e) => consoleErrors.push(e.message));
  };
  context.on('page', watch);
  const page = await context.newPage();
  return { context, page, foreignRequests, consoleErrors };
}

/** Waits until the service worker is active and has precached the app. */
export async function waitForOfflineReady(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe with the WCAG 2.2 AA rules: returns the violations, each as "rule: where". */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}

/** The page does not scroll sideways: everything fits the viewport width. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

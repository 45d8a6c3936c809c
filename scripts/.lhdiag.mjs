import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';
import { CHROMIUM_FLAGS } from './chromium.mjs';
const server = await startServer({ dir: process.env.BN_DIST ?? 'dist', port: 0 });
const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] });
try {
  for (const route of (process.argv[2] ?? '/').split(',')) {
    const { lhr } = await lighthouse(`${server.loopbackUrl}${route}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'], formFactor: 'mobile' });
    const a = lhr.audits;
    console.log(route, 'perf', lhr.categories.performance.score, 'TBT', a['total-blocking-time'].numericValue, 'SI', a['speed-index'].numericValue, 'TTI', a['interactive']?.numericValue, 'maxFID', a['max-potential-fid']?.numericValue, 'FCP', a['first-contentful-paint'].numericValue, 'LCP', a['largest-contentful-paint'].numericValue, 'CLS', a['cumulative-layout-shift'].numericValue);
    console.log(' shifts', JSON.stringify(a['layout-shifts']?.details?.items?.map((i) => ({ score: i.score, node: i.node?.snippet?.slice(0, 120), sel: i.node?.selector, causes: i.subItems?.items?.map((s) => s.extra?.value ?? s.cause) })), null, 0));
    console.log(' lcp el', JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet?.slice(0, 150)));
    console.log(' lcp phases', JSON.stringify(a['largest-contentful-paint-element']?.details?.items?.[1]?.items));
    const reqs = a['network-requests'].details.items.map((r) => `${Math.round(r.networkRequestTime)}-${Math.round(r.networkEndTime)} ${r.resourceType} ${r.url.replace(server.loopbackUrl, '')} ${r.transferSize}`);
    console.log(reqs.join('\n'));
    const m = a.metrics.details.items[0]; console.log(' observed FCP', m.observedFirstContentfulPaint, 'LCP', m.observedLargestContentfulPaint, 'load', m.observedLoad, 'DCL', m.observedDomContentLoaded);
    console.log(' render-blocking', JSON.stringify(a['render-blocking-resources']?.details?.items?.map((i) => i.url)));
  }
} finally { await chrome.kill(); await server.close(); }

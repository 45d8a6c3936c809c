import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JS module shared with the scripts
import { CSP, SECURITY_HEADERS, startServer } from '../../../scripts/serve.mjs';

describe('hosting set-ups', () => {
  it('the nginx example and the _headers file send the same Content-Security-Policy as our server', () => {
    const nginx = readFileSync('docs/hosting/nginx.conf', 'utf8');
    const headers = readFileSync('public/_headers', 'utf8');
    const policies = [...nginx.matchAll(/Content-Security-Policy "([^"]+)"/g)].map((m) => m[1]);
    expect(policies.length).toBeGreaterThan(0);
    for (const p of policies) expect(p).toBe(CSP);
    expect(headers).toContain(`Content-Security-Policy: ${CSP}`);
    // Every security header our server sends, in _headers and in each nginx block that sets headers
    // (a location's add_header replaces the server's, so each repeats them all).
    const blocks = nginx.split(/\n\s*location\b/).filter((b) => b.includes('add_header'));
    expect(blocks.length).toBeGreaterThan(3);
    for (const [name, value] of Object.entries(SECURITY_HEADERS as Record<string, string>)) {
      expect(headers).toContain(`${name}: ${value}`);
      for (const b of blocks) expect(b).toContain(`add_header ${name} "${value}" always;`);
    }
    // The page's own <meta> policy is the same, less frame-ancestors (which a <meta> cannot carry).
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync('index.html', 'utf8'))![1];
    expect(`${meta}; frame-ancestors 'none'`).toBe(CSP);
    expect(headers).toMatch(/\/assets\/\*\n(?:.*\n)*?\s+Cache-Control: public, max-age=31536000, immutable/);
    expect(nginx).toContain('try_files $uri $uri.html $uri/index.html @app;');
  });

  it('let the app\'s own pages use the camera (to read hand-over codes), and no other origin', () => {
    const policy = (SECURITY_HEADERS as Record<string, string>)['Permissions-Policy']!;
    const features = Object.fromEntries(policy.split(/,\s*/).map((f) => f.split('=') as [string, string]));
    expect(features.camera).toBe('(self)');
    expect(features.microphone).toBe('()');
    expect(features.geolocation).toBe('()');
  });
});

describe('our server (scripts/serve.mjs)', () => {
  let server: { loopbackUrl: string; close: () => Promise<void> };
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'cy'));
    writeFileSync(join(dir, 'index.html'), '<h1>Home</h1>');
    writeFileSync(join(dir, 'plan.html'), '<h1>My plan</h1>');
    writeFileSync(join(dir, 'cy', 'plan.html'), '<h1>Fy nghynllun</h1>');
    writeFileSync(join(dir, 'app.html'), '<div id="root"></div>');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
    writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log("hello");'.repeat(50));
    server = await startServer({ dir, port: 0 });
  });
  afterAll(() => server.close());
  const get = (path: string, encoding = 'br, gzip') => fetch(`${server.loopbackUrl}${path}`, { headers: { 'Accept-Encoding': encoding } });

  it('serves the prerendered page for a clean address, the app shell for other app addresses, and 404 for missing files', async () => {
    expect(await (await get('/plan')).text()).toBe('<h1>My plan</h1>');
    expect(await (await get('/cy/plan')).text()).toBe('<h1>Fy nghynllun</h1>');
    expect(await (await get('/')).text()).toBe('<h1>Home</h1>');
    expect(await (await get('/plan/child-1')).text()).toBe('<div id="root"></div>');
    expect((await get('/assets/missing.js')).status).toBe(404);
  });

  it('caches hashed files for a year and asks again for pages and the service worker, with the policy on every response', async () => {
    const asset = await get('/assets/index-abc123.js');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const path of ['/', '/plan', '/sw.js', '/plan/child-1']) {
      const res = await get(path);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toBe(CSP);
    }
  });

  it('compresses with brotli where the browser takes it, else gzip', async () => {
    expect((await get('/assets/index-abc123.js', 'gzip, deflate, br')).headers.get('content-encoding')).toBe('br');
    expect((await get('/assets/index-abc123.js', 'gzip')).headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/index-abc123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toContain('console.log("hello")');
  });
});

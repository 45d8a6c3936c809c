// A small static server for the built app: serves dist/ (prerendered pages: /plan is plan.html),
// falls back to app.html for other app URLs, compresses with brotli or gzip, caches hashed files for a
// year and revalidates everything else, and sends the same Content-Security-Policy as a production host
// should (docs/hosting.md). No dependencies.
//   node scripts/serve.mjs [--port 4173] [--dir dist]
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
  "connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'self'; frame-ancestors 'none'";

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  // For browsers that predate frame-ancestors: the app is never shown inside another site's page.
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(self), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|txt)$/;
const compressed = new Map();
/** Compresses text files once (brotli, else gzip), as any real host would. */
function encode(file, body, accept) {
  if (!COMPRESSIBLE.test(file)) return { body };
  const kind = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined;
  if (!kind) return { body };
  // Keyed by content, so a file rebuilt while the server runs is never served from an old copy.
  const key = `${kind}:${file}:${createHash('sha1').update(body).digest('base64')}`;
  if (!compressed.has(key)) {
    compressed.set(
      key,
      kind === 'br' ? brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(body, { level: 9 }),
    );
  }
  return { body: compressed.get(key), encoding: kind };
}

/**
 * Starts the server; resolves with { url, close }. Port 0 picks a free port. With tls ({ key, cert })
 * it speaks HTTP/2 over TLS, as hosts do (the measurements use it; browsers speak HTTP/2 only over TLS).
 */
export function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1', tls } = {}) {
  const root = resolve(dir);
  const handle = async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
      let file = join(root, path);
      if (!file.startsWith(root)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      // The file itself, else the prerendered page (/plan is plan.html), else a folder's index.html.
      const isFile = async (f) => (await stat(f).catch(() => undefined))?.isFile() && f;
      const page = !/[/\\]$/.test(path) && (await isFile(`${file}.html`));
      const found = (await isFile(file)) || page || (await isFile(join(file, 'index.html')));
      if (found) file = found;
      else {
        // Other app addresses get the empty app shell; missing files get a 404.
        if (extname(path)) {
          res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
          return res.end('Not found');
        }
        file = (await isFile(join(root, 'app.html'))) || join(root, 'index.html');
      }
      const raw = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      // Hashed files never change: cache for a year. Pages and the service worker: always revalidate.
      const hashed = /[/\\]assets[/\\]/.test(file);
      const cache = hashed ? 'public, max-age=31536000, immutable' : 'no-cache';
      const { body, encoding } = encode(file, raw, String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': cache,
        Vary: 'Accept-Encoding',
        ...(encoding ? { 'Content-Encoding': encoding } : {}),
        ...SECURITY_HEADERS,
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Server error');
    }
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const scheme = tls ? 'https' : 'http';
      const url = `${scheme}://${host === '127.0.0.1' ? 'localhost' : host}:${address.port}`;
      resolvePromise({ url, loopbackUrl: `${scheme}://127.0.0.1:${address.port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > -1 ? process.argv[i + 1] : fallback;
  };
  const { url } = await startServer({ dir: arg('--dir', 'dist'), port: Number(arg('--port', process.env.PORT ?? 4173)) });
  console.log(`\nBarriers Navigator is running at ${url}/`);
  console.log('Open it in a browser. After the first visit it works offline. Press Ctrl+C to stop.\n');
}

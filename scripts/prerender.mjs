// Prerendering, as a Vite plugin: after the browser build, builds src/entry-server.tsx for Node,
// renders every page in STATIC_PAGES (src/app/prerenderTable.ts, from each feature's index.ts) in
// every language to HTML, and writes
//   dist/index.html, dist/<page>.html            English  (/ and /plan, /support/library, …)
//   dist/cy.html, dist/cy/<page>.html            Welsh    (/cy, /cy/plan, …)
//   dist/app.html                                the empty shell, for addresses that hold a person's
//                                                own records (/plan/<child>, …)
// Each page preloads (modulepreload) its feature's code and its locale files. The words come first:
// a prerendered page starts its code only once it has painted (assets/boot-*.js, a small classic
// script: no inline script under the Content-Security-Policy), so the stylesheet and the first paint
// never wait behind the code, and the code and preloads then load side by side. It runs before the
// service worker is generated, so the worker precaches every page.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, minify } from 'vite';

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decode = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/* global document, window, requestAnimationFrame */
/**
 * The page's boot script (written to assets/boot-*.js; a classic script, as no inline script is
 * allowed). It starts the app's code once the page's words have painted (the browser's
 * first-contentful-paint entry; a frame where that is not reported; at most a second): links the web
 * app manifest in data-manifest, adds a modulepreload for each file in data-preload, then the entry
 * module in data-entry. Starting earlier puts the code in the way of the words on a slow connection.
 *
 * Until the app has taken over the screen, React would drop what a person does, so this holds it: a
 * tap on a button (and a form is not sent the browser's own way, which would reload the page), and
 * what was chosen or typed in a field. window.__bnStarted (called by src/app/heldTap.ts once the
 * screen has been hydrated) hands them back, and the app replays them.
 */
function boot() {
  const d = document;
  const data = d.currentScript.dataset;
  const FIELDS = 'select,textarea,input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=button]):not([type=submit]):not([type=reset])';
  const values = new Map();
  let held;
  let started = false;
  const tap = (e) => {
    const button = e.target.closest && e.target.closest('button');
    if (!button) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    held = button;
  };
  const send = (e) => {
    e.preventDefault();
    held = e.submitter || held;
  };
  const edit = (e) => {
    if (e.target.matches && e.target.matches(FIELDS)) values.set(e.target, e.target.value);
  };
  const watch = [
    ['click', tap],
    ['submit', send],
    ['input', edit],
    ['change', edit],
  ];
  for (const [type, f] of watch) d.addEventListener(type, f, true);
  window.__bnStarted = () => {
    for (const [type, f] of watch) d.removeEventListener(type, f, true);
    const button = held && held.isConnected ? held : undefined;
    const fields = [...values].filter(([field]) => field.isConnected);
    held = undefined;
    values.clear();
    return { button, values: fields };
  };
  const start = () => {
    if (started) return;
    started = true;
    const add = (attributes) => d.head.append(Object.assign(d.createElement(attributes.tag), attributes.props));
    if (data.manifest) add({ tag: 'link', props: { rel: 'manifest', href: data.manifest } });
    for (const href of (data.preload || '').split(' ').filter(Boolean)) add({ tag: 'link', props: { rel: 'modulepreload', crossOrigin: '', href } });
    add({ tag: 'script', props: { type: 'module', crossOrigin: '', src: data.entry } });
  };
  try {
    new PerformanceObserver((list, observer) => {
      if (!list.getEntriesByName('first-contentful-paint').length) return;
      observer.disconnect();
      setTimeout(start);
    }).observe({ type: 'paint', buffered: true });
  } catch {
    requestAnimationFrame(() => setTimeout(start));
  }
  setTimeout(start, 1000);
}
const BOOT = `(${boot.toString()})();\n`;

export function prerender({ entry = 'src/entry-server.tsx' } = {}) {
  let config;
  return {
    name: 'barriers-navigator:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        if (config.build.ssr) return;
        const root = config.root;
        const outDir = resolve(root, config.build.outDir);
        const ssrDir = resolve(root, 'dist-ssr');
        await build({
          configFile: config.configFile,
          mode: config.mode,
          logLevel: 'warn',
          build: { ssr: entry, outDir: ssrDir, emptyOutDir: true, copyPublicDir: false, manifest: false },
        });
        const server = await import(pathToFileURL(join(ssrDir, 'entry-server.js')).href);
        const manifestFile = join(outDir, '.vite', 'manifest.json');
        const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const entryChunk = Object.values(manifest).find((c) => c.isEntry);
        const onFirstPage = new Set();
        const walk = (key, into) => {
          const chunk = manifest[key];
          if (!chunk || into.has(chunk.file)) return;
          into.add(chunk.file);
          for (const css of chunk.css ?? []) into.add(css);
          for (const dep of chunk.imports ?? []) walk(dep, into);
        };
        walk(entryChunk.src, onFirstPage);

        const { code: bootCode } = await minify('boot.js', BOOT, { compress: true, mangle: true });
        const bootFile = `assets/boot-${createHash('sha256').update(bootCode).digest('hex').slice(0, 8)}.js`;
        writeFileSync(join(outDir, bootFile), bootCode);
        const entryTag = new RegExp(`<script type="module" crossorigin src="/${entryChunk.file}"></script>`);
        if (!entryTag.test(template)) throw new Error('prerender: the entry script is not where it was expected in index.html');

        // The web app manifest (and the icon the browser fetches with it) is linked by the boot script
        // after the first paint, so neither competes with the words for a slow connection.
        const manifestTag = /\s*<link rel="manifest" href="([^"]*)">/;
        const manifestHref = manifestTag.exec(template)?.[1];
        if (!manifestHref) throw new Error('prerender: no manifest link in index.html');

        const appName = {};
        let pages = 0;
        for (const { code } of server.PAGE_LANGUAGES) {
          for (const path of server.STATIC_PAGES) {
            const { html, noscript, module, namespaces, dir } = await server.render(path, code);
            const preload = new Set();
            if (module) walk(module, preload);
            for (const ns of namespaces) {
              const chunk = manifest[`locales/${code}/${ns}.json`];
              if (chunk) preload.add(chunk.file);
            }
            // The screen's styles as stylesheets (no change of look when its code arrives); every script
            // it needs (the first page's and the screen's code and words) is preloaded by the boot script.
            const styles = [...preload].filter((f) => f.endsWith('.css') && !onFirstPage.has(f));
            const links = styles.map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`).join('\n    ');
            const scripts = [...new Set([...onFirstPage, ...preload])].filter((f) => f.endsWith('.js') && f !== entryChunk.file);
            const boot = `<script src="/${bootFile}" defer data-entry="/${entryChunk.file}" data-manifest="${manifestHref}" data-preload="${scripts.map((f) => `/${f}`).join(' ')}"></script>`;
            const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html);
            appName[code] ??= decode(/class="site-header__name"[^>]*>([\s\S]*?)<\/a>/.exec(html)?.[1] ?? 'Barriers Navigator');
            const title = h1 ? `${decode(h1[1])} – ${appName[code]}` : appName[code];
            const page = template
              .replace(entryTag, boot)
              .replace(/\s*<link rel="modulepreload" crossorigin href="[^"]*">/g, '')
              .replace(/<html lang="[^"]*" dir="[^"]*">/, `<html lang="${code}" dir="${dir}">`)
              .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
              .replace('</head>', links ? `  ${links}\n  </head>` : '</head>')
              .replace(manifestTag, '')
              .replace('<div id="root"></div>', `<div id="root">${html}</div>`)
              .replace(/<noscript>[\s\S]*?<\/noscript>/, `<noscript>${escapeHtml(noscript)}</noscript>`);
            const address = server.pathIn(code, path);
            const file = join(outDir, address === '/' ? 'index.html' : `${address.slice(1)}.html`);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, page);
            pages++;
          }
        }
        writeFileSync(join(outDir, 'app.html'), template);
        rmSync(join(outDir, '.vite'), { recursive: true, force: true });
        if (existsSync(ssrDir)) rmSync(ssrDir, { recursive: true, force: true });
        config.logger.info(`prerendered ${pages} pages`);
      },
    },
  };
}

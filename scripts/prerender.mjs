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
import { build } from 'vite';

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const decode = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Builds the page's boot script (src/boot/boot.ts: it starts the app's code once the words have
 * painted, and holds what a person does until the app has taken over) on its own, as one small
 * classic script (no inline script is allowed under the Content-Security-Policy), and returns its code.
 */
async function buildBoot(root) {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: { input: resolve(root, 'src/boot/boot.ts'), output: { format: 'iife' } },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`prerender: the boot script should be one file, not ${chunks.length}`);
  return chunks[0].code;
}

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

        const bootCode = await buildBoot(root);
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

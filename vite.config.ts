import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import languages from './locales/languages.json';
import { LANGUAGE_CACHE, LANGUAGE_FILES } from './src/ui/i18n/languageCache';
// @ts-expect-error plain JS module shared with the scripts
import { prerender } from './scripts/prerender.mjs';

/**
 * Languages a first visit downloads with the app (English and Welsh). Every other language's words,
 * pages and font are fetched when a person chooses it, then kept for offline by the service worker.
 */
const laterLanguages = Object.entries(languages as Record<string, { firstVisit?: boolean }>)
  .filter(([, l]) => !l.firstVisit)
  .map(([code]) => code);
const later = laterLanguages.join('|') || '-';
/** A file of a language chosen later: its words, its local packs, its font (its pages are drawn by the app). */
const LATER_FILE = new RegExp(`/assets/((locale|pack)-(${later})-|noto-nastaliq-)`);

/**
 * Writes /language-files.json: for each language chosen later, the files it needs (its words, its
 * local packs, and for Urdu its font), so choosing it can fetch all of them for offline at once.
 */
function languageFiles(): Plugin {
  return {
    name: 'barriers-navigator:language-files',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    generateBundle(_, bundle) {
      const files: Record<string, string[]> = Object.fromEntries(laterLanguages.map((code) => [code, []]));
      for (const { fileName } of Object.values(bundle)) {
        const code = /^assets\/(?:locale|pack)-([a-z]{2,3})-/.exec(fileName)?.[1];
        if (code && files[code]) files[code].push(`/${fileName}`);
        if (/^assets\/noto-nastaliq-/.test(fileName) && files.ur) files.ur.push(`/${fileName}`);
      }
      this.emitFile({ type: 'asset', fileName: LANGUAGE_FILES.slice(1), source: `${JSON.stringify(files, null, 1)}\n` });
    },
  };
}

export default defineConfig(({ command, isSsrBuild }) => ({
  resolve: {
    // react-router's package exports always point at its development build; the browser gets the production one.
    alias:
      command === 'build' && !isSsrBuild
        ? [
            { find: /^react-router$/, replacement: fileURLToPath(new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url)) },
            // react-i18next still imports the pre-React-18 shim; React 19 has the hook itself.
            { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: fileURLToPath(new URL('./src/vendor/use-sync-external-store-shim.ts', import.meta.url)) },
          ]
        : [],
  },
  plugins: [
    react(),
    languageFiles(),
    prerender(),
    VitePWA({
      // After prerendering, so the service worker precaches every prerendered page.
      integration: { closeBundleOrder: 'post' },
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'Barriers Navigator',
        short_name: 'Navigator',
        description: 'Help for families whose children are struggling to get to school.',
        lang: 'en-GB',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: '#1d4f6e',
        background_color: '#ffffff',
        categories: ['education', 'utilities'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Every route's code, every locale chunk, styles, icons and fonts: the whole app works offline.
        globPatterns: ['**/*.{js,css,html,json,png,svg,ico,woff2,webmanifest}'],
        // /plan is plan.html, /cy/plan is cy/plan.html (prerendered, found by the precache's clean URLs); any other address gets the empty shell.
        navigateFallback: '/app.html',
        navigateFallbackDenylist: [/^\/sw\.js$/, /^\/workbox-/],
        // A language chosen later is not in the first visit's download…
        globIgnores: laterLanguages.flatMap((code) => [`assets/locale-${code}-*`, `assets/pack-${code}-*`, `${code}.html`, `${code}/**`]).concat('assets/noto-nastaliq-*'),
        // …it is kept once fetched (src/app/downloadLanguage.ts fetches all of it when it is chosen).
        runtimeCaching: [
          {
            urlPattern: LATER_FILE,
            handler: 'CacheFirst',
            options: { cacheName: LANGUAGE_CACHE },
          },
        ],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    assetsInlineLimit: 0,
    // No list of every lazy chunk's dependencies in the first page's code (it cost about 1 KB gzip):
    // a prerendered page's boot script preloads all its screen needs, the service worker keeps every
    // file after the first visit, and a screen opened later fetches its shared pieces as it finds them.
    modulePreload: false,
    manifest: true,
    rolldownOptions: {
      output: {
        // Each language's files are named for it, so the service worker can tell which to precache.
        chunkFileNames: (chunk) => {
          const id = chunk.facadeModuleId ?? '';
          const locale = /locales[\\/]([a-z]{2,3})[\\/](\w+)\.json$/.exec(id);
          if (locale) return `assets/locale-${locale[1]}-${locale[2]}-[hash].js`;
          const pack = /local-packs[\\/](.+)\.([a-z]{2,3})\.json$/.exec(id);
          if (pack) return `assets/pack-${pack[2]}-${pack[1]}-[hash].js`;
          return 'assets/[name]-[hash].js';
        },
        // The shell's small shared pieces in one chunk with the English shell text, not many tiny ones
        // (each small file compresses worse and costs a request).
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: /src[\\/](app[\\/](i18n|language)|ui[\\/](primitives[\\/](Page|Loading|NotFound)|i18n[\\/](withLinks|LanguageSwitch|languages|bidi|pseudoRtl))|storage[\\/]react)\.tsx?$|locales[\\/](en[\\/]common|languages)\.json|node_modules[\\/]react-dom[\\/](index\.js|cjs[\\/]react-dom\.production\.js)$/,
            },
          ],
        },
      },
    },
  },
}));

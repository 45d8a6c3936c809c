import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
// @ts-expect-error plain JS module shared with the scripts
import { prerender } from './scripts/prerender.mjs';

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

/**
 * Renders a page of the app to HTML at build time (scripts/prerender.mjs), so the words arrive with
 * the page and the browser hydrates what is already there. The same components as in the browser;
 * only the router differs.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppShell } from './app/App';
import { i18next, LANGUAGES, setupI18n } from './app/i18n';
import { basenameFor, CODES, pathIn } from './app/language';
import { moduleFor, STATIC_PAGES } from './app/prerenderTable';
import { featureFor } from './app/routeTable';

export { STATIC_PAGES, pathIn };
/** The languages pages are prerendered in: each has its own addresses (a test build's extra language does not). */
export const PAGE_LANGUAGES = LANGUAGES.filter((l) => CODES.includes(l.code));

/** The home page's code, loaded like a feature's screen (src/app/routes.tsx): its page preloads it. */
const HOME_MODULE = 'src/app/Home.tsx';

let ready: Promise<unknown> | undefined;

/** The page's HTML (inside #root), the source module of its feature and the text it uses. */
export async function render(path: string, language: string) {
  ready ??= setupI18n(language);
  await ready;
  await i18next.changeLanguage(language);
  const feature = featureFor(path);
  const namespaces = ['common', ...(feature?.namespaces ?? (path === '/' ? ['home'] : []))];
  await i18next.loadNamespaces(namespaces);
  const basename = basenameFor(language) || undefined;
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={pathIn(language, path)} basename={basename}>
        <AppShell />
      </StaticRouter>
    </StrictMode>,
    // One piece of HTML: no boundary is held back for a script to fill in later (scripts inline are
    // not allowed by the Content-Security-Policy, and the page must read without JavaScript).
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const html = await new Response(prelude as unknown as ReadableStream).text();
  // What a browser without JavaScript says under the page: it can read it, but not fill anything in.
  await i18next.loadNamespaces('notices');
  const noscript = i18next.t('notices:noscript');
  if (/<script|<template/.test(html)) throw new Error(`${pathIn(language, path)}: the prerendered HTML still waits for a script`);
  return { html, noscript, module: moduleFor(feature) ?? (path === '/' ? HOME_MODULE : undefined), namespaces, dir: LANGUAGES.find((l) => l.code === language)?.dir ?? 'ltr' };
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../src/app/features';
import { FEATURE_BUILD, STATIC_PAGES } from '../../../src/app/prerenderTable';
import { featureFor, MAIN_ROUTES } from '../../../src/app/routeTable';

/**
 * Each feature's front door, src/features/<name>/index.ts, is the one place that says what the app
 * knows of it; the route table, the prerendered pages and docs/ARCHITECTURE.md follow from it.
 */
const root = join(__dirname, '..', '..', '..');
const featuresDir = join(root, 'src', 'features');
const folders = readdirSync(featuresDir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The rows of the "Screens by URL" table in docs/ARCHITECTURE.md, as [URL, folder]. */
function screensByUrl(doc: string): [string, string][] {
  const section = doc.split(/^## /m).find((s) => s.startsWith('Screens by URL\n'));
  if (!section) return [];
  return [...section.matchAll(/^\| `([^`]+)` \| `([^`]+)`/gm)].map((m) => [m[1]!, m[2]!]);
}

describe('one front door per feature', () => {
  it('every feature folder has an index.ts and is in the list of features', () => {
    expect(folders.filter((f) => !existsSync(join(featuresDir, f, 'index.ts')))).toEqual([]);
    expect(FEATURE_BUILD.map((b) => b.folder).sort()).toEqual([...folders].sort());
    expect(FEATURE_BUILD.map((b) => b.feature)).toEqual([...FEATURES]);
  });

  it('says only what the app and the build read (a misspelt field would be ignored)', () => {
    for (const { folder, feature, prerender } of FEATURE_BUILD) {
      for (const key of Object.keys(feature)) expect(['path', 'namespaces', 'load', 'pages', 'home'], `${folder}: feature.${key}`).toContain(key);
      for (const key of Object.keys(prerender)) expect(['module', 'alsoPrerendered', 'notPrerendered'], `${folder}: prerender.${key}`).toContain(key);
      for (const widget of feature.home ?? []) expect(Object.keys(widget).sort(), folder).toEqual(['load', 'namespaces', 'when']);
    }
  });

  it('names as its routes module the file it loads, and that file exists', () => {
    for (const { folder, prerender } of FEATURE_BUILD) {
      const text = readFileSync(join(featuresDir, folder, 'index.ts'), 'utf8');
      const loaded = /\bload: \(\) => import\('\.\/([^']+)'\)/.exec(text)?.[1];
      expect(prerender.module, folder).toBe(`src/features/${folder}/${loaded}.tsx`);
      expect(existsSync(join(root, prerender.module)), prerender.module).toBe(true);
    }
  });

  it('owns its pages: each is under its own prefix, and the app finds the feature from it', () => {
    const prefixes = FEATURES.map((f) => f.path);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const { feature, prerender } of FEATURE_BUILD) {
      const all = [...feature.pages, ...(prerender.alsoPrerendered ?? [])];
      for (const page of all) expect(featureFor(page), page).toBe(feature);
      for (const page of prerender.notPrerendered ?? []) expect(feature.pages, page).toContain(page);
      for (const page of prerender.alsoPrerendered ?? []) expect(feature.pages, page).not.toContain(page);
    }
  });

  it('prerenders every main page but those a feature draws only in the app, and the more pages features name', () => {
    expect(STATIC_PAGES).toEqual(expect.arrayContaining(['/', '/plan', '/support/library', '/support/guide', '/letters/dates', '/help/contacts']));
    expect(STATIC_PAGES).not.toContain('/session');
    expect(MAIN_ROUTES).toEqual(expect.arrayContaining(['/', '/session', '/session/receive', '/records', '/no-such-page']));
    expect(new Set(STATIC_PAGES).size).toBe(STATIC_PAGES.length);
  });

  it('docs/ARCHITECTURE.md "Screens by URL" lists every feature’s prefix and folder, and nothing else', () => {
    const rows = screensByUrl(readFileSync(join(root, 'docs', 'ARCHITECTURE.md'), 'utf8'));
    const documented = rows
      .filter(([url]) => url !== '/')
      .map(([url, folder]) => [url.replace(/\/\.\.\.$/, ''), folder])
      .sort();
    const expected = FEATURE_BUILD.map(({ feature, folder }) => [`/${feature.path}`, `src/features/${folder}`]).sort();
    expect(documented).toEqual(expected);
    expect(rows.find(([url]) => url === '/')?.[1]).toBe('src/app/Home.tsx');
  });
});

import type { Feature, FeatureIndex, Prerender } from './features';
import { FEATURE_ROUTES } from './routeTable';

/**
 * What the build needs to prerender pages (scripts/prerender.mjs through src/entry-server.tsx), kept
 * out of the browser's code: the `prerender` of each listed feature's index.ts. The indexes are
 * found by folder; only the features in the list (src/app/features.ts) count.
 */
const INDEXES = import.meta.glob<FeatureIndex>('../features/*/index.ts', { eager: true });

/** Each listed feature with its folder under src/features and what it tells the build. */
export const FEATURE_BUILD: { feature: Feature; folder: string; prerender: Prerender }[] = FEATURE_ROUTES.map((feature) => {
  const [file, index] = Object.entries(INDEXES).find(([, i]) => i.feature === feature) ?? [];
  if (!file || !index) throw new Error(`The feature at /${feature.path} is not exported as \`feature\` by an index.ts in src/features/<name>/`);
  return { feature, folder: file.split('/')[2]!, prerender: index.prerender };
});

/** The source module of the feature that owns an app path (for the page's preloads). */
export function moduleFor(feature: Feature | undefined): string | undefined {
  return FEATURE_BUILD.find((b) => b.feature === feature)?.prerender.module;
}

/**
 * Every page that has the same content for everyone, so is prerendered at build time: home, and for
 * each feature its pages (less those drawn only in the app) and the more pages it names.
 */
export const STATIC_PAGES: string[] = [
  '/',
  ...FEATURE_BUILD.flatMap(({ feature, prerender }) => [
    ...feature.pages.filter((p) => !prerender.notPrerendered?.includes(p)),
    ...(prerender.alsoPrerendered ?? []),
  ]),
];

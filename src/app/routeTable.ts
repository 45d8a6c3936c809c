import { FEATURES, type Feature } from './features';

/**
 * The app's route table, built from each feature's front door (src/app/features.ts), so that the
 * router, the build's prerendering and the browser tests all walk the same list. Each feature owns
 * the URLs below its prefix and is loaded lazily with its text (src/app/routes.tsx); any other
 * address shows "page not found".
 */
export const FEATURE_ROUTES: readonly Feature[] = FEATURES;

/** The feature that owns an app path (none for the home page and unknown addresses). */
export function featureFor(path: string): Feature | undefined {
  const first = path.split('/')[1];
  return FEATURE_ROUTES.find((f) => f.path === first);
}

/** Any address the app does not know shows "page not found". */
export const NOT_FOUND_EXAMPLE = '/no-such-page';

/**
 * An address under each feature's prefix that it does not know: it shows "page not found" too.
 * (This list and the next are for tests and the build; marked pure, they stay out of the browser's code.)
 */
export const NOT_FOUND_IN_FEATURES: string[] = /* @__PURE__ */ FEATURE_ROUTES.map((f) => `/${f.path}/no/such/page`);

/**
 * The main pages: home, every feature's pages, and "page not found". The every-route checks (axe,
 * print, 320 px, Welsh) visit each of them.
 */
export const MAIN_ROUTES: string[] = /* @__PURE__ */ mainRoutes();

function mainRoutes() {
  return ['/', ...FEATURE_ROUTES.flatMap((f) => f.pages), NOT_FOUND_EXAMPLE];
}

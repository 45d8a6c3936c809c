/**
 * The app's route table as plain data (no React), so that browser tests walk the same list the app
 * routes by. Each feature owns the URLs below its prefix and is loaded lazily with its text
 * (src/app/routes.tsx); `pages` are its screens a person reaches without an id (the build prerenders
 * them, and a few more: src/app/prerenderTable.ts).
 */
export const FEATURE_ROUTES = [
  { path: 'questions', feature: 'questionnaire', namespaces: ['questionnaire', 'forms'], pages: ['/questions'] },
  { path: 'support', feature: 'support', namespaces: ['support', 'questionnaire'], pages: ['/support', '/support/library'] },
  { path: 'plan', feature: 'plan', namespaces: ['plan', 'records', 'questionnaire', 'forms'], pages: ['/plan'] },
  { path: 'case', feature: 'case', namespaces: ['case', 'forms', 'questionnaire'], pages: ['/case'] },
  { path: 'letters', feature: 'letters', namespaces: ['letters', 'questionnaire', 'forms'], pages: ['/letters'] },
  { path: 'help', feature: 'services', namespaces: ['services', 'forms'], pages: ['/help'] },
  { path: 'records', feature: 'records', namespaces: ['records', 'questionnaire', 'forms'], pages: ['/records'] },
  { path: 'settings', feature: 'settings', namespaces: ['settings', 'notices', 'plan'], pages: ['/settings'] },
  { path: 'session', feature: 'session', namespaces: ['session', 'plan'], pages: ['/session', '/session/receive'] },
] as const;

export type FeatureRoute = (typeof FEATURE_ROUTES)[number];
export type FeatureName = FeatureRoute['feature'];

/** The feature that owns an app path (none for the home page and unknown addresses). */
export function featureFor(path: string): FeatureRoute | undefined {
  const first = path.split('/')[1];
  return FEATURE_ROUTES.find((f) => f.path === first);
}

/** Any address the app does not know shows "page not found". */
export const NOT_FOUND_EXAMPLE = '/no-such-page';

/**
 * The main pages: home, every feature's pages, and "page not found". The every-route browser
 * checks (axe, print, 320 px, Welsh) visit each of them.
 */
export const MAIN_ROUTES: string[] = ['/', ...FEATURE_ROUTES.flatMap((f) => f.pages), NOT_FOUND_EXAMPLE];

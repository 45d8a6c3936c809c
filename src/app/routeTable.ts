/**
 * The app's route table as plain data (no React), so that browser tests walk the same list the app
 * routes by. Each feature owns the URLs below its prefix and is loaded lazily with its text
 * (src/app/routes.tsx); `pages` are its screens a person reaches without an id. The build prerenders
 * `pages` and `alsoPrerendered` in every language (scripts/prerender.mjs), each preloading `module`
 * (the feature's source, as the build's manifest names it) and the text files in `namespaces`.
 */
export const FEATURE_ROUTES = [
  { path: 'questions', feature: 'questionnaire', module: 'src/features/questionnaire/QuestionnaireRoutes.tsx', namespaces: ['questionnaire'], pages: ['/questions'], alsoPrerendered: [] },
  { path: 'support', feature: 'support', module: 'src/features/support/SupportRoutes.tsx', namespaces: ['support', 'questionnaire'], pages: ['/support', '/support/library'], alsoPrerendered: ['/support/guide'] },
  { path: 'plan', feature: 'plan', module: 'src/features/plan/PlanRoutes.tsx', namespaces: ['plan', 'records', 'questionnaire'], pages: ['/plan'], alsoPrerendered: [] },
  { path: 'letters', feature: 'letters', module: 'src/features/letters/LettersRoutes.tsx', namespaces: ['letters', 'questionnaire'], pages: ['/letters'], alsoPrerendered: ['/letters/dates'] },
  { path: 'help', feature: 'services', module: 'src/features/services/ServicesRoutes.tsx', namespaces: ['services'], pages: ['/help'], alsoPrerendered: ['/help/contacts'] },
  { path: 'records', feature: 'records', module: 'src/features/records/RecordsRoutes.tsx', namespaces: ['records', 'questionnaire'], pages: ['/records'], alsoPrerendered: [] },
  { path: 'settings', feature: 'settings', module: 'src/features/settings/SettingsRoutes.tsx', namespaces: ['settings', 'plan'], pages: ['/settings'], alsoPrerendered: [] },
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

/** Every page that has the same content for everyone, so is prerendered at build time. */
export const STATIC_PAGES: string[] = ['/', ...FEATURE_ROUTES.flatMap((f) => [...f.pages, ...f.alsoPrerendered])];

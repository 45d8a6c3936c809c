import { FEATURE_ROUTES, type FeatureName } from './routeTable';

/**
 * What the build needs to prerender pages (scripts/prerender.mjs through src/entry-server.tsx), kept
 * out of the browser's code: each feature's source module (as the build's manifest names it, for the
 * page's preloads) and the pages beyond each feature's main ones that read the same for everyone.
 */
export const FEATURE_MODULES: Record<FeatureName, string> = {
  questionnaire: 'src/features/questionnaire/QuestionnaireRoutes.tsx',
  support: 'src/features/support/SupportRoutes.tsx',
  plan: 'src/features/plan/PlanRoutes.tsx',
  case: 'src/features/case/CaseRoutes.tsx',
  letters: 'src/features/letters/LettersRoutes.tsx',
  services: 'src/features/services/ServicesRoutes.tsx',
  records: 'src/features/records/RecordsRoutes.tsx',
  settings: 'src/features/settings/SettingsRoutes.tsx',
  session: 'src/features/session/SessionRoutes.tsx',
};

const ALSO_PRERENDERED = ['/support/guide', '/letters/dates', '/help/contacts'];

/**
 * A volunteer's session screens are forms that act on this device's session at once; they are drawn
 * by the app (from the app shell), so nothing on them can be tapped before their code is there.
 */
const NOT_PRERENDERED: FeatureName[] = ['session'];

/** Every page that has the same content for everyone, so is prerendered at build time. */
export const STATIC_PAGES: string[] = [
  '/',
  ...FEATURE_ROUTES.filter((f) => !NOT_PRERENDERED.includes(f.feature)).flatMap((f) => f.pages),
  ...ALSO_PRERENDERED,
];

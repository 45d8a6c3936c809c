/**
 * The questions (/questions).
 * This is the feature's front door: all the app knows of it (listed in src/app/features.ts, whose
 * types say what each field means). The app imports nothing else from this folder. It is on the
 * first page, so it holds plain data and loaders only: no screen code.
 */
export const feature = {
  path: 'questions',
  namespaces: ['questionnaire', 'forms', 'notices'],
  load: () => import('./QuestionnaireRoutes'),
  pages: ['/questions'],
} as const;

/** What the build needs to prerender its pages (never in the browser's code). */
export const prerender = {
  module: 'src/features/questionnaire/QuestionnaireRoutes.tsx',
} as const;

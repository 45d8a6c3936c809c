/**
 * The case (/case): each request a family made to the council, where it stands in its nation's law,
 * and what to do next. /case: the child's requests; /case/:caseId: where one stands.
 * This is the feature's front door: all the app knows of it (listed in src/app/features.ts, whose
 * types say what each field means). It is on the first page, so it holds plain data and loaders only.
 */
export const feature = {
  path: 'case',
  namespaces: ['case', 'forms', 'questionnaire', 'notices'],
  load: () => import('./CaseRoutes'),
  pages: ['/case'],
  // The next 14 days of the requests' dates, once a request is followed.
  home: [{ when: 'caseFollowed', load: () => import('../../ui/records/HomeCaseDates'), namespaces: ['case'] }],
} as const;

/** What the build needs to prerender its pages (never in the browser's code). */
export const prerender = {
  module: 'src/features/case/CaseRoutes.tsx',
} as const;

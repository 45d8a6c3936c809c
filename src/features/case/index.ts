/**
 * The case feature's front door: its routes (loaded lazily), the text it needs and the pages the
 * build prerenders. /case: the child's requests; /case/:caseId: where one stands.
 */
export const caseFeature = {
  path: 'case',
  feature: 'case',
  load: () => import('./CaseRoutes'),
  namespaces: ['case', 'forms', 'questionnaire'],
  pages: ['/case'],
} as const;

/**
 * The help a family can ask for: signposts, the library and the guides (/support).
 * This is the feature's front door: all the app knows of it (listed in src/app/features.ts, whose
 * types say what each field means). The app imports nothing else from this folder. It is on the
 * first page, so it holds plain data and loaders only: no screen code.
 */
export const feature = {
  path: 'support',
  namespaces: ['support', 'questionnaire', 'notices'],
  load: () => import('./SupportRoutes'),
  pages: ['/support', '/support/library'],
} as const;

/** What the build needs to prerender its pages (never in the browser's code). */
export const prerender = {
  module: 'src/features/support/SupportRoutes.tsx',
  alsoPrerendered: ['/support/guide'],
} as const;

/**
 * A volunteer's session and the hand-over (/session).
 * This is the feature's front door: all the app knows of it (listed in src/app/features.ts, whose
 * types say what each field means). The app imports nothing else from this folder. It is on the
 * first page, so it holds plain data and loaders only: no screen code.
 */
export const feature = {
  path: 'session',
  namespaces: ['session', 'plan'],
  load: () => import('./SessionRoutes'),
  pages: ['/session', '/session/receive'],
} as const;

/** What the build needs to prerender its pages (never in the browser's code). */
export const prerender = {
  module: 'src/features/session/SessionRoutes.tsx',
  /**
   * A volunteer's session screens are forms that act on this device's session at once; they are
   * drawn by the app (from the app shell), so nothing on them can be tapped before their code is there.
   */
  notPrerendered: ['/session', '/session/receive'],
} as const;

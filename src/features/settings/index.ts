/**
 * The settings: language and the family's data (/settings).
 * This is the feature's front door: all the app knows of it (listed in src/app/features.ts, whose
 * types say what each field means). The app imports nothing else from this folder. It is on the
 * first page, so it holds plain data and loaders only: no screen code.
 */
export const feature = {
  path: 'settings',
  namespaces: ['settings', 'notices', 'plan'],
  load: () => import('./SettingsRoutes'),
  pages: ['/settings'],
} as const;

/** What the build needs to prerender its pages (never in the browser's code). */
export const prerender = {
  module: 'src/features/settings/SettingsRoutes.tsx',
} as const;

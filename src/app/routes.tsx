import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../ui/Loading';
import { i18next } from './i18n';
import { Home } from './Home';
import { NotFound } from './NotFound';

/**
 * One lazily loaded module per feature; each owns the URLs below its prefix. This table is the one
 * list of routes: the router below, the build's prerendering (pages, and the code and text each
 * page preloads) and the tests all read it.
 *   /questions  questionnaire        src/features/questionnaire
 *   /support    signposts & library  src/features/support
 *   /plan       my plan              src/features/plan
 *   /letters    letters & dates      src/features/letters
 *   /help       who can help         src/features/services
 *   /settings   language & data      src/features/settings
 */
export const FEATURES = [
  {
    path: 'questions',
    module: 'src/features/questionnaire/QuestionnaireRoutes.tsx',
    load: () => import('../features/questionnaire/QuestionnaireRoutes'),
    namespaces: ['questionnaire'],
    pages: ['/questions'],
  },
  {
    path: 'support',
    module: 'src/features/support/SupportRoutes.tsx',
    load: () => import('../features/support/SupportRoutes'),
    namespaces: ['support', 'questionnaire'],
    pages: ['/support', '/support/library', '/support/guide'],
  },
  {
    path: 'plan',
    module: 'src/features/plan/PlanRoutes.tsx',
    load: () => import('../features/plan/PlanRoutes'),
    namespaces: ['plan'],
    pages: ['/plan'],
  },
  {
    path: 'letters',
    module: 'src/features/letters/LettersRoutes.tsx',
    load: () => import('../features/letters/LettersRoutes'),
    namespaces: ['letters', 'questionnaire'],
    pages: ['/letters', '/letters/dates'],
  },
  {
    path: 'help',
    module: 'src/features/services/ServicesRoutes.tsx',
    load: () => import('../features/services/ServicesRoutes'),
    namespaces: ['services'],
    pages: ['/help', '/help/contacts'],
  },
  {
    path: 'settings',
    module: 'src/features/settings/SettingsRoutes.tsx',
    load: () => import('../features/settings/SettingsRoutes'),
    namespaces: ['settings', 'plan'],
    pages: ['/settings'],
  },
] as const;

export type Feature = (typeof FEATURES)[number];

/** Every page that has the same content for everyone, so is prerendered at build time. */
export const STATIC_PAGES: string[] = ['/', ...FEATURES.flatMap((f) => f.pages)];

/** The feature that owns an app path (none for the home page and unknown addresses). */
export function featureFor(path: string): Feature | undefined {
  const first = path.split('/')[1];
  return FEATURES.find((f) => f.path === first);
}

/** Loads a feature's code and its text side by side, rather than one after the other. */
export function loadFeature(feature: Feature) {
  return Promise.all([feature.load(), i18next.loadNamespaces([...feature.namespaces]).catch(() => undefined)]).then(([m]) => m);
}

const screens = new Map(FEATURES.map((f) => [f.path, lazy(() => loadFeature(f))]));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<Home />} />
        {FEATURES.map((f) => {
          const Screen = screens.get(f.path)!;
          return <Route key={f.path} path={`${f.path}/*`} element={<Screen />} />;
        })}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

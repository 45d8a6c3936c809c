import { lazy, Suspense, type ComponentType } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../ui/Loading';
import { i18next } from './i18n';
import { Home } from './Home';
import { NotFound } from '../ui/NotFound';
import { FEATURE_ROUTES, type FeatureName, type FeatureRoute } from './routeTable';

/**
 * One lazily loaded module per feature; each owns the URLs below its prefix (src/app/routeTable.ts,
 * the one list of routes: the router below, the build's prerendering and the tests all read it):
 *   /questions  questionnaire        src/features/questionnaire
 *   /support    signposts & library  src/features/support
 *   /plan       my plan              src/features/plan
 *   /letters    letters & dates      src/features/letters
 *   /help       who can help         src/features/services
 *   /records    diary & contact log  src/features/records
 *   /settings   language & data      src/features/settings
 *   /session    volunteer sessions   src/features/session
 */
const LOADERS: Record<FeatureName, () => Promise<{ default: ComponentType }>> = {
  questionnaire: () => import('../features/questionnaire/QuestionnaireRoutes'),
  support: () => import('../features/support/SupportRoutes'),
  plan: () => import('../features/plan/PlanRoutes'),
  letters: () => import('../features/letters/LettersRoutes'),
  services: () => import('../features/services/ServicesRoutes'),
  records: () => import('../features/records/RecordsRoutes'),
  settings: () => import('../features/settings/SettingsRoutes'),
  session: () => import('../features/session/SessionRoutes'),
};

/** Loads a feature's code and its text side by side, rather than one after the other. */
export function loadFeature(route: FeatureRoute): Promise<{ default: ComponentType }> {
  return Promise.all([LOADERS[route.feature](), i18next.loadNamespaces([...route.namespaces]).catch(() => undefined)]).then(([m]) => m);
}

const SCREENS = FEATURE_ROUTES.map((f) => ({ path: f.path, Screen: lazy(() => loadFeature(f)) }));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<Home />} />
        {SCREENS.map(({ path, Screen }) => (
          <Route key={path} path={`${path}/*`} element={<Screen />} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

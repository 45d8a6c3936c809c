import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../ui/primitives/Loading';
import { loadFeature } from './loadFeature';
import { NotFound } from '../ui/primitives/NotFound';
import { FEATURE_ROUTES } from './routeTable';

export { loadFeature };

/**
 * The home page loads like a feature's screen: its code is not on every page's first download, and
 * its prerendered page preloads it (src/entry-server.tsx, HOME_MODULE).
 */
const Home = lazy(() => import('./Home').then((m) => ({ default: m.Home })));

/** Every feature's routes below its prefix; any other address shows "page not found". */
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

import { lazy, Suspense, useEffect } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../ui/Loading';
import { giveBack, takeHeld } from './heldTap';
import { loadFeature } from './loadFeature';
import { Home } from './Home';
import { NotFound } from '../ui/NotFound';
import { FEATURE_ROUTES } from './routeTable';

export { loadFeature };

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
      <TakenOver />
    </Suspense>
  );
}

/**
 * Drawn with the screen, so its effect runs once the screen has been hydrated (its code has arrived
 * and React has taken over its buttons). What a person did on the prerendered page before then (a tap, a choice) was held by
 * the page's boot script (React would drop it): it is given back here, once.
 */
function TakenOver() {
  useEffect(() => {
    giveBack(takeHeld());
  }, []);
  return null;
}

import { Suspense, useEffect, useState } from 'react';
import { UNSAFE_createBrowserHistory as createBrowserHistory, unstable_HistoryRouter as HistoryRouter } from 'react-router';
import { Loading } from '../ui/primitives/Loading';
import { ErrorBoundary } from './ErrorBoundary';
import { i18next } from './i18n';
import { basenameFor, pathIn, splitPath } from './language';
import { AppRoutes } from './routes';
import { Layout } from './Layout';

/** Everything inside the router: the same on the server (prerendering) and in the browser. */
export function AppShell() {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading />}>
        <Layout>
          <AppRoutes />
        </Layout>
      </Suspense>
    </ErrorBoundary>
  );
}

let madeHistory: ReturnType<typeof createBrowserHistory> | undefined;
/**
 * The browser's history, made when the app first draws rather than while its code is evaluated:
 * making it writes to the history entry, a slow step that would lengthen the page's longest turn.
 */
const browserHistory = () => (madeHistory ??= createBrowserHistory({ window, v5Compat: true }));

/**
 * The browser app. The router's basename follows the language (/cy for Welsh), so every link stays
 * in the chosen language; changing language swaps the address in place without reloading the screen.
 */
export function App({ language }: { language: string }) {
  const history = browserHistory();
  const [basename, setBasename] = useState(basenameFor(language));
  useEffect(() => {
    const follow = (lng: string) => {
      const next = basenameFor(lng);
      const { path } = splitPath(window.location.pathname);
      const target = pathIn(lng, path) + window.location.search + window.location.hash;
      if (target !== window.location.pathname + window.location.search + window.location.hash) {
        history.replace(target, window.history.state?.usr);
      }
      setBasename(next);
    };
    i18next.on('languageChanged', follow);
    return () => i18next.off('languageChanged', follow);
  }, [history]);
  return (
    <HistoryRouter history={history} basename={basename || undefined}>
      <AppShell />
    </HistoryRouter>
  );
}

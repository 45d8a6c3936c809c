import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../ui/Loading';
import { i18next } from './i18n';
import { Home } from './Home';
import { NotFound } from '../ui/NotFound';

/**
 * One lazily loaded module per feature; each owns the URLs below its prefix:
 *   /questions  questionnaire        src/features/questionnaire
 *   /support    signposts & library  src/features/support
 *   /plan       my plan              src/features/plan
 *   /letters    letters & dates      src/features/letters
 *   /help       who can help         src/features/services
 *   /settings   language & data      src/features/settings
 *   /session    volunteer sessions   src/features/session
 */
/** Loads a feature's code and its text side by side, rather than one after the other. */
function feature<T>(load: () => Promise<T>, namespaces: string[]): () => Promise<T> {
  return () => Promise.all([load(), i18next.loadNamespaces(namespaces).catch(() => undefined)]).then(([m]) => m);
}

const Questionnaire = lazy(feature(() => import('../features/questionnaire/QuestionnaireRoutes'), ['questionnaire']));
const Support = lazy(feature(() => import('../features/support/SupportRoutes'), ['support', 'questionnaire']));
const Plan = lazy(feature(() => import('../features/plan/PlanRoutes'), ['plan']));
const Letters = lazy(feature(() => import('../features/letters/LettersRoutes'), ['letters', 'questionnaire']));
const Services = lazy(feature(() => import('../features/services/ServicesRoutes'), ['services']));
const Session = lazy(feature(() => import('../features/session/SessionRoutes'), ['session', 'plan']));
const Settings = lazy(feature(() => import('../features/settings/SettingsRoutes'), ['plan']));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route index element={<Home />} />
        <Route path="questions/*" element={<Questionnaire />} />
        <Route path="support/*" element={<Support />} />
        <Route path="plan/*" element={<Plan />} />
        <Route path="letters/*" element={<Letters />} />
        <Route path="help/*" element={<Services />} />
        <Route path="settings/*" element={<Settings />} />
        <Route path="session/*" element={<Session />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

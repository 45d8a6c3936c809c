import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../ui/Loading';
import { Home } from './Home';
import { NotFound } from './NotFound';

/**
 * One lazily loaded module per feature; each owns the URLs below its prefix:
 *   /questions  questionnaire        src/features/questionnaire
 *   /support    signposts & library  src/features/support
 *   /plan       my plan              src/features/plan
 *   /letters    letters & dates      src/features/letters
 *   /help       who can help         src/features/services
 *   /settings   language & data      src/features/settings
 */
const Questionnaire = lazy(() => import('../features/questionnaire/QuestionnaireRoutes'));
const Support = lazy(() => import('../features/support/SupportRoutes'));
const Plan = lazy(() => import('../features/plan/PlanRoutes'));
const Letters = lazy(() => import('../features/letters/LettersRoutes'));
const Services = lazy(() => import('../features/services/ServicesRoutes'));
const Settings = lazy(() => import('../features/settings/SettingsRoutes'));

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
        <Route path="*" element={<NotFound />} />
      </Routes>
    </Suspense>
  );
}

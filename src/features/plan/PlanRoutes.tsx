import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from '../../ui/primitives/Loading';
import { NotFound } from '../../ui/primitives/NotFound';
import { PlanHome } from './PlanHome';
import './plan.css';

// The editor and the meeting pack load when opened: /plan itself (the first page many see) does not
// carry their code. Their addresses hold a family's own plan, so their code is already on the device
// (the service worker keeps it) whenever they are opened again.
const PlanEditor = lazy(() => import('./PlanEditor').then((m) => ({ default: m.PlanEditor })));
const PrintPreview = lazy(() => import('./PrintPreview').then((m) => ({ default: m.PrintPreview })));

/** My plan: /plan (children and import), /plan/:childId (editor), /plan/:childId/print (meeting pack). */
export default function PlanRoutes() {
  return (
    <div className="feature-plan">
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route index element={<PlanHome />} />
          <Route path=":childId" element={<PlanEditor />} />
          <Route path=":childId/print" element={<PrintPreview />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </div>
  );
}

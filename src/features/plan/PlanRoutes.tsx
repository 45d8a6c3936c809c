import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/NotFound';
import { PlanEditor } from './PlanEditor';
import { PlanHome } from './PlanHome';
import { PrintPreview } from './PrintPreview';
import './plan.css';

/** My plan: /plan (children and import), /plan/:childId (editor), /plan/:childId/print (meeting pack). */
export default function PlanRoutes() {
  return (
    <div className="feature-plan">
      <Routes>
        <Route index element={<PlanHome />} />
        <Route path=":childId" element={<PlanEditor />} />
        <Route path=":childId/print" element={<PrintPreview />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

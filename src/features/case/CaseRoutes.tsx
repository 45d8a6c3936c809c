import { Route, Routes } from 'react-router';
import { InEnglish } from '../../ui/i18n/InEnglish';
import { NotFound } from '../../ui/primitives/NotFound';
import { CaseList } from './CaseList';
import { CasePage } from './CasePage';
import './case.css';

/**
 * The case: /case (the active child's requests, and starting one in their nation's law) and
 * /case/:caseId (where one request stands, its dates, what to do if one passes, and what arrived).
 */
export default function CaseRoutes() {
  return (
    <div className="feature-case">
      <Routes>
        <Route index element={<InEnglish><CaseList /></InEnglish>} />
        <Route path=":caseId" element={<InEnglish><CasePage /></InEnglish>} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

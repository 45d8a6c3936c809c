import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/primitives/NotFound';
import { GuidePage } from './GuidePage';
import { LibraryItemPage } from './LibraryItemPage';
import { LibraryPage } from './LibraryPage';
import { ResultsPage } from './ResultsPage';
import './support.css';

/**
 * /support            the active child's signposts (ResultsPage)
 * /support/guide      the statutory route for a nation (?nation=england|wales|scotland|northern-ireland)
 * /support/library    every right and route, searchable (?q=, ?nation=)
 * /support/library/:id one signpost in full
 */
export default function SupportRoutes() {
  return (
    <div className="feature-support">
      <Routes>
        <Route index element={<ResultsPage />} />
        <Route path="guide" element={<GuidePage />} />
        <Route path="library" element={<LibraryPage />} />
        <Route path="library/:id" element={<LibraryItemPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

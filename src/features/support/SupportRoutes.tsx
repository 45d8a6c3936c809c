import { Route, Routes } from 'react-router';
import { InEnglish } from '../../ui/i18n/InEnglish';
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
        <Route index element={<InEnglish><ResultsPage /></InEnglish>} />
        <Route path="guide" element={<InEnglish><GuidePage /></InEnglish>} />
        <Route path="library" element={<InEnglish><LibraryPage /></InEnglish>} />
        <Route path="library/:id" element={<InEnglish><LibraryItemPage /></InEnglish>} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

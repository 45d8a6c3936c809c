import { Route, Routes } from 'react-router';
import { InEnglish } from '../../ui/i18n/InEnglish';
import { NotFound } from '../../ui/primitives/NotFound';
import { DatesPage } from './DatesPage';
import { DetailsPage } from './DetailsPage';
import { LetterEditor } from './LetterEditor';
import { LettersList } from './LettersList';
import { NewLetter } from './NewLetter';
import './letters.css';

/**
 * Letters: /letters (letters for the family's nation, and their saved ones), /letters/new/:templateId
 * (drafts one from the answers, then opens it), /letters/:letterId (editor, print, send, clock),
 * /letters/dates (every date from every sent letter), /letters/details (details for letters, asked once).
 */
export default function LettersRoutes() {
  return (
    <div className="feature-letters">
      <Routes>
        <Route index element={<InEnglish><LettersList /></InEnglish>} />
        <Route path="new/:templateId" element={<NewLetter />} />
        <Route path="dates" element={<InEnglish><DatesPage /></InEnglish>} />
        <Route path="details" element={<DetailsPage />} />
        <Route path=":letterId" element={<LetterEditor />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

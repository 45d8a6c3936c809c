import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/primitives/NotFound';
import { EndSessionPage } from './EndSessionPage';
import { HandoverPage } from './HandoverPage';
import { NotesPage } from './NotesPage';
import { ReceivePage } from './ReceivePage';
import { SessionHome } from './SessionHome';
import './session.css';

/**
 * A volunteer's session with one family, and hand-over between devices:
 *   /session            start a session ("I'm helping a family"), or what to do during one
 *   /session/notes      the volunteer's private notes (never printed, shared or handed over)
 *   /session/handover   give the family their data: a file, or QR codes for their phone
 *   /session/end        end the session: delete everything of it
 *   /session/receive    on the family's phone: read the codes (or a file) from the volunteer's device
 */
export default function SessionRoutes() {
  return (
    <div className="feature-session">
      <Routes>
        <Route index element={<SessionHome />} />
        <Route path="notes" element={<NotesPage />} />
        <Route path="handover" element={<HandoverPage />} />
        <Route path="end" element={<EndSessionPage />} />
        <Route path="receive" element={<ReceivePage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

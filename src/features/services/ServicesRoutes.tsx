import { Route, Routes } from 'react-router';
import { InEnglish } from '../../ui/i18n/InEnglish';
import { NotFound } from '../../ui/primitives/NotFound';
import { ContactEditPage } from './ContactEditPage';
import { ContactsPage } from './ContactsPage';
import { CouncilPage } from './CouncilPage';
import { HelpHome } from './HelpHome';
import { LocalPacksPage } from './LocalPacksPage';
import { LocalServiceEditPage } from './LocalServiceEditPage';
import './services.css';

/**
 * Who can help:
 *   /help                         find your council, national services, link to contacts
 *   /help/councils/:councilId     Local Offer / SENDIASS (or the nation's equivalent), local pack, save what you found
 *   /help/contacts                my contacts; /help/contacts/new; /help/contacts/:contactId (change)
 *   /help/packs                   local packs on this device: share (file, QR codes), add from another volunteer, remove
 *   /help/local-services/new      add a local service someone has checked (?council=<id>); /help/local-services/:packId/:serviceId (change)
 */
export default function ServicesRoutes() {
  return (
    <div className="feature-services">
      <Routes>
        <Route index element={<InEnglish><HelpHome /></InEnglish>} />
        <Route path="councils/:councilId" element={<InEnglish><CouncilPage /></InEnglish>} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/new" element={<ContactEditPage />} />
        <Route path="contacts/:contactId" element={<ContactEditPage />} />
        <Route path="packs" element={<LocalPacksPage />} />
        <Route path="local-services/new" element={<LocalServiceEditPage />} />
        <Route path="local-services/:packId/:serviceId" element={<LocalServiceEditPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

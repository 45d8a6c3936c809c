import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/NotFound';
import { ContactEditPage } from './ContactEditPage';
import { ContactsPage } from './ContactsPage';
import { CouncilPage } from './CouncilPage';
import { HelpHome } from './HelpHome';
import './services.css';

/**
 * Who can help:
 *   /help                         find your council, national services, link to contacts
 *   /help/councils/:councilId     Local Offer / SENDIASS (or the nation's equivalent), local pack, save what you found
 *   /help/contacts                my contacts; /help/contacts/new; /help/contacts/:contactId (change)
 */
export default function ServicesRoutes() {
  return (
    <div className="feature-services">
      <Routes>
        <Route index element={<HelpHome />} />
        <Route path="councils/:councilId" element={<CouncilPage />} />
        <Route path="contacts" element={<ContactsPage />} />
        <Route path="contacts/new" element={<ContactEditPage />} />
        <Route path="contacts/:contactId" element={<ContactEditPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

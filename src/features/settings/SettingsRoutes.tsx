import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/primitives/NotFound';
import { SettingsPage } from './SettingsPage';
import './settings.css';

export default function SettingsRoutes() {
  return (
    <div className="feature-settings">
      <Routes>
        <Route index element={<SettingsPage />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </div>
  );
}

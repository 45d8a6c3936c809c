import { Route, Routes } from 'react-router';
import { NotFound } from '../../ui/NotFound';
import { SettingsPage } from './SettingsPage';

export default function SettingsRoutes() {
  return (
    <Routes>
      <Route index element={<SettingsPage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { SettingsPage } from './SettingsPage';
import './settings.css';

export default function SettingsRoutes() {
  return (
    <Routes>
      <Route index element={<SettingsPage />} />
    </Routes>
  );
}

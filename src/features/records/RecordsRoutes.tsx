import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { DayPage } from './DayPage';
import { Diary } from './Diary';
import { LogPage } from './LogPage';
import { PicturesPage } from './PicturesPage';
import { Sections, useRecordsChild } from './shared';
import './records.css';

/** The record pages share a title, the lead and the links between them. */
function RecordsPage({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation('records');
  const { loading, child, name } = useRecordsChild();
  if (loading) return <Loading />;
  if (!child) {
    return (
      <Page title={t('title')}>
        <p>{t('noChild')}</p>
        <Link className="button" to="/questions/start">
          {t('startQuestions')}
        </Link>
      </Page>
    );
  }
  return (
    <Page title={name ? t('titleNamed', { name }) : t('title')}>
      <p className="lead no-print">{t('lead')}</p>
      <Sections />
      {children}
    </Page>
  );
}

/** /records/…: the attendance diary, the contact log and the pictures, for the active child. */
export default function RecordsRoutes() {
  return (
    <div className="feature-records">
    <Routes>
      <Route
        index
        element={
          <RecordsPage>
            <Diary />
          </RecordsPage>
        }
      />
      <Route
        path="log"
        element={
          <RecordsPage>
            <LogPage />
          </RecordsPage>
        }
      />
      <Route
        path="pictures"
        element={
          <RecordsPage>
            <PicturesPage />
          </RecordsPage>
        }
      />
      <Route path="day/:date" element={<DayGate />} />
    </Routes>
    </div>
  );
}

function DayGate() {
  const { t } = useTranslation('records');
  const { loading, child } = useRecordsChild();
  if (loading) return <Loading />;
  if (!child) {
    return (
      <Page title={t('title')}>
        <p>{t('noChild')}</p>
        <Link to="/questions/start">{t('startQuestions')}</Link>
      </Page>
    );
  }
  return <DayPage />;
}

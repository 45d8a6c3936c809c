import { useTranslation } from 'react-i18next';
import { Link, Route, Routes } from 'react-router';
import { Loading } from '../../ui/primitives/Loading';
import { NotFound } from '../../ui/primitives/NotFound';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { BundlePage } from './BundlePage';
import { DayPage } from './DayPage';
import { Diary } from './Diary';
import { LogPage } from './LogPage';
import { PicturesPage } from './PicturesPage';
import { RecordsChildProvider, Sections, useRecordsChild } from './shared';
import './records.css';

/** The record pages share a title, the lead and the links between them. */
function RecordsPage({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation('records');
  const { loading, failed, child, name } = useRecordsChild();
  if (failed) {
    // Never an empty diary or log: say the records could not be read, and offer nothing that saves.
    return (
      <Page title={name ? t('titleNamed', { name }) : t('title')}>
        <p key="lead" className="lead no-print">
          {t('lead')}
        </p>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (loading) {
    // The heading and what the diary is for, and the space of the "answer some questions first" words
    // (the likeliest next screen) held by a hidden copy: the prerendered page reads, and nothing moves
    // when it fills in (the keys keep the lead the same element).
    return (
      <Page title={t('title')}>
        <p key="lead" className="lead no-print">
          {t('lead')}
        </p>
        <div className="pending" key="pending">
          <Loading />
          <div aria-hidden="true">
            <p>{t('noChild')}</p>
            <Link className="button" to="/questions/start" tabIndex={-1}>
              {t('startQuestions')}
            </Link>
          </div>
        </div>
      </Page>
    );
  }
  if (!child) {
    return (
      <Page title={t('title')}>
        <p key="lead" className="lead no-print">
          {t('lead')}
        </p>
        <p key="none">{t('noChild')}</p>
        <Link key="start" className="button" to="/questions/start">
          {t('startQuestions')}
        </Link>
      </Page>
    );
  }
  return (
    <Page title={name ? t('titleNamed', { name }) : t('title')}>
      <p key="lead" className="lead no-print">
        {t('lead')}
      </p>
      <Sections />
      {children}
    </Page>
  );
}

/** /records/…: the attendance diary, the contact log and the pictures, for the active child. */
export default function RecordsRoutes() {
  return (
    <div className="feature-records">
    <RecordsChildProvider>
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
      <Route path="bundle/:caseId" element={<BundlePage />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
    </RecordsChildProvider>
    </div>
  );
}

function DayGate() {
  const { t } = useTranslation('records');
  const { loading, failed, child } = useRecordsChild();
  if (failed) {
    return (
      <Page title={t('title')}>
        <ReadFailed read={failed} />
      </Page>
    );
  }
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

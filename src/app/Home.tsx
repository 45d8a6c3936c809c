import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useList, useSession } from '../storage/react';
import { Page } from '../ui/Page';
import { withLinks } from '../ui/withLinks';
import { i18next } from './i18n';

/** Dates the family is waiting on (letters feature): its code and text load only when a letter was sent. */
const UpcomingDates = lazy(() => import('../features/letters/UpcomingDates'));
/** Follow-up dates from the contact log (records feature), with its words: loaded only once there is a child. */
const FollowUps = lazy(() =>
  Promise.all([import('../features/records/FollowUps'), i18next.loadNamespaces('records').catch(() => undefined)]).then(([m]) => m),
);

/** Dates of the family's requests in the next 14 days, with their words: loaded only once a request is followed. */
const CaseDates = lazy(() => import('../ui/HomeCaseDates'));

export function Home() {
  const { t } = useTranslation('common');
  const children = useList('children');
  const letters = useList('letters');
  const anySent = letters?.some((l) => l.sentOn) ?? false;
  const cases = useList('cases');
  // The requests page once a letter (a request among them) has been sent, or a request is being followed.
  const requests = anySent || !!cases?.length;
  // During a volunteer's session the home page never shows a child's name.
  const session = useSession();
  const latest = children?.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];

  return (
    <Page title={t('home.title')}>
      {latest && (
        <div className="panel panel--resume">
          <h2>{t('home.resume.heading')}</h2>
          <p>
            {latest.displayName && !session
              ? t('home.resume.bodyNamed', { name: latest.displayName })
              : t('home.resume.body')}
          </p>
          <Link className="button" to="/questions/resume">
            {t('home.resume.button')}
          </Link>
        </div>
      )}
      <p className="lead">{t('home.lead')}</p>
      <p>
        <Link className={latest ? 'button button--secondary' : 'button'} to="/questions/start">
          {latest ? t('home.startAnother') : t('home.start')}
        </Link>
      </p>
      <h2>{t('home.how.heading')}</h2>
      <ol className="steps">
        <li>{t('home.how.step1')}</li>
        <li>{t('home.how.step2')}</li>
        <li>{t('home.how.step3')}</li>
        <li>{t('home.how.step4')}</li>
      </ol>
      {!session && anySent && (
        <Suspense fallback={null}>
          <UpcomingDates />
        </Suspense>
      )}
      {!session && !!cases?.length && (
        <Suspense fallback={null}>
          <CaseDates />
        </Suspense>
      )}
      {!session && latest && (
        <Suspense fallback={null}>
          <FollowUps />
        </Suspense>
      )}
      {requests && (
        <p>
          <Link to="/case">{t('home.case.link')}</Link>
        </p>
      )}
      <h2>{t('home.record.heading')}</h2>
      <p>{t('home.record.body')}</p>
      <p>
        <Link to="/records">{t('home.record.link')}</Link>
      </p>
      <h2>{t('home.private.heading')}</h2>
      <p>{t('home.private.body')}</p>
      <h2>{t('home.browse.heading')}</h2>
      <p>
        {withLinks(t('home.browse.body'), { library: '/support/library', help: '/help' })}
      </p>
    </Page>
  );
}

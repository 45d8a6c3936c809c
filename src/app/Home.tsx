import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failedRead, useListRead, useSession } from '../storage/react';
import { ReadFailed } from '../ui/ReadFailed';
import { Page } from '../ui/Page';
import { withLinks } from '../ui/withLinks';
import { i18next } from './i18n';

/** Dates the family is waiting on (letters feature): its code and text load only when a letter was sent. */
const UpcomingDates = lazy(() => import('../features/letters/UpcomingDates'));
/** Follow-up dates from the contact log (records feature), with its words: loaded only once there is a child. */
const FollowUps = lazy(() =>
  Promise.all([import('../features/records/FollowUps'), i18next.loadNamespaces('records').catch(wordsLoadLater)]).then(([m]) => m),
);

/**
 * The records' words could not be loaded ahead of the code (offline before they were cached, say):
 * safe to go on, because the follow-ups ask i18next for their namespace again when they are drawn;
 * nothing is read or saved here.
 */
function wordsLoadLater() {}

export function Home() {
  const { t } = useTranslation('common');
  const childrenRead = useListRead('children');
  const lettersRead = useListRead('letters');
  const children = childrenRead.status === 'ready' ? childrenRead.value : undefined;
  const anySent = lettersRead.status === 'ready' && lettersRead.value.some((l) => l.sentOn);
  // What is saved could not be read: say so, never "start" as if nothing were saved.
  const failed = failedRead(childrenRead, lettersRead);
  // During a volunteer's session the home page never shows a child's name.
  const session = useSession();
  const latest = children?.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];

  return (
    <Page title={t('home.title')}>
      {failed && <ReadFailed read={failed} />}
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
      {!failed && (
        <p>
          <Link className={latest ? 'button button--secondary' : 'button'} to="/questions/start">
            {latest ? t('home.startAnother') : t('home.start')}
          </Link>
        </p>
      )}
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
      {!session && latest && (
        <Suspense fallback={null}>
          <FollowUps />
        </Suspense>
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

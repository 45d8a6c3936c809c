import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { failedRead, useListRead, useSession } from '../storage/react';
import { Page } from '../ui/primitives/Page';
import { withLinks } from '../ui/i18n/withLinks';
import type { HomeCondition } from './features';
import { loadFeature } from './loadFeature';
import { FEATURE_ROUTES } from './routeTable';

/** Shown only when what is saved could not be read: its code loads then, not with the first page. */
const ReadFailed = lazy(() => import('../ui/records/ReadFailed').then((m) => ({ default: m.ReadFailed })));

/**
 * What features show on the home page (the `home` of their index.ts): the dates the family waits on
 * once a letter was sent, the contact log's follow-ups once there is a child. Each one's code and
 * words load only when it is shown, and never during a volunteer's session.
 */
const WIDGETS = FEATURE_ROUTES.flatMap((f) => f.home ?? []).map((w) => ({ when: w.when, Widget: lazy(() => loadFeature(w)) }));

export function Home() {
  const { t } = useTranslation('home');
  const childrenRead = useListRead('children');
  const lettersRead = useListRead('letters');
  const casesRead = useListRead('cases');
  const children = childrenRead.status === 'ready' ? childrenRead.value : undefined;
  const anySent = lettersRead.status === 'ready' && lettersRead.value.some((l) => l.sentOn);
  const anyCase = casesRead.status === 'ready' && casesRead.value.length > 0;
  // What is saved could not be read: say so, never "start" as if nothing were saved.
  const failed = failedRead(childrenRead, lettersRead, casesRead);
  // During a volunteer's session the home page never shows a child's name.
  const session = useSession();
  const latest = children?.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const shown: Record<HomeCondition, boolean> = { letterSent: anySent, child: !!latest, caseFollowed: anyCase };

  return (
    <Page title={t('title')}>
      {failed && (
        <Suspense fallback={null}>
          <ReadFailed read={failed} />
        </Suspense>
      )}
      {latest && (
        <div className="panel panel--resume">
          <h2>{t('resume.heading')}</h2>
          <p>
            {latest.displayName && !session
              ? t('resume.bodyNamed', { name: latest.displayName })
              : t('resume.body')}
          </p>
          <Link className="button" to="/questions/resume">
            {t('resume.button')}
          </Link>
        </div>
      )}
      <p className="lead">{t('lead')}</p>
      {!failed && (
        <p>
          <Link className={latest ? 'button button--secondary' : 'button'} to="/questions/start">
            {latest ? t('startAnother') : t('start')}
          </Link>
        </p>
      )}
      <h2>{t('how.heading')}</h2>
      <ol className="steps">
        <li>{t('how.step1')}</li>
        <li>{t('how.step2')}</li>
        <li>{t('how.step3')}</li>
        <li>{t('how.step4')}</li>
      </ol>
      {!session &&
        WIDGETS.filter((w) => shown[w.when]).map(({ Widget }, i) => (
          <Suspense key={i} fallback={null}>
            <Widget />
          </Suspense>
        ))}
      {(anySent || anyCase) && (
        <p>
          <Link to="/case">{t('case.link')}</Link>
        </p>
      )}
      <h2>{t('record.heading')}</h2>
      <p>{t('record.body')}</p>
      <p>
        <Link to="/records">{t('record.link')}</Link>
      </p>
      <h2>{t('private.heading')}</h2>
      <p>{t('private.body')}</p>
      <h2>{t('browse.heading')}</h2>
      <p>
        {withLinks(t('browse.body'), { library: '/support/library', help: '/help' })}
      </p>
    </Page>
  );
}

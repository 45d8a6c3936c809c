import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LetterMilestone } from '../../domain/letters/clock';
import { CaseDates } from '../../ui/records/caseDates';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { MilestoneItem } from './ClockPanel';
import { letterTitle, useCalendar } from './shared';
import { useMilestones } from './useMilestones';

/** /letters/dates: every date from every sent letter, upcoming first, then the ones that have passed. */
export function DatesPage() {
  const { t } = useTranslation('letters');
  const data = useMilestones();
  const calendar = useCalendar();
  // A flag, not the words: the message must follow a change of language.
  const [saved, setSaved] = useState(false);
  if (!data || data.failed) {
    return (
      <Page title={t('dates.title')}>
        <Link className="back-link" to="/letters">
          {t('editor.back')}
        </Link>
        <p className="lead">{t('dates.lead')}</p>
        {data?.failed ? <ReadFailed read={data.failed} /> : <Loading />}
      </Page>
    );
  }
  const { upcoming, past, today } = data;

  const add = (list: LetterMilestone[], filename: string) => {
    calendar.download(list, filename);
    setSaved(true);
  };
  const item = (m: LetterMilestone) => (
    <MilestoneItem
      key={`${m.letterId}-${m.id}`}
      milestone={m}
      today={today}
      onAdd={() => add([m], `${m.id}.ics`)}
      extra={
        <p>
          {t('dates.letter', { title: letterTitle(t, m) })} <Link to={`/letters/${m.letterId}`}>{t('dates.openLetter')}</Link>
        </p>
      }
    />
  );

  return (
    <Page title={t('dates.title')}>
      <Link className="back-link" to="/letters">
        {t('editor.back')}
      </Link>
      <p className="lead">{t('dates.lead')}</p>
      <p role="status" className="status-message">
        {saved ? t('clock.calendarSaved') : ''}
      </p>
      {upcoming.length === 0 && past.length === 0 && <p>{t('dates.none')}</p>}
      {upcoming.length > 0 && (
        <>
          <h2>{t('dates.upcoming')}</h2>
          <ul className="milestones">{upcoming.map(item)}</ul>
          {upcoming.length > 1 && (
            <button type="button" className="button" onClick={() => add(upcoming, 'upcoming-dates.ics')}>
              {t('clock.addAll')}
            </button>
          )}
        </>
      )}
      {past.length > 0 && (
        <>
          <h2>{t('dates.past')}</h2>
          <ul className="milestones">{past.map(item)}</ul>
        </>
      )}
      <Suspense fallback={null}>
        <CaseDates headingKey="dates.heading" />
      </Suspense>
    </Page>
  );
}

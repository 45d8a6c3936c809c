import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { compareDates, todayIso } from '../../domain/dates';
import { givenName } from '../../domain/questionnaire/types';
import type { ContactLogRecord } from '../../domain/records/types';
import { getStorage } from '../../storage';
import { useListRead, type ReadFailure } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { contentT } from '../../ui/i18n/contentText';
import { downloadFollowUps } from './calendar';
import './records.css';

const HOW_MANY = 3;

/** The home page's next follow-up dates from the contact log (each child's, read through its index). */
export default function FollowUps() {
  const { t } = useTranslation('records');
  const date = useFormatDate();
  const read = useListRead('children');
  const children = read.status === 'ready' ? read.value : undefined;
  const [entries, setEntries] = useState<ContactLogRecord[] | undefined>();
  // The log could not be read: said, never shown as "no follow-ups" (`attempt` reads it again).
  const [failed, setFailed] = useState<ReadFailure | undefined>();
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!children) return;
    let live = true;
    const storage = getStorage();
    const retry = () => setAttempt((n) => n + 1);
    const load = () =>
      void Promise.all(children.map((c) => storage.listByChild('contactLog', c.id))).then(
        (lists) => {
          if (!live) return;
          setFailed(undefined);
          setEntries(lists.flat());
        },
        (error: unknown) => live && setFailed({ status: 'failed', error, retry }),
      );
    load();
    const off = storage.onChange('contactLog', load);
    return () => {
      live = false;
      off();
    };
  }, [children, attempt]);
  // The children could not be read: the home page says so itself (one panel, not two).
  if (read.status === 'failed') return null;
  if (failed) {
    return (
      <div className="feature-records upcoming-follow-ups">
        <ReadFailed read={failed} />
      </div>
    );
  }
  const today = todayIso();
  const next = (entries ?? [])
    .filter((e) => e.followUpOn && compareDates(e.followUpOn, today) >= 0)
    .sort((a, b) => compareDates(a.followUpOn!, b.followUpOn!))
    .slice(0, HOW_MANY);
  if (next.length === 0) return null;
  const nameOf = (childId: string) => {
    const c = children?.find((x) => x.id === childId);
    return (c && (givenName(c.answers) || c.displayName.trim())) || t('title');
  };
  return (
    <section className="feature-records upcoming-follow-ups" aria-labelledby="follow-ups-heading">
      <h2 id="follow-ups-heading">{t('followUps.heading')}</h2>
      <ul className="records-log">
        {next.map((e) => (
          <li key={e.id} className="records-log__item">
            <p>
              <strong>{t('followUps.item', { date: date(e.followUpOn!, 'long'), who: e.who || t('log.someone') })}</strong>
            </p>
            <p className="records-text">{t('followUps.about', { date: date(e.date), said: e.said })}</p>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('log.calendarNamed', { date: date(e.followUpOn!, 'long') })}
              onClick={() => {
                downloadFollowUps([e], contentT(t), nameOf(e.childId), date);
                setSaved(true);
              }}
            >
              {t('log.calendar')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="status-message">
        {saved ? t('log.calendarSaved') : ''}
      </p>
      <p>
        <Link to="/records/log">{t('followUps.openLog')}</Link>
      </p>
    </section>
  );
}

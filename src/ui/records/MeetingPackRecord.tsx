import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { addWeeks, compareDates, todayIso } from '../../domain/dates';
import { roundPercent, summarise } from '../../domain/records/attendance';
import { failedRead, useChildListRead } from '../../storage/react';
import { ReadFailed } from './ReadFailed';
import { useFormatDate } from '../i18n/useFormatDate';
import { WeekdayChart, WeeklyChart } from './Charts';

const KEY_ENTRIES = 5;

/**
 * The meeting pack's record: the attendance picture (each week, and which days go worst) from the
 * diary, and the key entries of the contact log (those marked for the pack, else the latest).
 */
export function MeetingPackRecord({ childId }: { childId: string }) {
  const { t } = useTranslation('records');
  const date = useFormatDate();
  const attendanceRead = useChildListRead('attendance', childId);
  const logRead = useChildListRead('contactLog', childId);
  const attendance = attendanceRead.status === 'ready' ? attendanceRead.value : undefined;
  const log = logRead.status === 'ready' ? logRead.value : undefined;
  const today = useMemo(() => todayIso(), []);
  const summary = useMemo(() => {
    if (!attendance?.length) return undefined;
    const earliest = attendance.reduce((min, a) => (a.date < min ? a.date : min), today);
    const yearAgo = addWeeks(today, -52);
    return summarise(attendance, { start: compareDates(earliest, yearAgo) < 0 ? yearAgo : earliest, end: today });
  }, [attendance, today]);
  // Could not read the diary or the log: say so (never "nothing recorded"), so the pack is not printed as if empty.
  const failed = failedRead(attendanceRead, logRead);
  if (failed) return <ReadFailed read={failed} />;
  if (attendance === undefined || log === undefined) return null;
  const marked = log.filter((e) => e.key);
  const entries = (marked.length ? marked : log)
    .slice()
    .sort((a, b) => compareDates(b.date, a.date))
    .slice(0, KEY_ENTRIES);
  const hasPicture = summary && summary.overall.percent !== null;

  return (
    <section className="plan-view__section meeting-pack-record">
      <h2>{t('pack.heading')}</h2>
      {!hasPicture && entries.length === 0 && <p>{t('pack.none')}</p>}
      {hasPicture && (
        <>
          <p>
            {t('pictures.overall', {
              percent: roundPercent(summary.overall.percent!),
              possible: summary.overall.possible,
              missed: summary.overall.missed,
              part: summary.overall.part,
              late: summary.overall.late,
              notRecorded: summary.overall.notRecorded,
            })}
          </p>
          <WeeklyChart summary={summary} />
          <WeekdayChart summary={summary} />
        </>
      )}
      {entries.length > 0 && (
        <>
          <h3>{t('pack.keyContacts')}</h3>
          <ul>
            {entries.map((e) => (
              <li key={e.id}>
                <strong>{t('log.entry', { date: date(e.date, 'long'), how: t(`log.ways.${e.how}`), who: e.who })}</strong>
                <span className="records-text"> {e.said}</span>
                {e.agreed && <span className="records-text"> {e.agreed}</span>}
                {e.followUpOn && <span> {t('log.followUpOn', { date: date(e.followUpOn, 'long') })}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { addDays, compareDates, isIsoDate } from '../../domain/dates';
import { newId, nowIso } from '../../domain/ids';
import { latestByDate, roundPercent, summarise, weekStart } from '../../domain/records/attendance';
import { findCode } from '../../domain/records/codes';
import { DAY_STATUSES, type AttendanceRecord, type DayStatus } from '../../domain/records/types';
import { getStorage } from '../../storage';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { contentT } from '../../ui/i18n/contentText';
import { useReasonLabel, useRecordsChild } from './shared';

/** One school week, Monday to Friday: one tap a day, and a quick way to fill in a missed week. */
export function Diary() {
  const { t } = useTranslation('records');
  const date = useFormatDate();
  const reasonLabel = useReasonLabel();
  const { child, attendance, today } = useRecordsChild();
  const [params, setParams] = useSearchParams();
  const asked = params.get('week');
  const monday = weekStart(asked && isIsoDate(asked) && compareDates(asked, today) <= 0 ? asked : today);
  const days = [0, 1, 2, 3, 4].map((i) => addDays(monday, i));
  const byDate = useMemo(() => latestByDate(attendance), [attendance]);
  const week = useMemo(() => summarise(attendance, { start: monday, end: addDays(monday, 4) }), [attendance, monday]);
  // Flags and values, not words: messages must follow a change of language.
  const [message, setMessage] = useState<{ kind: 'saved'; date: string; status: DayStatus } | { kind: 'failed' } | { kind: 'filled'; count: number } | undefined>();
  const [fillWith, setFillWith] = useState<DayStatus>('in');
  if (!child) return null;

  const record = (d: string, status: DayStatus): AttendanceRecord => {
    const had = byDate.get(d);
    const now = nowIso();
    return had ? { ...had, status, updatedAt: now } : { id: newId(), childId: child.id, date: d, status, createdAt: now, updatedAt: now };
  };
  const tap = (d: string, status: DayStatus) => {
    getStorage()
      .put('attendance', record(d, status))
      .then(
        () => setMessage({ kind: 'saved', date: d, status }),
        () => setMessage({ kind: 'failed' }),
      );
  };
  const empty = days.filter((d) => compareDates(d, today) <= 0 && !byDate.has(d));
  const fill = () => {
    if (empty.length === 0) return setMessage({ kind: 'filled', count: 0 });
    getStorage()
      .putMany({ attendance: empty.map((d) => record(d, fillWith)) })
      .then(
        () => setMessage({ kind: 'filled', count: empty.length }),
        () => setMessage({ kind: 'failed' }),
      );
  };
  const goTo = (d: string) => setParams(d === weekStart(today) ? {} : { week: d });

  return (
    <section aria-labelledby="diary-week">
      <h2 id="diary-week">{t('week.heading', { date: date(monday) })}</h2>
      <div className="button-row records-weeknav">
        <button type="button" className="button button--secondary" onClick={() => goTo(addDays(monday, -7))}>
          {t('week.previous')}
        </button>
        {compareDates(monday, weekStart(today)) < 0 && (
          <>
            <button type="button" className="button button--secondary" onClick={() => goTo(addDays(monday, 7))}>
              {t('week.next')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => goTo(weekStart(today))}>
              {t('week.thisWeek')}
            </button>
          </>
        )}
      </div>
      <p>{week.overall.percent === null ? t('week.none') : t('week.percent', { percent: roundPercent(week.overall.percent) })}</p>
      <ol className="records-days">
        {days.map((d) => {
          const entry = byDate.get(d);
          const future = compareDates(d, today) > 0;
          const code = findCode(entry?.schoolCode);
          return (
            <li key={d} className="records-day">
              <fieldset disabled={future} aria-describedby={future ? `future-${d}` : undefined}>
                <legend>{date(d, 'long')}</legend>
                {future ? (
                  <p className="hint" id={`future-${d}`}>
                    {t('week.future')}
                  </p>
                ) : (
                  <div className="records-chips">
                    {DAY_STATUSES.map((s) => (
                      <label key={s} className={`records-chip records-chip--${s}`}>
                        <input type="radio" name={`day-${d}`} value={s} checked={entry?.status === s} onChange={() => tap(d, s)} />
                        <span>{t(`status.${s}`)}</span>
                      </label>
                    ))}
                  </div>
                )}
              </fieldset>
              {!future && (
                <p className="records-day__more">
                  {entry?.reason && <span>{t('week.reason', { reason: reasonLabel(entry.reason) })} </span>}
                  {code && <span>{t('week.code', { code: contentT(t)(`codes.${code.id}`) })} </span>}
                  <Link to={`/records/day/${d}`} aria-label={t('week.detailsFor', { date: date(d, 'long') })}>
                    {t('week.details')}
                  </Link>
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <p role="status" className="status-message">
        {message?.kind === 'saved'
          ? t('week.saved', { date: date(message.date, 'long'), status: t(`status.${message.status}`) })
          : message?.kind === 'failed'
            ? t('week.saveFailed')
            : message?.kind === 'filled'
              ? message.count
                ? t('fill.done', { count: message.count })
                : t('fill.nothing')
              : ''}
      </p>
      <section className="panel records-fill" aria-labelledby="fill-heading">
        <h3 id="fill-heading">{t('fill.heading')}</h3>
        <p className="hint" id="fill-hint">
          {t('fill.hint')}
        </p>
        <label htmlFor="fill-with">{t('fill.label')}</label>
        <select id="fill-with" value={fillWith} aria-describedby="fill-hint" onChange={(e) => setFillWith(e.target.value as DayStatus)}>
          {DAY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <p>
          <button type="button" className="button" onClick={fill}>
            {t('fill.button')}
          </button>
        </p>
      </section>
    </section>
  );
}

import { useLayoutEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addWeeks, compareDates } from '../../domain/dates';
import { checkTerm, codeMismatches, reasonsOverTime, roundPercent, summarise, weekStart, type Term } from '../../domain/records/attendance';
import { diaryCsv, logCsv } from '../../domain/records/csv';
import { downloadFile } from '../../ui/primitives/download';
import { contentT } from '../../ui/i18n/contentText';
import { MismatchChart, ReasonsChart, WeekdayChart, WeeklyChart } from '../../ui/records/Charts';
import { useReasonLabel, useRecordsChild } from './shared';

/** The term to show first: from the first day recorded (at most a year back) to today. */
function firstTerm(dates: string[], today: string): Term {
  const earliest = dates.reduce((min, d) => (d < min ? d : min), today);
  const yearAgo = addWeeks(today, -52);
  const start = dates.length ? (compareDates(earliest, yearAgo) < 0 ? yearAgo : earliest) : weekStart(addWeeks(today, -5));
  return { start, end: today };
}

/** /records/pictures — the pattern as pictures (each with a table), and the diary and log as CSV files. */
export function PicturesPage() {
  const { t } = useTranslation('records');
  const reasonLabel = useReasonLabel();
  const { child, attendance, log, today } = useRecordsChild();
  const initial = useMemo(() => firstTerm(attendance.map((a) => a.date), today), [attendance, today]);
  const [chosen, setChosen] = useState<Term | undefined>();
  const [saved, setSaved] = useState(false);
  const term = chosen ?? initial;
  const problem = checkTerm(term, attendance);
  const drawn = useMemo(() => {
    if (problem) return undefined;
    if (typeof performance !== 'undefined') {
      performance.clearMarks('records:data');
      performance.mark('records:data');
    }
    return { summary: summarise(attendance, term), reasons: reasonsOverTime(attendance, term), mismatches: codeMismatches(attendance, term) };
  }, [attendance, term, problem]);
  // For the benchmark (scripts/bench-records.mjs): how long the pictures took to work out and draw.
  useLayoutEffect(() => {
    if (drawn && typeof performance !== 'undefined' && performance.getEntriesByName('records:data').length) {
      performance.measure('records:pictures', 'records:data');
    }
  }, [drawn]);
  if (!child) return null;

  const show = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setChosen({ start: String(form.get('from') ?? ''), end: String(form.get('to') ?? '') });
  };
  const ct = contentT(t);
  const words = (headers: string[]) => ({
    headers,
    value: (field: string, id: string) =>
      field === 'status' ? ct(`status.${id}`) : field === 'reason' ? reasonLabel(id) : field === 'morning' ? ct(`day.mornings.${id}`) : field === 'code' ? ct(`codes.${id}`, { defaultValue: id }) : ct(`log.ways.${id}`),
  });
  const save = (kind: 'diary' | 'log') => {
    const csv = kind === 'diary' ? diaryCsv(attendance, words(t('csv.diaryHeaders', { returnObjects: true }))) : logCsv(log, words(t('csv.logHeaders', { returnObjects: true })));
    downloadFile(`${t(kind === 'diary' ? 'csv.diaryFile' : 'csv.logFile')}-${today}.csv`, csv, 'text/csv;charset=utf-8');
    setSaved(true);
  };

  return (
    <>
      <section aria-labelledby="pictures-heading">
        <h2 id="pictures-heading">{t('pictures.heading')}</h2>
        <form onSubmit={show} className="records-form records-term no-print" noValidate key={`${term.start}|${term.end}`}>
          <p className="hint">{t('pictures.lead')}</p>
          <div className="records-form__row">
            <p>
              <label htmlFor="term-from">{t('pictures.from')}</label>
              <input id="term-from" name="from" type="date" defaultValue={term.start} />
            </p>
            <p>
              <label htmlFor="term-to">{t('pictures.to')}</label>
              <input id="term-to" name="to" type="date" defaultValue={term.end} />
            </p>
          </div>
          <button type="submit" className="button button--secondary">
            {t('pictures.show')}
          </button>
        </form>
        {problem && (
          <p className="error-message" role="alert">
            {t(`pictures.problems.${problem}`)}
          </p>
        )}
        {drawn && drawn.summary.overall.possible === 0 && <p>{t('pictures.empty')}</p>}
        {drawn && drawn.summary.overall.possible > 0 && (
          <div className="records-pictures">
            <p className="lead">
              {t('pictures.overall', {
                percent: roundPercent(drawn.summary.overall.percent ?? 0),
                possible: drawn.summary.overall.possible,
                missed: drawn.summary.overall.missed,
                part: drawn.summary.overall.part,
                late: drawn.summary.overall.late,
                notRecorded: drawn.summary.overall.notRecorded,
              })}
            </p>
            <WeeklyChart summary={drawn.summary} />
            <WeekdayChart summary={drawn.summary} />
            <ReasonsChart data={drawn.reasons} label={reasonLabel} />
            <MismatchChart mismatches={drawn.mismatches} />
          </div>
        )}
      </section>
      <section aria-labelledby="csv-heading" className="no-print">
        <h2 id="csv-heading">{t('csv.heading')}</h2>
        <p className="hint">{t('csv.hint')}</p>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => save('diary')}>
            {t('csv.diary')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => save('log')}>
            {t('csv.log')}
          </button>
        </div>
        <p role="status" className="status-message">
          {saved ? t('csv.saved') : ''}
        </p>
      </section>
    </>
  );
}

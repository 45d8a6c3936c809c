import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { caseModel } from '../../content/case';
import { caseMilestones, withinDays, type CaseDate, type CaseMilestone } from '../../domain/case/model';
import type { CaseRequest } from '../../domain/case/types';
import { todayIso, type IsoDate } from '../../domain/dates';
import { toIcs, type CalendarEvent } from '../../domain/letters/ics';
import { useListRead, type Read } from '../../storage/react';
import { contentT } from '../i18n/contentText';
import { downloadFile } from '../primitives/download';
import { ReadFailed } from './ReadFailed';
import { useFormatDate } from '../i18n/useFormatDate';

/**
 * The dates of the family's requests (the case feature's stage model), shared by the case pages,
 * the dates page and home: features may not import each other, so the piece lives here.
 */
export function useCaseMilestones(): Read<CaseMilestone[]> & { today: IsoDate } {
  const read = useListRead('cases');
  const today = useMemo(() => todayIso(), []);
  const value = useMemo(() => (read.status === 'ready' ? caseMilestones(read.value, caseModel, today) : undefined), [read, today]);
  if (read.status !== 'ready') return { ...read, today };
  return { status: 'ready', value: value ?? [], today };
}

/** Calendar files for case dates, with words in the person's language (`case` namespace). */
export function useCaseCalendar() {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  return useCallback(
    (dates: (CaseDate & { caseId: string; request: CaseRequest })[], filename: string) => {
      const events: CalendarEvent[] = dates.map((d) => {
        const what = ct(d.textKey);
        return {
          uid: `${d.caseId}-${d.id}-${d.fromOn}@barriers-navigator`,
          date: d.date,
          summary: ct('calendar.summary', { what: d.approximate ? ct('calendar.about', { what }) : what, request: ct(`request.${d.request}`) }),
          description: ct('calendar.law', { why: ct(d.basisKey) }),
        };
      });
      downloadFile(filename, toIcs(events, { prodId: '-//Barriers Navigator//Case//EN' }), 'text/calendar');
    },
    [ct],
  );
}

/** One date: what should happen, by when, counted from what, and a calendar file for it. */
export function CaseDateItem({
  date: d,
  request,
  caseId,
  onSaved,
  headingLevel = 3,
  children,
}: {
  date: CaseDate;
  request: CaseRequest;
  caseId: string;
  onSaved: () => void;
  headingLevel?: 3 | 4;
  children?: ReactNode;
}) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const format = useFormatDate();
  const calendar = useCaseCalendar();
  const H = headingLevel === 3 ? 'h3' : 'h4';
  const what = ct(d.textKey);
  return (
    <li className="case-date">
      <H>{d.approximate ? t('page.about', { date: format(d.date, 'long') }) : t('page.by', { date: format(d.date, 'long') })}</H>
      <p>{what}</p>
      <p className="hint">
        {t('page.counted', { what: ct(`event.${request}.${d.fromKind}`), date: format(d.fromOn, 'short') })} {ct(d.basisKey)}
      </p>
      {d.approximate && <p className="hint">{t('page.approximate')}</p>}
      {d.movedFrom && <p className="hint">{t('page.moved', { date: format(d.movedFrom, 'long') })}</p>}
      <button
        type="button"
        className="button button--secondary no-print"
        aria-label={t('page.addCalendarNamed', { what })}
        onClick={() => {
          calendar([{ ...d, caseId, request }], `${d.id}.ics`);
          onSaved();
        }}
      >
        {t('page.addCalendar')}
      </button>
      {children}
    </li>
  );
}

/**
 * The dates of every request (`days`: only those from today to that many days ahead, as home shows
 * them). Draws nothing when there are none; says so when they could not be read.
 */
export function CaseDates({ days, headingKey }: { days?: number; headingKey: 'dates.heading' | 'dates.homeHeading' }) {
  const { t } = useTranslation('case');
  const read = useCaseMilestones();
  const [saved, setSaved] = useState(false);
  if (read.status === 'failed') return <ReadFailed read={read} />;
  if (read.status !== 'ready') return null;
  const list = days === undefined ? read.value : withinDays(read.value, read.today, days);
  if (list.length === 0) return null;
  return (
    <section className="case-dates" aria-labelledby={`case-dates-${days ?? 'all'}`}>
      <h2 id={`case-dates-${days ?? 'all'}`}>{t(headingKey)}</h2>
      <ul className="milestones">
        {list.map((m) => (
          <CaseDateWithLink key={`${m.caseId}-${m.id}`} m={m} passed={m.date < read.today} onSaved={() => setSaved(true)} />
        ))}
      </ul>
      <p role="status" className="status-message">
        {saved ? t('page.calendarSaved') : ''}
      </p>
      {days !== undefined && (
        <p>
          <Link to="/case">{t('dates.homeAll')}</Link>
        </p>
      )}
    </section>
  );
}

function CaseDateWithLink({ m, passed, onSaved }: { m: CaseMilestone; passed: boolean; onSaved: () => void }) {
  const { t } = useTranslation('case');
  return (
    <CaseDateItem date={m} request={m.request} caseId={m.caseId} onSaved={onSaved}>
      {passed && <p className="error-message">{t('dates.passed')}</p>}
      <p>
        {t('dates.request', { request: contentT(t)(`request.${m.request}`) })} <Link to={`/case/${m.caseId}`}>{t('dates.open')}</Link>
      </p>
    </CaseDateItem>
  );
}

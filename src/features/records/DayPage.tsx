import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { newId, nowIso } from '../../domain/ids';
import { checkEntryDate, latestByDate, weekStart } from '../../domain/records/attendance';
import { SCHOOL_CODES } from '../../domain/records/codes';
import { DAY_STATUSES, MORNINGS, type AttendanceRecord, type DayStatus, type Morning } from '../../domain/records/types';
import { getStorage } from '../../storage';
import { Page } from '../../ui/Page';
import { contentT } from '../../ui/contentText';
import { useFormatDate } from '../../ui/useFormatDate';
import { REASONS, useReasonLabel, useRecordsChild } from './shared';
import { TEXT_MAX } from '../../domain/limits';
import { useLimitNote } from '../../ui/LimitNote';

const ENGLAND_CODES = SCHOOL_CODES.filter((c) => !['authorised-illness', 'authorised-other', 'unauthorised'].includes(c.id));
const ANY_CODES = SCHOOL_CODES.filter((c) => ['authorised-illness', 'authorised-other', 'unauthorised'].includes(c.id));

/** /records/day/:date — what happened, why, how the morning went, the school's code and a note. */
export function DayPage() {
  const { date: day = '' } = useParams();
  const { t } = useTranslation('records');
  const ct = contentT(t);
  const format = useFormatDate();
  const reasonLabel = useReasonLabel();
  const navigate = useNavigate();
  const { child, attendance, today } = useRecordsChild();
  const problem = checkEntryDate(day, today);
  const had = problem ? undefined : latestByDate(attendance).get(day);
  const [failed, setFailed] = useState(false);
  const back = problem ? '/records' : `/records?week=${weekStart(day)}`;

  if (!child) return null;
  if (problem) {
    return (
      <Page title={t('title')}>
        <p className="error-message">{t(`day.${problem}`)}</p>
        <Link to="/records">{t('day.back')}</Link>
      </Page>
    );
  }

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (k: string) => String(form.get(k) ?? '');
    const now = nowIso();
    const record: AttendanceRecord = {
      ...(had ?? { id: newId(), childId: child.id, date: day, createdAt: now }),
      status: (value('status') || 'in') as DayStatus,
      reason: value('reason') || undefined,
      morning: (value('morning') || undefined) as Morning | undefined,
      schoolCode: value('code') || undefined,
      note: value('note').trim() || undefined,
      updatedAt: now,
    };
    getStorage()
      .put('attendance', record)
      .then(
        () => navigate(`/records?week=${weekStart(day)}`),
        () => setFailed(true),
      );
  };

  return (
    <Page title={format(day, 'long')}>
      <Link className="back-link" to={back}>
        {t('day.back')}
      </Link>
      <form onSubmit={save} className="records-form" key={had?.updatedAt ?? 'new'}>
        <fieldset>
          <legend>{t('day.what')}</legend>
          <div className="records-chips">
            {DAY_STATUSES.map((s) => (
              <label key={s} className="records-chip">
                <input type="radio" name="status" value={s} defaultChecked={(had?.status ?? 'not-in') === s} />
                <span>{t(`status.${s}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p>
          <label htmlFor="day-reason">{t('day.reason')}</label>
          <span className="hint" id="day-reason-hint">
            {t('day.reasonHint')}
          </span>
          <select id="day-reason" name="reason" defaultValue={had?.reason ?? ''} aria-describedby="day-reason-hint">
            <option value="">{t('day.noReason')}</option>
            {REASONS.map((r) => (
              <option key={r} value={r}>
                {reasonLabel(r)}
              </option>
            ))}
          </select>
        </p>
        <fieldset>
          <legend>{t('day.morning')}</legend>
          <div className="records-chips">
            {MORNINGS.map((m) => (
              <label key={m} className="records-chip">
                <input type="radio" name="morning" value={m} defaultChecked={had?.morning === m} />
                <span>{t(`day.mornings.${m}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p>
          <label htmlFor="day-code">{t('day.code')}</label>
          <span className="hint" id="day-code-hint">
            {t('day.codeHint')}
          </span>
          <select id="day-code" name="code" defaultValue={had?.schoolCode ?? ''} aria-describedby="day-code-hint day-code-source">
            <option value="">{t('day.noCode')}</option>
            <optgroup label={t('codes.england')}>
              {ENGLAND_CODES.map((c) => (
                <option key={c.id} value={c.id}>
                  {ct(`codes.${c.id}`)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('codes.anyNation')}>
              {ANY_CODES.map((c) => (
                <option key={c.id} value={c.id}>
                  {ct(`codes.${c.id}`)}
                </option>
              ))}
            </optgroup>
          </select>
          <span className="hint" id="day-code-source">
            {t('codes.source')}
          </span>
        </p>
        <p>
          <label htmlFor="day-note">{t('day.note')}</label>
          <DayNote defaultValue={had?.note ?? ''} />
        </p>
        {failed && (
          <p className="error-message" role="alert">
            {t('week.saveFailed')}
          </p>
        )}
        <button type="submit" className="button">
          {t('day.save')}
        </button>
      </form>
    </Page>
  );
}

/** The day's note: as long as the diary keeps, and said when full. */
function DayNote({ defaultValue }: { defaultValue: string }) {
  const { note, ...limit } = useLimitNote(TEXT_MAX);
  return (
    <>
      <textarea id="day-note" name="note" rows={3} defaultValue={defaultValue} {...limit} />
      {note}
    </>
  );
}

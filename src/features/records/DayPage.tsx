import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { newId, nowIso } from '../../domain/ids';
import { checkEntryDate, latestByDate, weekStart } from '../../domain/records/attendance';
import { SCHOOL_CODES } from '../../domain/records/codes';
import { DAY_STATUSES, MORNINGS, type AttendanceRecord, type DayStatus, type Morning } from '../../domain/records/types';
import { getStorage } from '../../storage';
import { Page } from '../../ui/primitives/Page';
import { contentT } from '../../ui/i18n/contentText';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { REASONS, useReasonLabel, useRecordsChild } from './shared';
import { useMergedForm } from './useMergedForm';
import { TextArea } from '../../ui/primitives/keepCaret';
import { TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';

const ENGLAND_CODES = SCHOOL_CODES.filter((c) => !['authorised-illness', 'authorised-other', 'unauthorised'].includes(c.id));
const ANY_CODES = SCHOOL_CODES.filter((c) => ['authorised-illness', 'authorised-other', 'unauthorised'].includes(c.id));

type DayDraft = { status: DayStatus; reason: string; morning: string; schoolCode: string; note: string };
const NOTE: readonly (keyof DayDraft)[] = ['note'];
const toDraft = (r: AttendanceRecord | undefined): DayDraft => ({
  status: r?.status ?? 'not-in',
  reason: r?.reason ?? '',
  morning: r?.morning ?? '',
  schoolCode: r?.schoolCode ?? '',
  note: r?.note ?? '',
});

/** /records/day/:date — what happened, why, how the morning went, the school's code and a note. */
export function DayPage() {
  const { date: day = '' } = useParams();
  const { t } = useTranslation('records');
  const { child, attendance, today } = useRecordsChild();
  const problem = checkEntryDate(day, today);

  if (!child) return null;
  if (problem) {
    return (
      <Page title={t('title')}>
        <p className="error-message">{t(`day.${problem}`)}</p>
        <Link to="/records">{t('day.back')}</Link>
      </Page>
    );
  }
  return <DayForm key={day} day={day} childId={child.id} had={latestByDate(attendance).get(day)} />;
}

/**
 * One day's form. It may be open in two tabs: what the other tab saves is merged into what is typed
 * here, and saving here merges with what is saved now, so neither tab's words are lost.
 */
function DayForm({ day, childId, had }: { day: string; childId: string; had: AttendanceRecord | undefined }) {
  const { t } = useTranslation('records');
  const ct = contentT(t);
  const format = useFormatDate();
  const reasonLabel = useReasonLabel();
  const navigate = useNavigate();
  const stored = useMemo(() => toDraft(had), [had]);
  const form = useMergedForm(stored, NOTE);
  const { draft, set } = form;
  const [failed, setFailed] = useState(false);
  const back = `/records?week=${weekStart(day)}`;

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const now = nowIso();
    const id = had?.id ?? newId();
    getStorage()
      .update('attendance', id, (current) => {
        const d = form.mergeWith(current && toDraft(current));
        return {
          ...(current ?? had ?? { id, childId, date: day, createdAt: now }),
          status: d.status,
          reason: d.reason || undefined,
          morning: (d.morning || undefined) as Morning | undefined,
          schoolCode: d.schoolCode || undefined,
          note: d.note.trim() || undefined,
          updatedAt: now,
        };
      })
      .then(
        () => navigate(back),
        () => setFailed(true),
      );
  };

  return (
    <Page title={format(day, 'long')}>
      <Link className="back-link" to={back}>
        {t('day.back')}
      </Link>
      <form onSubmit={save} className="records-form">
        <fieldset>
          <legend>{t('day.what')}</legend>
          <div className="records-chips">
            {DAY_STATUSES.map((s) => (
              <label key={s} className="records-chip">
                <input type="radio" name="status" value={s} checked={draft.status === s} onChange={() => set({ status: s })} />
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
          <select id="day-reason" name="reason" value={draft.reason} onChange={(e) => set({ reason: e.target.value })} aria-describedby="day-reason-hint">
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
                <input type="radio" name="morning" value={m} checked={draft.morning === m} onChange={() => set({ morning: m })} />
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
          <select id="day-code" name="code" value={draft.schoolCode} onChange={(e) => set({ schoolCode: e.target.value })} aria-describedby="day-code-hint day-code-source">
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
          <TextArea id="day-note" name="note" rows={3} maxLength={TEXT_MAX} value={draft.note} onChange={(e) => set({ note: e.target.value })} />
          <LimitNote value={draft.note} max={TEXT_MAX} />
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


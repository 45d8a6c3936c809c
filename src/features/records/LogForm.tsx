import { useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '../../domain/contacts/types';
import { isDateInRange } from '../../domain/dates';
import { newId, nowIso } from '../../domain/ids';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { checkEntryDate } from '../../domain/records/attendance';
import { CONTACT_WAYS, type ContactLogRecord, type ContactWay } from '../../domain/records/types';
import { getStorage } from '../../storage';
import { contentT } from '../../ui/i18n/contentText';
import { TextArea, TextInput } from '../../ui/primitives/keepCaret';
import { LimitNote } from '../../ui/primitives/LimitNote';
import type { LogMessage } from './LogPage';
import { useRecordsChild } from './shared';
import { useMergedForm } from './useMergedForm';
import { CaseNews } from '../../ui/records/CaseNews';

type Field = 'date' | 'followUp' | 'who' | 'said';
const TYPED = '';

type LogDraft = { date: string; time: string; picked: string; who: string; how: ContactWay; said: string; agreed: string; followUp: string; key: boolean };
const LOG_TEXTS: readonly (keyof LogDraft)[] = ['who', 'said', 'agreed'];
const toDraft = (e: ContactLogRecord | undefined, today: string, mine: ContactRecord[]): LogDraft => ({
  date: e?.date ?? today,
  time: e?.time ?? '',
  picked: e?.contactId && mine.some((c) => c.id === e.contactId) ? e.contactId : TYPED,
  who: e && !e.contactId ? e.who : '',
  how: e?.how ?? 'call',
  said: e?.said ?? '',
  agreed: e?.agreed ?? '',
  followUp: e?.followUpOn ?? '',
  key: e?.key ?? false,
});

/**
 * The form to add an entry, or change one. The entry may be open in another tab too: what is saved
 * there is merged into what is typed here, and saving here merges with what is saved now.
 */
export function LogForm({
  childId,
  mine,
  editing,
  onCancel,
  onDone,
}: {
  childId: string;
  /** The saved contacts of this child or the whole family, to pick from. */
  mine: ContactRecord[];
  editing: ContactLogRecord | undefined;
  onCancel: () => void;
  onDone: (m: LogMessage) => void;
}) {
  const { t } = useTranslation('records');
  const ct = contentT(t);
  const { today } = useRecordsChild();
  const stored = useMemo(() => toDraft(editing, today, mine), [editing, today, mine]);
  const form = useMergedForm(stored, LOG_TEXTS);
  const { draft, set } = form;
  const [errors, setErrors] = useState<{ field: Field; key: string }[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const editingId = editing?.id;
  useEffect(() => {
    if (editingId) formRef.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [editingId]);

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems = checkLog(draft, mine, today);
    setErrors(problems);
    if (problems.length) {
      setTimeout(() => summaryRef.current?.focus());
      return;
    }
    const now = nowIso();
    const id = editing?.id ?? newId();
    getStorage()
      .update('contactLog', id, (current) => {
        const d = form.mergeWith(current && toDraft(current, today, mine));
        const saved = mine.find((c) => c.id === d.picked);
        return {
          ...(current ?? editing ?? { id, childId, createdAt: now }),
          date: d.date.trim(),
          time: d.time.trim() || undefined,
          contactId: saved?.id,
          who: whoOf(d, saved),
          how: d.how,
          said: d.said.trim(),
          agreed: d.agreed.trim(),
          followUpOn: d.followUp.trim() || undefined,
          key: d.key,
          updatedAt: now,
        };
      })
      .then(
        () => onDone('saved'),
        () => onDone('failed'),
      );
  };

  const err = (f: Field) => errors.find((e) => e.field === f);
  const described = (f: Field, hint?: string) => [hint, err(f) ? `log-${f}-error` : undefined].filter(Boolean).join(' ') || undefined;
  const errorText = (f: Field) =>
    err(f) && (
      <span className="error-message" id={`log-${f}-error`}>
        {ct(err(f)!.key)}
      </span>
    );

  return (
      <section aria-labelledby="log-form-heading">
        <h2 id="log-form-heading">{editing ? t('log.editHeading') : t('log.heading')}</h2>
        <p>{t('log.lead')}</p>
        <ErrorSummary errors={errors} summaryRef={summaryRef} />
        <form ref={formRef} onSubmit={save} noValidate className="records-form">
          <div className="records-form__row">
            <p>
              <label htmlFor="log-date">{t('log.date')}</label>
              {errorText('date')}
              <input id="log-date" name="date" type="date" max={today} value={draft.date} onChange={(e) => set({ date: e.target.value })} aria-invalid={!!err('date')} aria-describedby={described('date')} />
            </p>
            <p>
              <label htmlFor="log-time">{t('log.time')}</label>
              <input id="log-time" name="time" type="time" value={draft.time} onChange={(e) => set({ time: e.target.value })} />
            </p>
          </div>
          <WhoFields draft={draft} set={set} mine={mine} errorText={errorText} described={described} err={err} />
          <fieldset>
            <legend>{t('log.how')}</legend>
            <div className="records-chips">
              {CONTACT_WAYS.map((w) => (
                <label key={w} className="records-chip">
                  <input type="radio" name="how" value={w} checked={draft.how === w} onChange={() => set({ how: w })} />
                  <span>{t(`log.ways.${w}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p>
            <label htmlFor="log-said">{t('log.said')}</label>
            {errorText('said')}
            <TextArea id="log-said" name="said" rows={3} maxLength={TEXT_MAX} value={draft.said} onChange={(e) => set({ said: e.target.value })} aria-invalid={!!err('said')} aria-describedby={described('said')} />
            <LimitNote value={draft.said} max={TEXT_MAX} />
          </p>
          <p>
            <label htmlFor="log-agreed">{t('log.agreed')}</label>
            <TextArea id="log-agreed" name="agreed" rows={2} maxLength={TEXT_MAX} value={draft.agreed} onChange={(e) => set({ agreed: e.target.value })} />
            <LimitNote value={draft.agreed} max={TEXT_MAX} />
          </p>
          <p>
            <label htmlFor="log-followUp">{t('log.followUp')}</label>
            <span className="hint" id="log-followUp-hint">
              {t('log.followUpHint')}
            </span>
            {errorText('followUp')}
            <input id="log-followUp" name="followUp" type="date" value={draft.followUp} onChange={(e) => set({ followUp: e.target.value })} aria-invalid={!!err('followUp')} aria-describedby={described('followUp', 'log-followUp-hint')} />
          </p>
          <div className="choice">
            <input id="log-key" name="key" type="checkbox" checked={draft.key} onChange={(e) => set({ key: e.target.checked })} />
            <label htmlFor="log-key">{t('log.key')}</label>
          </div>
          <CaseNews childId={childId} date={draft.date} />
          <p className="button-row">
            <button type="submit" className="button">
              {editing ? t('log.saveChanges') : t('log.save')}
            </button>
            {editing && (
              <button type="button" className="button button--secondary" onClick={onCancel}>
                {t('log.cancel')}
              </button>
            )}
          </p>
        </form>
      </section>
  );
}

/** Who the entry was with: the saved contact's name (and where they work), or what was typed. */
function whoOf(d: LogDraft, saved: ContactRecord | undefined): string {
  return saved ? [saved.name.trim(), saved.organisation?.trim()].filter(Boolean).join(', ') : d.who.trim();
}

/** What is missing or wrong in the form, each with the box it belongs to. */
function checkLog(d: LogDraft, mine: ContactRecord[], today: string): { field: Field; key: string }[] {
  const problems: { field: Field; key: string }[] = [];
  const dateProblem = checkEntryDate(d.date.trim(), today);
  if (dateProblem) problems.push({ field: 'date', key: dateProblem === 'future' ? 'log.errors.future' : 'log.errors.date' });
  if (d.followUp.trim() && !isDateInRange(d.followUp.trim())) problems.push({ field: 'followUp', key: 'log.errors.followUp' });
  if (!whoOf(d, mine.find((c) => c.id === d.picked))) problems.push({ field: 'who', key: 'log.errors.who' });
  if (!d.said.trim()) problems.push({ field: 'said', key: 'log.errors.said' });
  return problems;
}

/** The saved contacts to pick from, or a box to type who it was. */
function WhoFields({
  draft,
  set,
  mine,
  errorText,
  described,
  err,
}: {
  draft: LogDraft;
  set: (change: Partial<LogDraft>) => void;
  mine: ContactRecord[];
  errorText: (f: Field) => ReactNode;
  described: (f: Field, hint?: string) => string | undefined;
  err: (f: Field) => unknown;
}) {
  const { t } = useTranslation('records');
  return (
    <>
    <p>
      <label htmlFor="log-contact">{t('log.who')}</label>
      <select id="log-contact" value={draft.picked} onChange={(e) => set({ picked: e.target.value })}>
        <option value={TYPED}>{t('log.whoNone')}</option>
        {mine.length > 0 && (
          <optgroup label={t('log.whoSaved')}>
            {mine.map((c) => (
              <option key={c.id} value={c.id}>
                {[c.name, c.organisation].filter((x) => x?.trim()).join(', ')}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </p>
    {draft.picked === TYPED && (
      <p>
        <label htmlFor="log-who">{t('log.whoTyped')}</label>
        <span className="hint" id="log-who-hint">
          {t('log.whoHint')}
        </span>
        {errorText('who')}
        <TextInput id="log-who" name="who" type="text" maxLength={NAME_MAX} value={draft.who} onChange={(e) => set({ who: e.target.value })} aria-invalid={!!err('who')} aria-describedby={described('who', 'log-who-hint')} />
        <LimitNote value={draft.who} max={NAME_MAX} />
      </p>
    )}
    </>
  );
}

/** The problems with what was typed, each a link to its box. */
function ErrorSummary({ errors, summaryRef }: { errors: { field: Field; key: string }[]; summaryRef: RefObject<HTMLDivElement | null> }) {
  const { t } = useTranslation('records');
  const ct = contentT(t);
  return (
    <>
    {errors.length > 0 && (
      <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="log-errors-heading">
        <h3 id="log-errors-heading">{t('log.errors.summary')}</h3>
        <ul>
          {errors.map((e) => (
            <li key={e.field}>
              <a href={`#log-${e.field}`}>{ct(e.key)}</a>
            </li>
          ))}
        </ul>
      </div>
    )}
    </>
  );
}

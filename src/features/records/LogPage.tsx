import { useMemo, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import type { ContactRecord } from '../../domain/contacts/types';
import { useTranslation } from 'react-i18next';
import { compareDates, isDateInRange } from '../../domain/dates';
import { newId, nowIso } from '../../domain/ids';
import { checkEntryDate } from '../../domain/records/attendance';
import { CONTACT_WAYS, type ContactLogRecord, type ContactWay } from '../../domain/records/types';
import { getStorage } from '../../storage';
import { useList } from '../../storage/react';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { useFormatDate } from '../../ui/useFormatDate';
import { contentT } from '../../ui/contentText';
import { downloadFollowUps } from './calendar';
import { useRecordsChild } from './shared';

type Field = 'date' | 'followUp' | 'who' | 'said';
const TYPED = '';

/** The contact log: a form to add (or change) an entry, and every entry, newest first. */
export function LogPage() {
  const { t } = useTranslation('records');
  const ct = contentT(t);
  const { child, log, today } = useRecordsChild();
  const contacts = useList('contacts');
  const [editing, setEditing] = useState<ContactLogRecord | undefined>();
  const [errors, setErrors] = useState<{ field: Field; key: string }[]>([]);
  const [message, setMessage] = useState<LogMessage | undefined>();
  const [picked, setPicked] = useState<string>(TYPED);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const mine = useMemo(() => (contacts ?? []).filter((c) => !c.childId || c.childId === child?.id), [contacts, child]);
  const sorted = useMemo(() => log.slice().sort((a, b) => compareDates(b.date, a.date) || (b.time ?? '').localeCompare(a.time ?? '')), [log]);
  if (!child) return null;

  const startEdit = (e: ContactLogRecord) => {
    setEditing(e);
    setPicked(e.contactId && mine.some((c) => c.id === e.contactId) ? e.contactId : TYPED);
    setErrors([]);
    setTimeout(() => formRef.current?.querySelector<HTMLInputElement>('input')?.focus());
  };

  const save = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formEl = event.currentTarget;
    const form = new FormData(formEl);
    const value = (k: string) => String(form.get(k) ?? '').trim();
    const saved = mine.find((c) => c.id === picked);
    const who = saved ? [saved.name.trim(), saved.organisation?.trim()].filter(Boolean).join(', ') : value('who');
    const problems: { field: Field; key: string }[] = [];
    const dateProblem = checkEntryDate(value('date'), today);
    if (dateProblem) problems.push({ field: 'date', key: dateProblem === 'future' ? 'log.errors.future' : 'log.errors.date' });
    if (value('followUp') && !isDateInRange(value('followUp'))) problems.push({ field: 'followUp', key: 'log.errors.followUp' });
    if (!who) problems.push({ field: 'who', key: 'log.errors.who' });
    if (!value('said')) problems.push({ field: 'said', key: 'log.errors.said' });
    setErrors(problems);
    if (problems.length) {
      setTimeout(() => summaryRef.current?.focus());
      return;
    }
    const now = nowIso();
    const record: ContactLogRecord = {
      ...(editing ?? { id: newId(), childId: child.id, createdAt: now }),
      date: value('date'),
      time: value('time') || undefined,
      contactId: saved?.id,
      who,
      how: (value('how') || 'call') as ContactWay,
      said: value('said'),
      agreed: value('agreed'),
      followUpOn: value('followUp') || undefined,
      key: form.get('key') === 'on',
      updatedAt: now,
    };
    getStorage()
      .put('contactLog', record)
      .then(
        () => {
          setMessage('saved');
          setEditing(undefined);
          setPicked(TYPED);
          formEl.reset();
        },
        () => setMessage('failed'),
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
    <>
      <section aria-labelledby="log-form-heading">
        <h2 id="log-form-heading">{editing ? t('log.editHeading') : t('log.heading')}</h2>
        <p>{t('log.lead')}</p>
        <ErrorSummary errors={errors} summaryRef={summaryRef} />
        <form ref={formRef} onSubmit={save} noValidate className="records-form" key={editing?.id ?? 'new'}>
          <div className="records-form__row">
            <p>
              <label htmlFor="log-date">{t('log.date')}</label>
              {errorText('date')}
              <input id="log-date" name="date" type="date" max={today} defaultValue={editing?.date ?? today} aria-invalid={!!err('date')} aria-describedby={described('date')} />
            </p>
            <p>
              <label htmlFor="log-time">{t('log.time')}</label>
              <input id="log-time" name="time" type="time" defaultValue={editing?.time ?? ''} />
            </p>
          </div>
          <WhoFields picked={picked} onPick={setPicked} mine={mine} editing={editing} errorText={errorText} described={described} err={err} />
          <fieldset>
            <legend>{t('log.how')}</legend>
            <div className="records-chips">
              {CONTACT_WAYS.map((w) => (
                <label key={w} className="records-chip">
                  <input type="radio" name="how" value={w} defaultChecked={(editing?.how ?? 'call') === w} />
                  <span>{t(`log.ways.${w}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p>
            <label htmlFor="log-said">{t('log.said')}</label>
            {errorText('said')}
            <textarea id="log-said" name="said" rows={3} defaultValue={editing?.said ?? ''} aria-invalid={!!err('said')} aria-describedby={described('said')} />
          </p>
          <p>
            <label htmlFor="log-agreed">{t('log.agreed')}</label>
            <textarea id="log-agreed" name="agreed" rows={2} defaultValue={editing?.agreed ?? ''} />
          </p>
          <p>
            <label htmlFor="log-followUp">{t('log.followUp')}</label>
            <span className="hint" id="log-followUp-hint">
              {t('log.followUpHint')}
            </span>
            {errorText('followUp')}
            <input id="log-followUp" name="followUp" type="date" defaultValue={editing?.followUpOn ?? ''} aria-invalid={!!err('followUp')} aria-describedby={described('followUp', 'log-followUp-hint')} />
          </p>
          <div className="choice">
            <input id="log-key" name="key" type="checkbox" defaultChecked={editing?.key ?? false} />
            <label htmlFor="log-key">{t('log.key')}</label>
          </div>
          <p className="button-row">
            <button type="submit" className="button">
              {editing ? t('log.saveChanges') : t('log.save')}
            </button>
            {editing && (
              <button type="button" className="button button--secondary" onClick={() => setEditing(undefined)}>
                {t('log.cancel')}
              </button>
            )}
          </p>
        </form>
      </section>
      <p role="status" className="status-message">
        {message === 'saved' ? t('log.saved') : message === 'deleted' ? t('log.deleted') : message === 'calendar' ? t('log.calendarSaved') : message === 'failed' ? t('week.saveFailed') : ''}
      </p>
      <LogList entries={sorted} onEdit={startEdit} onMessage={setMessage} />
    </>
  );
}

type LogMessage = 'saved' | 'deleted' | 'calendar' | 'failed';

/** Every entry in the log, newest first, each with edit, calendar and delete. */
function LogList({
  entries,
  onEdit,
  onMessage,
}: {
  entries: ContactLogRecord[];
  onEdit: (e: ContactLogRecord) => void;
  onMessage: (m: LogMessage) => void;
}) {
  const { t } = useTranslation('records');
  const ct = contentT(t);
  const date = useFormatDate();
  const { name } = useRecordsChild();
  const sorted = entries;
  const startEdit = onEdit;
  const setMessage = onMessage;
  return (
    <section aria-labelledby="log-list-heading">
      <h2 id="log-list-heading">{t('log.listHeading')}</h2>
      {sorted.length === 0 && <p>{t('log.empty')}</p>}
      <ul className="records-log">
        {sorted.map((e) => {
          const when = date(e.date, 'long');
          const how = t(`log.ways.${e.how}`);
          return (
            <li key={e.id} className="records-log__item">
              <h3>{e.time ? t('log.entryTime', { date: when, time: e.time, how, who: e.who }) : t('log.entry', { date: when, how, who: e.who })}</h3>
              {e.key && <p className="records-tag">{t('log.keyEntry')}</p>}
              <p className="records-text">{e.said}</p>
              {e.agreed && <p className="records-text">{e.agreed}</p>}
              {e.followUpOn && <p>{t('log.followUpOn', { date: date(e.followUpOn, 'long') })}</p>}
              <div className="button-row">
                <button type="button" className="button button--secondary" aria-label={t('log.editNamed', { date: when })} onClick={() => startEdit(e)}>
                  {t('log.edit')}
                </button>
                {e.followUpOn && (
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-label={t('log.calendarNamed', { date: date(e.followUpOn, 'long') })}
                    onClick={() => {
                      downloadFollowUps([e], ct, name || t('title'), date);
                      setMessage('calendar');
                    }}
                  >
                    {t('log.calendar')}
                  </button>
                )}
                <ConfirmButton
                  label={t('log.delete')}
                  question={t('log.confirmDelete')}
                  yes={t('log.confirmYes')}
                  no={t('log.confirmNo')}
                  onConfirm={() => getStorage().delete('contactLog', e.id).then(() => setMessage('deleted'))}
                />
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The saved contacts to pick from, or a box to type who it was. */
function WhoFields({
  picked,
  onPick,
  mine,
  editing,
  errorText,
  described,
  err,
}: {
  picked: string;
  onPick: (id: string) => void;
  mine: ContactRecord[];
  editing: ContactLogRecord | undefined;
  errorText: (f: Field) => ReactNode;
  described: (f: Field, hint?: string) => string | undefined;
  err: (f: Field) => unknown;
}) {
  const { t } = useTranslation('records');
  const setPicked = onPick;
  return (
    <>
    <p>
      <label htmlFor="log-contact">{t('log.who')}</label>
      <select id="log-contact" value={picked} onChange={(e) => setPicked(e.target.value)}>
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
    {picked === TYPED && (
      <p>
        <label htmlFor="log-who">{t('log.whoTyped')}</label>
        <span className="hint" id="log-who-hint">
          {t('log.whoHint')}
        </span>
        {errorText('who')}
        <input id="log-who" name="who" type="text" defaultValue={editing && !editing.contactId ? editing.who : ''} aria-invalid={!!err('who')} aria-describedby={described('who', 'log-who-hint')} />
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

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { newId, nowIso } from '../../domain/ids';
import { knownDetails, type SenderField } from '../../domain/letters/details';
import { audienceOf } from '../../domain/textVariant';
import { failedRead, useListRead } from '../../storage/react';
import { cleanDetails, DETAIL_FIELDS, type ChildDetails, type ChildRecord } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';
import { DateBox } from '../../ui/primitives/DateBox';

type Field = (typeof DETAIL_FIELDS)[number];

/** A record for a family that wants to give details before answering any questions. */
function newChild(): ChildRecord {
  const now = nowIso();
  return { id: newId(), displayName: '', createdAt: now, updatedAt: now, answers: {}, position: 'nation', kept: [] };
}

/** Saves the details onto the child's latest record (so nothing else on it is lost). */
async function saveDetails(child: ChildRecord | undefined, details: ChildDetails): Promise<void> {
  const storage = getStorage();
  const latest = (child && (await storage.get('children', child.id))) ?? child ?? newChild();
  await storage.put('children', { ...latest, details: cleanDetails(details), updatedAt: nowIso() });
  if (!child) await storage.updateFamily({ activeChildId: latest.id });
}

/**
 * /letters/details: the child's full name, date of birth, school and year group, and the parent's
 * name and address, asked once and used by every letter and the meeting pack. Every field is
 * optional; they stay on this device, with the child's record.
 */
export function DetailsPage() {
  const { t } = useTranslation('letters');
  const { children, active, failed: childFailed } = useActiveChild();
  const uid = useId();
  const lettersRead = useListRead('letters');
  const letters = lettersRead.status === 'ready' ? lettersRead.value : undefined;
  const [draft, setDraft] = useState<ChildDetails | undefined>();
  // The name and address typed into a letter, offered here until they are saved as details.
  const [fromLetters, setFromLetters] = useState<SenderField[]>([]);
  const [status, setStatus] = useState<'saved' | 'failed' | ''>('');

  useEffect(() => {
    if (children === undefined || letters === undefined || draft !== undefined) return;
    const known = knownDetails(active?.details, letters, active?.id, audienceOf(active?.answers) === 'young-person');
    setDraft(known.details);
    setFromLetters(known.fromLetters);
  }, [children, letters, active, draft]);

  const readFailed = failedRead(childFailed, lettersRead);
  if (draft === undefined && readFailed) {
    // Never an empty form over details that are there: saving it would write over them.
    return (
      <Page title={t('details.title')}>
        <p className="lead">{t('details.lead')}</p>
        <ReadFailed read={readFailed} />
      </Page>
    );
  }
  if (children === undefined || draft === undefined) return <Loading />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setStatus('');
    saveDetails(active, draft).then(
      () => {
        setStatus('saved');
        setFromLetters([]);
      },
      () => setStatus('failed'),
    );
  };
  const field = (f: Field, extra: { type?: string; multiline?: boolean; autoComplete?: string } = {}) => (
    <div className="field" key={f}>
      <label htmlFor={`${uid}-${f}`}>{t(`details.${f}`)}</label>
      <span className="hint" id={`${uid}-${f}-hint`}>
        {t(`details.${f}Hint`)}
      </span>
      {extra.multiline ? (
        <textarea
          id={`${uid}-${f}`}
          rows={4}
          value={draft[f] ?? ''}
          autoComplete={extra.autoComplete}
          aria-describedby={`${uid}-${f}-hint`}
          maxLength={TEXT_MAX}
          onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
        />
      ) : extra.type === 'date' ? (
        <DateBox id={`${uid}-${f}`} value={draft[f] ?? ''} autoComplete={extra.autoComplete} aria-describedby={`${uid}-${f}-hint`} onChange={(v) => setDraft({ ...draft, [f]: v })} />
      ) : (
        <input
          id={`${uid}-${f}`}
          type={extra.type ?? 'text'}
          value={draft[f] ?? ''}
          autoComplete={extra.autoComplete}
          aria-describedby={`${uid}-${f}-hint`}
          maxLength={NAME_MAX}
          onChange={(e) => setDraft({ ...draft, [f]: e.target.value })}
        />
      )}
      <LimitNote value={draft[f] ?? ''} max={extra.multiline ? TEXT_MAX : NAME_MAX} />
    </div>
  );

  return (
    <Page title={t('details.title')}>
      <p className="lead">{t('details.lead')}</p>
      <p>{t('details.private')}</p>
      {fromLetters.length > 0 && (
        <div className="notice">
          <p>{t('details.fromLetter')}</p>
        </div>
      )}
      <form noValidate onSubmit={submit} className="details-form">
        <fieldset>
          <legend>{t('details.child')}</legend>
          {field('fullName', { autoComplete: 'off' })}
          {field('dateOfBirth', { type: 'date', autoComplete: 'off' })}
          {field('school', { autoComplete: 'off' })}
          {field('yearGroup', { autoComplete: 'off' })}
        </fieldset>
        <fieldset>
          <legend>{t('details.you')}</legend>
          {field('parentName', { autoComplete: 'name' })}
          {field('parentAddress', { multiline: true, autoComplete: 'street-address' })}
        </fieldset>
        <button type="submit" className="button">
          {t('details.save')}
        </button>
      </form>
      <p role="status" className="status-message">
        {status === 'saved' ? t('details.saved') : ''}
      </p>
      {status === 'failed' && (
        <p className="error-message" role="alert">
          {t('details.failed')}
        </p>
      )}
      <p>
        <Link to="/letters">{t('details.toLetters')}</Link>
      </p>
    </Page>
  );
}

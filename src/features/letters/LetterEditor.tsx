import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { clockFor, findTemplate } from '../../content/letters';
import { nowIso } from '../../domain/ids';
import { layoutOf } from '../../domain/letters/output';
import type { LetterRecord } from '../../domain/letters/types';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { createAutosaver, getStorage } from '../../storage';
import { saveMerged } from '../../storage/merged';
import { failedRead, useRecordRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useSteadyRead } from '../../ui/records/readState';
import { merge3 } from '../../domain/merge';
import { Loading } from '../../ui/primitives/Loading';
import { ConfirmButton } from '../../ui/primitives/ConfirmButton';
import { useSyncedDocument, type DocumentStore } from '../../ui/records/useSyncedDocument';
import { Page } from '../../ui/primitives/Page';
import { ClockPanel } from './ClockPanel';
import { LetterCopy } from './LetterCopy';
import { ProvisionChecker } from './ProvisionChecker';
import { DateField } from './DateField';
import { letterTitle, useFormatDate, useToday } from './shared';
import { formatDate } from '../../domain/dates';
import { dateWords } from '../../ui/i18n/useFormatDate';
import { LetterActions, LetterSheet, LetterTextField, SenderOffer, type TextField } from './LetterParts';
import { contentT } from '../../ui/i18n/contentText';
import { TextArea } from '../../ui/primitives/keepCaret';
import { UnsavedNotice } from '../../ui/primitives/UnsavedNotice';
import { TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';

/** /letters/:letterId: edit every part of the letter (saved as typed), print, copy, share, download, record it as sent. */
export function LetterEditor() {
  const { letterId } = useParams();
  // Once open, a later read that fails (each save is read back) keeps the editor and what is typed.
  const stored = useSteadyRead(useRecordRead('letters', letterId), letterId ?? '');
  const childId = stored.status === 'ready' ? stored.value?.childId : undefined;
  // The child the letter is about: their details and answers (which clock the letter starts).
  const child = useSteadyRead(useRecordRead('children', childId), childId ?? '');
  const { t } = useTranslation('letters');

  const failed = failedRead(stored, child);
  if (failed) {
    // Never a blank letter: say it could not be read, and offer nothing that saves over it.
    return (
      <Page title={t('list.title')}>
        <ReadFailed read={failed} />
        <Link to="/letters">{t('editor.back')}</Link>
      </Page>
    );
  }
  if (stored.status !== 'ready' || (stored.value && child.status !== 'ready')) return <Loading />;
  if (stored.value === null) {
    return (
      <Page title={t('list.title')}>
        <p>{t('list.notFound')}</p>
        <Link to="/letters">{t('editor.back')}</Link>
      </Page>
    );
  }
  return <Editor key={stored.value.id} initial={stored.value} child={child.status === 'ready' ? child.value : null} />;
}

/**
 * The letter as this screen holds it: the person's text lives here and storage is written behind it
 * (so a failed save loses nothing), merged with what another tab saved through the same document
 * and merge as the plan (one editor document, one merge: field by field, word by word).
 */
function useLetterDocument(initial: LetterRecord) {
  const state = useState<LetterRecord | null | undefined>(initial);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const id = initial.id;
  const store = useMemo<DocumentStore<LetterRecord>>(
    () => ({
      write: async (l) => {
        await getStorage().put('letters', l);
        setSaveState('saved');
      },
      writeMerged: async (base, mine) => {
        const saved = await saveMerged('letters', base, mine);
        if (saved) setSaveState('saved');
        return saved;
      },
      read: () => getStorage().get('letters', id),
      subscribe: (onChange) => getStorage().onChange('letters', onChange),
      remove: (l) => getStorage().delete('letters', l.id),
      autosaver: (save) => createAutosaver(save),
      unsavedName: `letter:${id}`,
    }),
    [id],
  );
  const doc = useSyncedDocument(id, state, store, merge3);

  /** A change to the letter, made to what is on screen at that moment (never to an older copy). */
  const update = (change: Partial<LetterRecord> | ((l: LetterRecord) => Partial<LetterRecord>)) => {
    doc.save((l) => ({ ...l, ...(typeof change === 'function' ? change(l) : change), updatedAt: nowIso() }));
    setSaveState('saving');
  };
  /** Changes that matter at once (sent date, deletion of a paragraph): saved without waiting. */
  const updateNow = (change: Partial<LetterRecord> | ((l: LetterRecord) => Partial<LetterRecord>)) => {
    update(change);
    // The change is taken in when React next draws; save straight after that.
    setTimeout(() => void doc.flush());
  };
  const flush = () => void doc.flush();
  return { letter: state[0], saveState, update, updateNow, flush, remove: doc.remove, unsaved: doc.unsaved };
}

function Editor({ initial, child }: { initial: LetterRecord; child: ChildRecord | null }) {
  const doc = useLetterDocument(initial);
  const { t } = useTranslation('letters');
  if (!doc.letter) {
    // Deleted in another tab (or everything deleted in settings): nothing typed here brings it back.
    return (
      <Page title={t('list.title')}>
        <p>{t('list.notFound')}</p>
        <Link to="/letters">{t('editor.back')}</Link>
      </Page>
    );
  }
  return <EditorBody doc={{ ...doc, letter: doc.letter }} child={child} />;
}

function EditorBody({ doc, child }: { doc: ReturnType<typeof useLetterDocument> & { letter: LetterRecord }; child: ChildRecord | null }) {
  const { t } = useTranslation('letters');
  const navigate = useNavigate();
  const format = useFormatDate();
  const today = useToday();
  const id = useId();
  // The key of the last message, not its words, so it follows a change of language.
  const [message, setMessage] = useState('');
  const { letter, saveState, update, updateNow, flush, remove: removeLetter, unsaved } = doc;

  const template = findTemplate(letter.templateId);
  const title = letterTitle(t, letter);
  // The date at the top is in the letter's language (an English letter says "7 December 2026"
  // whatever language the app is in); a letter from before letters kept their language uses the app's.
  const { t: letterWords } = useTranslation('common', { lng: letter.language });
  const dateLine = letter.language ? formatDate(letter.sentOn ?? today, dateWords(letterWords), 'short') : format(letter.sentOn ?? today, 'short');
  const layout = useMemo(() => layoutOf(letter, dateLine), [letter, dateLine]);

  const field = (name: TextField, opts: { multiline?: boolean; hint?: string } = {}) => (
    <LetterTextField id={`${id}-${name}`} name={name} value={letter[name]} onChange={(value) => update({ [name]: value })} {...opts} />
  );

  const setParagraph = (index: number, text: string) => update((l) => ({ paragraphs: l.paragraphs.map((p, i) => (i === index ? text : p)) }));

  const remove = async () => {
    if (await removeLetter(letter)) navigate('/letters', { replace: true });
  };

  return (
    <Page title={title} className="letter-page">
      <Link className="back-link no-print" to="/letters">
        {t('editor.back')}
      </Link>
      <div className="no-print">
        <p>{t('editor.intro')}</p>
        <p>
          <Link to="/letters/details">{t('editor.detailsLink')}</Link>
        </p>
        <SenderOffer letter={letter} child={child} onFill={(fill) => {
          updateNow(fill);
          setMessage('editor.filledFromDetails');
        }} />
        <p role="status" className="hint letter-save-state">
          {unsaved ? '' : saveState === 'saving' ? t('editor.saving') : saveState === 'saved' ? t('editor.saved') : ''}
        </p>
        <UnsavedNotice unsaved={unsaved} text={t('editor.notSaved')} />

        {field('senderName', { hint: t('editor.fields.senderNameHint') })}
        {field('senderAddress', { multiline: true, hint: t('editor.fields.senderAddressHint') })}
        {field('recipient', { multiline: true, hint: t('editor.fields.recipientHint') })}
        {field('subject')}
        {field('greeting')}
        {letter.paragraphs.map((p, i) => {
          const pid = `${id}-p${i}`;
          return (
            <div className="field" key={i}>
              <label htmlFor={pid}>{t('editor.fields.paragraph', { number: i + 1, total: letter.paragraphs.length })}</label>
              <TextArea id={pid} rows={Math.max(3, Math.ceil(p.length / 38))} maxLength={TEXT_MAX} value={p} onChange={(e) => setParagraph(i, e.target.value)} />
              <LimitNote value={p} max={TEXT_MAX} />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  updateNow((l) => ({ paragraphs: l.paragraphs.filter((_, j) => j !== i) }));
                  setMessage('editor.fields.removed');
                }}
              >
                {t('editor.fields.removeParagraph', { number: i + 1 })}
              </button>
            </div>
          );
        })}
        <p>
          <button type="button" className="button button--secondary" onClick={() => update((l) => ({ paragraphs: [...l.paragraphs, ''] }))}>
            {t('editor.fields.addParagraph')}
          </button>
        </p>
        {field('signOff')}
        <ProvisionChecker letter={letter} onChange={updateNow} />

        <h2>{t('editor.actions.heading')}</h2>
        <p>{t('editor.actions.emailTip')}</p>
        <LetterActions layout={layout} title={title} flush={flush} onMessage={setMessage} />
        <p role="status" className="status-message notice">
          {message ? contentT(t)(message) : ''}
        </p>

        <h2>{t('editor.sent.heading')}</h2>
        <DateField
          label={t('editor.sent.label')}
          hint={t('editor.sent.hint')}
          value={letter.sentOn}
          max={today}
          saveLabel={t('editor.sent.save')}
          savedText={(d) => t('editor.sent.saved', { date: format(d, 'short') })}
          onSave={(sentOn) => updateNow({ sentOn })}
        />
        {letter.sentOn && (
          <p>
            <button type="button" className="link-button" onClick={() => updateNow({ sentOn: undefined })}>
              {t('editor.sent.clear')}
            </button>
          </p>
        )}
        {letter.sentOn && template && <ClockPanel letter={letter} clock={clockFor(template.id, child?.answers) ?? 'none'} onChange={updateNow} />}
      </div>

      <section className="letter-preview" aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`} className="no-print">
          {t('editor.preview')}
        </h2>
        <LetterSheet layout={layout} lang={letter.language} />
      </section>
      <LetterCopy letter={letter} />

      <div className="no-print">
        <ConfirmButton
          label={t('editor.delete.button')}
          question={t('editor.delete.confirm')}
          yes={t('editor.delete.yes')}
          no={t('editor.delete.no')}
          onConfirm={remove}
          buttonClassName="button button--secondary"
        />
      </div>
    </Page>
  );
}

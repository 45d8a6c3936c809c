import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { clockFor, findTemplate } from '../../content/letters';
import { nowIso } from '../../domain/ids';
import { layoutOf, toPlainText, toRtf } from '../../domain/letters/output';
import type { LetterRecord } from '../../domain/letters/types';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { senderFill } from '../../domain/letters/details';
import { audienceOf } from '../../domain/textVariant';
import { createAutosaver, getStorage, type Autosaver } from '../../storage';
import { saveMerged } from '../../storage/merged';
import { useRecord } from '../../storage/react';
import { merge3 } from '../../domain/merge';
import { copyText, downloadFile, shareContent } from '../../ui/download';
import { Loading } from '../../ui/Loading';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Page } from '../../ui/Page';
import { ClockPanel } from './ClockPanel';
import { GrowingTextarea } from '../../ui/GrowingTextarea';
import { DateField } from './DateField';
import { letterTitle, slug, useFormatDate, useToday } from './shared';
import { contentT } from '../../ui/contentText';

type TextField = 'senderName' | 'senderAddress' | 'recipient' | 'subject' | 'greeting' | 'signOff';

/** /letters/:letterId: edit every part of the letter (saved as typed), print, copy, share, download, record it as sent. */
export function LetterEditor() {
  const { letterId } = useParams();
  const stored = useRecord('letters', letterId);
  const { t } = useTranslation('letters');

  if (stored === undefined) return <Loading />;
  if (stored === null) {
    return (
      <Page title={t('list.title')}>
        <p>{t('list.notFound')}</p>
        <Link to="/letters">{t('editor.back')}</Link>
      </Page>
    );
  }
  return <Editor key={stored.id} initial={stored} />;
}

/**
 * The letter as this screen holds it: the person's text lives here and storage is written behind it
 * (so a failed save loses nothing), merged with what another tab saved, field by field and word by word.
 */
function useLetterDocument(initial: LetterRecord) {
  const [letter, setLetter] = useState<LetterRecord>(initial);
  const [saveState, setSaveState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const saver = useRef<Autosaver<LetterRecord> | null>(null);

  /** The version this screen last read or saved: what another tab's changes are measured from. */
  const base = useRef<LetterRecord>(initial);
  /** What is on screen now, for saves and merges that happen between renders. */
  const latest = useRef<LetterRecord>(initial);
  const show = (next: LetterRecord) => {
    latest.current = next;
    setLetter(next);
  };

  useEffect(() => {
    const s = createAutosaver<LetterRecord>(async (value, { urgent }) => {
      if (urgent) {
        // The page is going: write what is on screen at once (a read first would not finish).
        await getStorage().put('letters', value);
        base.current = value;
        return;
      }
      // Merged with what is stored now (another tab may have typed too), read and written in one step.
      const saved = await saveMerged('letters', base.current, value);
      if (!saved) return; // deleted in another tab
      base.current = saved;
      if (JSON.stringify(saved) !== JSON.stringify(value)) show(merge3(value, latest.current, saved));
      setSaveState('saved');
    });
    saver.current = s;
    // Letters changed (here or in another tab): merge what is stored into what is on screen, through
    // the same queue as every save, so no read can come back older than a save already made.
    const off = getStorage().onChange('letters', () => {
      s.schedule(latest.current);
      void s.flush();
    });
    return () => {
      off();
      s.dispose();
    };
  }, []);

  const update = (change: Partial<LetterRecord>) => {
    const next = { ...latest.current, ...change, updatedAt: nowIso() };
    show(next);
    saver.current?.schedule(next);
    setSaveState('saving');
  };
  /** Changes that matter at once (sent date, deletion of a paragraph): saved without waiting. */
  const updateNow = (change: Partial<LetterRecord>) => {
    update(change);
    void saver.current?.flush();
  };
  const flush = () => void saver.current?.flush();
  /** Stops saving (nothing typed afterwards brings the letter back) and deletes it. */
  const remove = async () => {
    saver.current?.dispose();
    saver.current = null;
    await getStorage().delete('letters', latest.current.id);
  };
  return { letter, saveState, update, updateNow, flush, remove };
}

function Editor({ initial }: { initial: LetterRecord }) {
  const { t } = useTranslation('letters');
  const navigate = useNavigate();
  const format = useFormatDate();
  const today = useToday();
  const id = useId();
  // The key of the last message, not its words, so it follows a change of language.
  const [message, setMessage] = useState('');
  const child = useRecord('children', initial.childId);
  const { letter, saveState, update, updateNow, flush, remove: removeLetter } = useLetterDocument(initial);

  const template = findTemplate(letter.templateId);
  const title = letterTitle(t, letter);
  const dateLine = format(letter.sentOn ?? today, 'short');
  const layout = useMemo(() => layoutOf(letter, dateLine), [letter, dateLine]);

  const field = (name: TextField, opts: { multiline?: boolean; hint?: string } = {}) => (
    <LetterTextField id={`${id}-${name}`} name={name} value={letter[name]} onChange={(value) => update({ [name]: value })} {...opts} />
  );

  const setParagraph = (index: number, text: string) => update({ paragraphs: letter.paragraphs.map((p, i) => (i === index ? text : p)) });

  const remove = async () => {
    await removeLetter();
    navigate('/letters', { replace: true });
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
          {saveState === 'saving' ? t('editor.saving') : saveState === 'saved' ? t('editor.saved') : ''}
        </p>

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
              <GrowingTextarea id={pid} rows={3} value={p} onChange={(e) => setParagraph(i, e.target.value)} />
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  updateNow({ paragraphs: letter.paragraphs.filter((_, j) => j !== i) });
                  setMessage('editor.fields.removed');
                }}
              >
                {t('editor.fields.removeParagraph', { number: i + 1 })}
              </button>
            </div>
          );
        })}
        <p>
          <button type="button" className="button button--secondary" onClick={() => update({ paragraphs: [...letter.paragraphs, ''] })}>
            {t('editor.fields.addParagraph')}
          </button>
        </p>
        {field('signOff')}

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
        <LetterSheet layout={layout} />
      </section>

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

/**
 * A letter made before the family gave their details: offers to fill its blank name and address
 * lines from the details known now (never over what they typed).
 */
function SenderOffer({ letter, child, onFill }: { letter: LetterRecord; child: ChildRecord | null | undefined; onFill: (fill: Partial<LetterRecord>) => void }) {
  const { t } = useTranslation('letters');
  const fill = senderFill(letter, child?.details ?? {}, audienceOf(child?.answers) === 'young-person');
  if (Object.keys(fill).length === 0) return null;
  return (
    <div className="notice">
      <p>{t('editor.fillFromDetails')}</p>
      <button type="button" className="button button--secondary" onClick={() => onFill(fill)}>
        {t('editor.fillFromDetailsButton')}
      </button>
    </div>
  );
}

/** One labelled box of the letter (a line, or several for an address), saved as typed. */
function LetterTextField({ id, name, value, onChange, multiline, hint }: { id: string; name: TextField; value: string; onChange: (value: string) => void; multiline?: boolean; hint?: string }) {
  const { t } = useTranslation('letters');
  const fieldId = id;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{t(`editor.fields.${name}`)}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <GrowingTextarea id={fieldId} aria-describedby={hintId} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" id={fieldId} aria-describedby={hintId} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

/** Print, copy, share and download the letter; `onMessage` gets the key of what happened. */
function LetterActions({ layout, title, flush, onMessage }: { layout: ReturnType<typeof layoutOf>; title: string; flush: () => void; onMessage: (key: string) => void }) {
  const { t } = useTranslation('letters');
  const setMessage = onMessage;
  const print = () => {
    flush();
    window.print();
  };
  const copy = async () => setMessage((await copyText(toPlainText(layout))) ? 'editor.actions.copied' : 'editor.actions.copyFailed');
  const share = async () => {
    const result = await shareContent({ title: layout.subject || title, text: toPlainText(layout) });
    setMessage(result === 'shared' ? 'editor.actions.shared' : result === 'unavailable' ? 'editor.actions.shareUnavailable' : '');
  };
  const download = () => {
    downloadFile(`${slug(layout.subject || title)}.rtf`, toRtf(layout), 'application/rtf');
    setMessage('editor.actions.downloaded');
  };
  return (
    <div className="button-row">
      <button type="button" className="button" onClick={print}>
        {t('editor.actions.print')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void copy()}>
        {t('editor.actions.copy')}
      </button>
      <button type="button" className="button button--secondary" onClick={() => void share()}>
        {t('editor.actions.share')}
      </button>
      <button type="button" className="button button--secondary" onClick={download}>
        {t('editor.actions.download')}
      </button>
    </div>
  );
}

/** The letter as it will be sent: what prints, alone, on A4. */
export function LetterSheet({ layout }: { layout: ReturnType<typeof layoutOf> }) {
  const lines = (text: string) => text.split('\n').map((line, i) => <span key={i} className="letter-sheet__line">{line}</span>);
  return (
    <div className="letter-sheet">
      {(layout.senderName || layout.senderAddress) && (
        <p className="letter-sheet__sender">
          {lines([layout.senderName, layout.senderAddress].filter(Boolean).join('\n'))}
        </p>
      )}
      <p className="letter-sheet__date">{layout.date}</p>
      {layout.recipient && <p className="letter-sheet__recipient">{lines(layout.recipient)}</p>}
      {layout.subject && (
        <p className="letter-sheet__subject">
          <strong>{layout.subject}</strong>
        </p>
      )}
      {layout.greeting && <p>{layout.greeting}</p>}
      {layout.paragraphs.map((p, i) => (
        <p key={i}>{lines(p)}</p>
      ))}
      <p className="letter-sheet__closing">{lines([layout.signOff, layout.senderName].filter(Boolean).join('\n'))}</p>
    </div>
  );
}

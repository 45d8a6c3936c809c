import { useTranslation } from 'react-i18next';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { senderFill } from '../../domain/letters/details';
import { layoutOf, toPlainText, toRtf } from '../../domain/letters/output';
import type { LetterRecord } from '../../domain/letters/types';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { audienceOf } from '../../domain/textVariant';
import { copyText, downloadFile, shareContent } from '../../ui/primitives/download';
import { TextArea, TextInput } from '../../ui/primitives/keepCaret';
import { LimitNote } from '../../ui/primitives/LimitNote';
import { slug } from './shared';

/** The boxes of a letter that hold a line or a few lines of text. */
export type TextField = 'senderName' | 'senderAddress' | 'recipient' | 'subject' | 'greeting' | 'signOff';

/**
 * A letter made before the family gave their details: offers to fill its blank name and address
 * lines from the details known now (never over what they typed).
 */
export function SenderOffer({ letter, child, onFill }: { letter: LetterRecord; child: ChildRecord | null | undefined; onFill: (fill: Partial<LetterRecord>) => void }) {
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
export function LetterTextField({ id, name, value, onChange, multiline, hint }: { id: string; name: TextField; value: string; onChange: (value: string) => void; multiline?: boolean; hint?: string }) {
  const { t } = useTranslation('letters');
  const fieldId = id;
  const hintId = hint ? `${fieldId}-hint` : undefined;
  // The sender's name is a name; the other boxes are writing (the limits of the saved letter).
  const max = name === 'senderName' ? NAME_MAX : TEXT_MAX;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{t(`editor.fields.${name}`)}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {multiline ? (
        <TextArea id={fieldId} aria-describedby={hintId} rows={Math.max(3, value.split('\n').length + 1)} maxLength={max} value={value} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <TextInput type="text" id={fieldId} aria-describedby={hintId} maxLength={max} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
      <LimitNote value={value} max={max} />
    </div>
  );
}

/** Print, copy, share and download the letter; `onMessage` gets the key of what happened. */
export function LetterActions({ layout, title, flush, onMessage }: { layout: ReturnType<typeof layoutOf>; title: string; flush: () => void; onMessage: (key: string) => void }) {
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
export function LetterSheet({ layout, lang }: { layout: ReturnType<typeof layoutOf>; lang?: string }) {
  const lines = (text: string) => text.split('\n').map((line, i) => <span key={i} className="letter-sheet__line">{line}</span>);
  // The letter keeps its own language and direction whatever language the app is in.
  return (
    <div className="letter-sheet" lang={lang} dir="ltr">
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

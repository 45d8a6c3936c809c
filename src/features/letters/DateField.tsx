import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareDates, isDateInRange, isIsoDate, YEARS, type IsoDate } from '../../domain/dates';

/** A date the family records (sent, draft arrived, decision letter), checked before it is saved. */
export function DateField({
  label,
  hint,
  value,
  max,
  saveLabel,
  savedText,
  onSave,
}: {
  label: string;
  hint?: string;
  value: IsoDate | undefined;
  /** The latest date allowed (e.g. today for a date already past); none for a date still to come. */
  max?: IsoDate;
  saveLabel: string;
  savedText: (date: IsoDate) => string;
  onSave: (date: IsoDate) => void;
}) {
  const { t } = useTranslation('letters');
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const [error, setError] = useState('');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  const save = () => {
    if (!isIsoDate(text)) return setError(t('editor.sent.invalid'));
    // A slip of the keyboard ('0026', '20266') would count a deadline from the wrong century.
    if (!isDateInRange(text)) return setError(t('editor.sent.year', { first: YEARS.first, last: YEARS.last }));
    if (max && compareDates(text, max) > 0) return setError(t('editor.sent.future'));
    setError('');
    onSave(text);
  };

  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {error && (
        <p id={errorId} className="error-message">
          {error}
        </p>
      )}
      <div className="date-row">
        <input
          type="date"
          id={id}
          value={text}
          min={`${YEARS.first}-01-01`}
          max={max ?? `${YEARS.last}-12-31`}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="button" className="button button--secondary" onClick={save}>
          {saveLabel}
        </button>
      </div>
      {value && !error && <p className="hint">{savedText(value)}</p>}
    </div>
  );
}

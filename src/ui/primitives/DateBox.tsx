import { useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { isDateInRange, YEARS } from '../../domain/dates';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value' | 'onChange' | 'min' | 'max'> & {
  id: string;
  value: string;
  /** Called with '' or a date in a year a family could mean; never with an impossible year. */
  onChange: (value: string) => void;
};

/**
 * A date box that saves as it is typed, but never a year no family could mean ('0026' for 2026, a
 * slip that would count a deadline from the wrong century): such a date stays in the box, marked,
 * with a plain message, and is not passed on until the year is put right.
 */
export function DateBox({ id, value, onChange, ...rest }: Props) {
  const { t } = useTranslation('forms');
  const [impossible, setImpossible] = useState<string | null>(null);
  const messageId = `${id}-year`;
  const describedBy = [rest['aria-describedby'], impossible ? messageId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <input
        {...rest}
        id={id}
        type="date"
        min={`${YEARS.first}-01-01`}
        max={`${YEARS.last}-12-31`}
        value={impossible ?? value}
        aria-invalid={impossible ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => {
          const typed = e.target.value;
          if (typed === '' || isDateInRange(typed)) {
            setImpossible(null);
            onChange(typed);
          } else setImpossible(typed);
        }}
      />
      {impossible && (
        <span id={messageId} className="error-message">
          {t('year', { first: String(YEARS.first), last: String(YEARS.last) })}
        </span>
      )}
    </>
  );
}

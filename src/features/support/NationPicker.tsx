import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NATIONS, type Nation } from '../../domain/nations';

/** A select for the nation whose law to show. `allLabel` adds an "all nations" choice. */
export function NationPicker<V extends Nation | 'all'>({
  value,
  onChange,
  allLabel,
}: {
  value: V;
  onChange: (n: V) => void;
  allLabel?: string;
}) {
  const { t } = useTranslation('support');
  const id = useId();
  return (
    <div className="field no-print">
      <label htmlFor={id}>{t('nationPicker.label')}</label>
      <span className="hint" id={`${id}-hint`}>
        {t('nationPicker.hint')}
      </span>
      <select id={id} aria-describedby={`${id}-hint`} value={value} onChange={(e) => onChange(e.currentTarget.value as V)}>
        {allLabel && <option value="all">{allLabel}</option>}
        {NATIONS.map((n) => (
          <option key={n} value={n}>
            {t(`nations.${n}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyRecord } from '../../domain/families/types';

/**
 * In the replace step for a file saved before families (one household): which of this device's
 * families it replaces. Only that family's records are replaced; the others are not touched.
 */
export function WhichFamily({
  families,
  chosen,
  onChoose,
  missing,
}: {
  families: Pick<FamilyRecord, 'id' | 'name'>[];
  chosen: string | undefined;
  onChoose: (id: string) => void;
  /** Replace was pressed before a family was chosen. */
  missing: boolean;
}) {
  const { t } = useTranslation('plan');
  const id = useId();
  return (
    <fieldset className="field" aria-describedby={`${id}-hint${missing ? ` ${id}-error` : ''}`}>
      <legend>{t('import.whichFamily')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('import.whichFamilyHint')}
      </p>
      {missing && (
        <p className="error-message" id={`${id}-error`} role="alert">
          {t('import.whichFamilyMissing')}
        </p>
      )}
      <div className="choices">
      {families.map((f, i) => (
        <div className="choice" key={f.id}>
          <input
            type="radio"
            id={`${id}-${i}`}
            name={`${id}-family`}
            value={f.id}
            checked={chosen === f.id}
            aria-invalid={missing || undefined}
            onChange={() => onChoose(f.id)}
          />
          <label htmlFor={`${id}-${i}`}>{f.name.trim() || t('import.unnamedFamily', { number: i + 1 })}</label>
        </div>
      ))}
      </div>
    </fieldset>
  );
}

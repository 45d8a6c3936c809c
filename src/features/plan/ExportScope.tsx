import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_SCOPES, type ExportScope } from '../../domain/plan/export';

/** Says what a saved or shared plan file will hold, and lets the family choose. */
export function ExportScopeChoice({ value, onChange, name }: { value: ExportScope; onChange: (scope: ExportScope) => void; name: string }) {
  const { t } = useTranslation('plan');
  const id = useId();
  return (
    <fieldset className="export-scope" aria-describedby={`${id}-hint`}>
      <legend>{t('exportScope.legend')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('exportScope.hint')}
      </p>
      {EXPORT_SCOPES.map((scope) => (
        <div className="choice" key={scope}>
          <input type="radio" id={`${id}-${scope}`} name={`${id}-scope`} checked={value === scope} onChange={() => onChange(scope)} />
          <label htmlFor={`${id}-${scope}`}>{t(`exportScope.${scope}`, { name })}</label>
        </div>
      ))}
    </fieldset>
  );
}

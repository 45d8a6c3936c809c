import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './languages';

/** Each language is named in itself, so a person can find theirs whatever is showing now. */
export function LanguageSelect({ className, label }: { className?: string; label?: string }) {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className={className}>
      <label htmlFor={id}>{label ?? t('language.label')}</label>
      <select id={id} value={current} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The switch in the page header. */
export function LanguageSwitch() {
  return <LanguageSelect className="language-switch" />;
}

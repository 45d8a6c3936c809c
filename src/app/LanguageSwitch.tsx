import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n';

/** Each language is named in itself, so a person can find theirs whatever is showing now. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const current = i18n.resolvedLanguage ?? i18n.language;
  return (
    <div className="language-switch">
      <label htmlFor="language-switch">{t('language.label')}</label>
      <select id="language-switch" value={current} onChange={(e) => void i18n.changeLanguage(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}

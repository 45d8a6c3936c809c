import { lazy, Suspense, useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf, LANGUAGES } from './languages';

const LanguageFetch = lazy(() => import('./LanguageFetch'));

/**
 * Keeping the language on screen for offline failed (offline now, or the files changed with a new
 * version and cannot be fetched yet). Safe to leave: the page is already showing, nothing of the
 * family's is touched, and the next start or choice of the language tries again.
 */
function tryAgainNextStart() {}

/**
 * Each language is named in itself, so a person can find theirs whatever is showing now. A language
 * that did not come with the first visit is fetched whole when chosen (with how far it has got), and
 * shown only once all of it is here, so it then works offline too.
 */
export function LanguageSelect({ className, label }: { className?: string; label?: string }) {
  const { t, i18n } = useTranslation('common');
  const id = useId();
  const current = i18n.resolvedLanguage ?? i18n.language;
  const [fetching, setFetching] = useState<string>();

  // After a new version, the language on screen may need fetching again to stay offline.
  useEffect(() => {
    if (languageOf(current)?.firstVisit === false) import('./downloadLanguage').then((m) => m.downloadLanguage(current)).catch(tryAgainNextStart);
  }, [current]);

  const ready = useCallback(() => {
    setFetching((code) => {
      if (code) void i18n.changeLanguage(code);
      return undefined;
    });
  }, [i18n]);

  const choose = (code: string) => {
    if (languageOf(code)?.firstVisit !== false) {
      setFetching(undefined);
      return void i18n.changeLanguage(code);
    }
    setFetching(code);
  };

  return (
    <div className={className}>
      <label htmlFor={id}>{label ?? t('language.label')}</label>
      <select id={id} value={current} onChange={(e) => choose(e.target.value)} aria-describedby={fetching ? `${id}-fetching` : undefined}>
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      <span id={`${id}-fetching`} role="status" className="language-fetching">
        {fetching && (
          <Suspense fallback={null}>
            <LanguageFetch code={fetching} onReady={ready} />
          </Suspense>
        )}
      </span>
    </div>
  );
}

/** The switch in the page header. */
export function LanguageSwitch() {
  return <LanguageSelect className="language-switch" />;
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadLanguage, type LanguageProgress } from './downloadLanguage';
import { languageOf } from './languages';

/**
 * Fetches a language that did not come with the first visit, saying how far it has got, and calls
 * `onReady` once all of it is here (so it then works offline too). Not on the first page: it loads
 * when such a language is chosen.
 */
export default function LanguageFetch({ code, onReady }: { code: string; onReady: () => void }) {
  const { t } = useTranslation('notices');
  const [progress, setProgress] = useState<LanguageProgress>();
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setFailed(false);
    downloadLanguage(code, (p) => live && setProgress(p)).then(
      () => live && onReady(),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [code, onReady]);
  const language = languageOf(code)?.name ?? code;
  if (failed) return <>{t('language.fetchFailed', { language })}</>;
  return progress ? <>{t('language.fetching', { language, done: progress.done, total: progress.total })}</> : null;
}

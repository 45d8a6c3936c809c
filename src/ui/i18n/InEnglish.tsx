import { Suspense, useMemo, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Loading } from '../primitives/Loading';
import { SOURCE_LANGUAGE, unreviewedTranslation } from './languages';

const SHOWN_KEY = 'bn.showEnglish';
function rememberedShown(): boolean {
  try {
    return sessionStorage.getItem(SHOWN_KEY) === '1';
  } catch {
    return false;
  }
}
function remember(shown: boolean) {
  try {
    sessionStorage.setItem(SHOWN_KEY, shown ? '1' : '0');
  } catch {
    /* not remembered on the next page, but shown on this one */
  }
}

/**
 * A page of rights or letters in a translation: it says once, at the top, when no professional
 * translator has checked the translation yet and that the English decides; and "Show in English"
 * draws the same page again from the same keys in English, beside the translation on a wide screen
 * and after it on a phone. In English it is the page alone.
 */
export function InEnglish({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const english = useMemo(() => (language === SOURCE_LANGUAGE ? undefined : i18n.cloneInstance({ lng: SOURCE_LANGUAGE })), [i18n, language]);
  if (!english) return <>{children}</>;
  return (
    <Translated english={english} language={language}>
      {children}
    </Translated>
  );
}

function Translated({ children, english, language }: { children: ReactNode; english: i18n; language: string }) {
  const { t } = useTranslation('notices');
  // The English words of the switch come from English's own file, whatever language is on screen.
  const { t: en } = useTranslation('notices', { i18n: english });
  const [shown, setShown] = useState(rememberedShown);
  return (
    <>
      <div className="translation-note">
        {unreviewedTranslation(language) && <p>{t('translation.unreviewed')}</p>}
        <button
          type="button"
          className="button button--secondary"
          aria-pressed={shown}
          onClick={() => {
            setShown(!shown);
            remember(!shown);
          }}
        >
          <span lang="en" dir="ltr">{en('translation.showEnglish')}</span> · {t('translation.showEnglish')}
        </button>
      </div>
      {shown ? (
        <div className="side-by-side">
          <div>{children}</div>
          <section className="in-english" lang="en" dir="ltr" aria-label={en('translation.inEnglish')}>
            <I18nextProvider i18n={english}>
              <Suspense fallback={<Loading />}>{children}</Suspense>
            </I18nextProvider>
          </section>
        </div>
      ) : (
        children
      )}
    </>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStorageStatus } from '../storage/react';

/**
 * A plain page with no router, header or feature code, so it still works when those are what broke.
 * Plain links and `location.reload()` start the app afresh.
 */
export default function RecoveryPage() {
  const { t } = useTranslation('common');
  // The page's own words load with its code, only after a crash (the heading and the link home are
  // in the first page's words, for PlainRecovery too).
  const { t: words } = useTranslation('crash');
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  const memoryOnly = useStorageStatus().mode === 'memory';

  useEffect(() => {
    document.title = `${t('crash.title')} – ${t('app.name')}`;
    heading.current?.focus();
  }, [t]);

  const save = async () => {
    try {
      // The saving code loads when asked for (it is kept offline with the rest of the app), not with the first page.
      const { saveEverythingToFile } = await import('../ui/records/saveEverything');
      await saveEverythingToFile();
      setMessage(words('saved'));
    } catch {
      setMessage(words('saveFailed'));
    }
  };

  return (
    <main id="main" className="main recovery">
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {t('crash.title')}
      </h1>
      <p>{memoryOnly ? words('bodyMemory') : words('body')}</p>
      <p>
        <button type="button" className="button" onClick={() => void save()}>
          {words('save')}
        </button>
      </p>
      <p role="status" className="status-message">
        {message}
      </p>
      <p>{words('reloadHint')}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {words('reload')}
        </button>
      </p>
      <p>
        <a href="/">{t('crash.home')}</a>
      </p>
    </main>
  );
}

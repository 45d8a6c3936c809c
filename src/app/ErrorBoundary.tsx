import { Component, useEffect, useRef, useState, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getStorage } from '../storage';
import { saveEverythingToFile } from '../ui/saveEverything';

/**
 * Catches a crash anywhere below it and shows RecoveryPage instead of a blank screen. Everything a
 * family types is saved as they type (src/storage/autosave.ts), so the page can say nothing is lost,
 * and offers a copy of everything in a file and a reload.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept on this device only: the browser's console, for someone helping the family to read.
    console.error('A screen stopped working:', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <RecoveryPage /> : this.props.children;
  }
}

/**
 * A plain page with no router, header or feature code, so it still works when those are what broke.
 * Plain links and `location.reload()` start the app afresh.
 */
export function RecoveryPage() {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const [message, setMessage] = useState('');
  const memoryOnly = getStorage().status().mode === 'memory';

  useEffect(() => {
    document.title = `${t('crash.title')} – ${t('app.name')}`;
    heading.current?.focus();
  }, [t]);

  const save = async () => {
    try {
      await saveEverythingToFile();
      setMessage(t('crash.saved'));
    } catch {
      setMessage(t('crash.saveFailed'));
    }
  };

  return (
    <main id="main" className="main recovery">
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {t('crash.title')}
      </h1>
      <p>{memoryOnly ? t('crash.bodyMemory') : t('crash.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => void save()}>
          {t('crash.save')}
        </button>
      </p>
      <p role="status" className="status-message">
        {message}
      </p>
      <p>{t('crash.reloadHint')}</p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </p>
      <p>
        <a href="/">{t('crash.home')}</a>
      </p>
    </main>
  );
}

import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { useSetting } from '../storage/react';

const noChange = () => () => {};

/** Only in the browser, after the page has hydrated: a prerendered page has no service worker to ask. */
export function UpdatePrompt() {
  const inBrowser = useSyncExternalStore(
    noChange,
    () => true,
    () => false,
  );
  return inBrowser ? <UpdateNotices /> : null;
}

/**
 * Tells the person when a new version is ready (they choose when to reload, so nothing they are
 * typing is lost) and, once, when the app is ready to use offline.
 */
function UpdateNotices() {
  const [offlineNoticeSeen, setOfflineNoticeSeen] = useSetting('offlineNoticeSeen', false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Installed apps (iOS especially) can stay open for days: check again when shown.
      const check = () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration.update().catch(() => {});
      };
      document.addEventListener('visibilitychange', check);
      check();
    },
  });

  useEffect(() => {
    if (offlineReady && offlineNoticeSeen) setOfflineReady(false);
  }, [offlineReady, offlineNoticeSeen, setOfflineReady]);

  if (needRefresh) {
    return <UpdateNotice kind="refresh" onReload={() => void updateServiceWorker(true)} onDone={() => setNeedRefresh(false)} />;
  }
  if (offlineReady && !offlineNoticeSeen) {
    return (
      <UpdateNotice
        kind="offline"
        onDone={() => {
          setOfflineReady(false);
          void setOfflineNoticeSeen(true).catch(() => {});
        }}
      />
    );
  }
  return null;
}

/** The notice itself: its words load only when there is something to say. */
function UpdateNotice({ kind, onReload, onDone }: { kind: 'refresh' | 'offline'; onReload?: () => void; onDone: () => void }) {
  const { t } = useTranslation('notices');
  if (kind === 'refresh') {
    return (
      <div className="notice toast" role="status">
        <p>{t('update.available')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={onReload}>
            {t('update.reload')}
          </button>
          <button type="button" className="button button--secondary" onClick={onDone}>
            {t('update.later')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="notice notice--success toast" role="status">
      <p>{t('update.offlineReady')}</p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('update.ok')}
      </button>
    </div>
  );
}

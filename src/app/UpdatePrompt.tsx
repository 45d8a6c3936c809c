import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { anyUnsaved, flushAllAutosavers } from '../storage';
import { useSetting } from '../storage/react';

/** Whether the person is in a box they type in (a reload now could take their words). */
function typing(): boolean {
  const el = document.activeElement;
  return !!el && (el.matches('textarea, select, [contenteditable]') || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(el.type)));
}

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
 * Remembering that "ready to use offline" was seen could not be saved: the notice shows again on a
 * later visit, which is all that follows (the shell's storage banner says why saving failed).
 */
function sayOfflineReadyAgain() {}

/**
 * Tells the person when a new version is ready (they choose when to reload, so nothing they are
 * typing is lost) and, once, when the app is ready to use offline.
 */
function UpdateNotices() {
  const [offlineNoticeSeen, setOfflineNoticeSeen] = useSetting('offlineNoticeSeen', false);
  /** This tab asked for the new version (its own "Reload now"). */
  const requested = useRef(false);
  /** The new version took over from another tab while someone was typing here. */
  const [inUse, setInUse] = useState(false);
  const [notSaved, setNotSaved] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    // The new version has taken over. Everything typed is saved first; a tab that did not ask for
    // it, where someone is typing, is never reloaded under them: it says so and waits.
    onNeedReload() {
      void flushAllAutosavers().then((saved) => {
        if (saved && (requested.current || (!typing() && !anyUnsaved()))) window.location.reload();
        else setInUse(true);
      });
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Installed apps (iOS especially) can stay open for days: check again when shown.
      const check = () => {
        if (document.visibilityState === 'visible' && navigator.onLine) void registration.update().catch(checkAgainLater);
      };
      document.addEventListener('visibilitychange', check);
      check();
    },
  });

  useEffect(() => {
    if (offlineReady && offlineNoticeSeen) setOfflineReady(false);
  }, [offlineReady, offlineNoticeSeen, setOfflineReady]);

  /** Saves all typing in this tab, then reloads into the new version (never with words unsaved). */
  const reload = async (activate: boolean) => {
    const saved = await flushAllAutosavers();
    setNotSaved(!saved);
    if (!saved) return;
    requested.current = true;
    if (activate) await updateServiceWorker(true);
    else window.location.reload();
  };

  if (inUse) return <UpdateNotice kind="inUse" notSaved={notSaved} onReload={() => void reload(false)} />;
  if (needRefresh) {
    return <UpdateNotice kind="refresh" notSaved={notSaved} onReload={() => void reload(true)} onDone={() => setNeedRefresh(false)} />;
  }
  if (offlineReady && !offlineNoticeSeen) {
    return (
      <UpdateNotice
        kind="offline"
        onDone={() => {
          setOfflineReady(false);
          void setOfflineNoticeSeen(true).catch(sayOfflineReadyAgain);
        }}
      />
    );
  }
  return null;
}

interface NoticeProps {
  kind: 'inUse' | 'refresh' | 'offline';
  notSaved?: boolean;
  onReload?: () => void;
  onDone?: () => void;
}

/** The notice itself: its words load only when there is something to say. */
function UpdateNotice({ kind, notSaved = false, onReload, onDone }: NoticeProps) {
  const { t } = useTranslation('notices');
  if (kind === 'inUse') {
    return (
      <div className="notice toast" role="status">
        <p>{t('update.inUse')}</p>
        {notSaved && <p role="alert">{t('update.notSaved')}</p>}
        <button type="button" className="button" onClick={onReload}>
          {t('update.reload')}
        </button>
      </div>
    );
  }
  if (kind === 'refresh') {
    return (
      <div className="notice toast" role="status">
        <p>{t('update.available')}</p>
        {notSaved && <p role="alert">{t('update.notSaved')}</p>}
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
  // "Ready offline" comes on a first visit, while the person reads: it goes after the page's own
  // content, so nothing they are reading moves (the notices that ask something stay at the top).
  const notice = (
    <div className="notice notice--success toast" role="status">
      <p>{t('update.offlineReady')}</p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('update.ok')}
      </button>
    </div>
  );
  const end = document.getElementById('page-end-notices');
  return end ? createPortal(notice, end) : notice;
}

/**
 * Looking for a new version failed (the network dropped between the check and the fetch): nothing of
 * the family's is read or written here, and the next time the app is shown it looks again.
 */
function checkAgainLater() {}

import { useEffect, useId, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getStorage, KEEP_NOTICE_SETTING, requestPersistence } from '../storage';
import { useListRead, useRecordRead, useSession, useStorageStatus } from '../storage/react';

export type HomeScreenWay = 'ios' | 'android' | 'other';

/**
 * How this browser adds a site to the Home Screen: on an iPhone or iPad (iPadOS says it is a Mac,
 * but has a touch screen) through Share; on Android through the browser's menu; elsewhere we can
 * only speak generally.
 */
export function homeScreenWay(userAgent: string, touchPoints = 0): HomeScreenWay {
  if (/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && touchPoints > 1)) return 'ios';
  if (/Android/.test(userAgent)) return 'android';
  return 'other';
}

/**
 * When the browser will not promise to keep what the family saved (navigator.storage.persist()
 * refused), say so once, plainly: Safari on an iPhone may clear a site's data after 7 days of
 * browsing without it, unless it was added to the Home Screen, and any browser may when space runs
 * low. Offers the two ways to keep it: add the app to the Home Screen, and save a copy (in settings,
 * which shows the day of the last copy). Shown once they have saved something, in the page after
 * its own content (it never covers or moves what they read), until they say OK or leave the app;
 * not again after.
 * Never during a volunteer's session.
 */
export function KeepNotice() {
  const status = useStorageStatus();
  const seen = useRecordRead('settings', KEEP_NOTICE_SETTING);
  const children = useListRead('children');
  const session = useSession();
  const [refused, setRefused] = useState(false);
  // Once shown, it stays for this visit (even though it is marked seen at once) until dismissed.
  const [showing, setShowing] = useState(false);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    let live = true;
    void requestPersistence().then((granted) => {
      if (live) setRefused(!granted);
    });
    return () => {
      live = false;
    };
  }, []);

  // In memory only (private browsing) another banner already says nothing is kept. During a
  // volunteer's session the family's data leaves with them (hand-over), and the device is not theirs.
  // Only once both are read: a read that failed says neither "not seen" nor "something saved".
  const notSeen = seen.status === 'ready' && seen.value === null;
  const saved = children.status === 'ready' && children.value.length > 0;
  const due = refused && !session && status.mode === 'indexeddb' && notSeen && saved;
  useEffect(() => {
    if (due && !showing) setShowing(true);
  }, [due, showing]);

  // Seen once: remembered when they say OK, or when they leave the app with it on screen.
  const remember = () => void getStorage().put('settings', { id: KEEP_NOTICE_SETTING, value: true }).catch(showAgainNextTime);
  useEffect(() => {
    if (!showing || dismissed) return;
    const onHide = () => {
      if (document.visibilityState === 'hidden') remember();
    };
    document.addEventListener('visibilitychange', onHide);
    return () => document.removeEventListener('visibilitychange', onHide);
  }, [showing, dismissed]);

  if (!showing || dismissed) return null;
  const end = document.getElementById('page-end-notices');
  const notice = (
    <Notice
      onDone={() => {
        setDismissed(true);
        remember();
      }}
    />
  );
  return end ? createPortal(notice, end) : notice;
}

/**
 * Remembering that the notice was seen could not be saved: it is shown again on a later visit, which
 * is all that follows (the shell's storage banner says why saving failed). Nothing the family typed
 * is involved.
 */
function showAgainNextTime() {}

function Notice({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation('notices');
  const id = useId();
  const way = homeScreenWay(navigator.userAgent, navigator.maxTouchPoints);
  return (
    <section className="notice keep-notice" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="notice__title">
        {t('keep.title')}
      </h2>
      <p>{t('keep.body')}</p>
      <h3>{t('keep.homeHeading')}</h3>
      <p>{t(`keep.home.${way}`)}</p>
      <h3>{t('keep.copyHeading')}</h3>
      <p>
        {t('keep.copy')} <Link to="/settings">{t('keep.copyLink')}</Link>
      </p>
      <button type="button" className="button button--secondary" onClick={onDone}>
        {t('keep.ok')}
      </button>
    </section>
  );
}

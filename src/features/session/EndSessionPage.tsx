import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { getStorage, type SessionInfo } from '../../storage';
import { useFamilyKnown, useSession } from '../../storage/react';
import { ConfirmButton } from '../../ui/primitives/ConfirmButton';
import { Page } from '../../ui/primitives/Page';

/**
 * Empties the caches the service worker filled while the app ran (anything but the app's own
 * precache): 'cleared', or 'not-cleared' when the browser would not, so the summary can say so.
 */
async function clearRuntimeCaches(): Promise<'cleared' | 'not-cleared'> {
  if (typeof caches === 'undefined') return 'cleared';
  try {
    const names = await caches.keys();
    const deleted = await Promise.all(names.filter((n) => !n.startsWith('workbox-precache')).map((n) => caches.delete(n)));
    // `delete` resolves false for a cache that was there a moment ago and could not be deleted.
    return deleted.every(Boolean) ? 'cleared' : 'not-cleared';
  } catch {
    return 'not-cleared';
  }
}

/** Ends the session: deletes everything of it, and says plainly what the app cannot delete. */
export function EndSessionPage() {
  const { t } = useTranslation('session');
  const session = useSession();
  const known = useFamilyKnown();
  const [ended, setEnded] = useState<{ downloads: string[]; clipboard: 'cleared' | 'not-cleared' | 'unused'; caches: 'cleared' | 'not-cleared' } | undefined>();
  const [failed, setFailed] = useState(false);
  const [ending, setEnding] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (ended) heading.current?.focus();
  }, [ended]);

  if (!session && !ended && !ending) return known ? <Navigate to="/session" replace /> : null;

  const end = async (info: SessionInfo) => {
    setEnding(true);
    try {
      await getStorage().endSession();
    } catch {
      setEnding(false);
      setFailed(true);
      return;
    }
    const cachesLeft = await clearRuntimeCaches();
    let clipboard: 'cleared' | 'not-cleared' | 'unused' = 'unused';
    if (info.wroteClipboard) {
      clipboard = await navigator.clipboard.writeText('').then(
        () => 'cleared' as const,
        () => 'not-cleared' as const,
      );
    }
    setEnded({ downloads: info.downloads ?? [], clipboard, caches: cachesLeft });
  };

  if (ended) {
    return (
      <Page title={t('end.doneTitle')}>
        <p role="status">{t('end.doneBody')}</p>
        <h2 ref={heading} tabIndex={-1}>
          {t('end.cannotHeading')}
        </h2>
        <p>{t('end.cannotBody')}</p>
        {ended.downloads.length > 0 && (
          <>
            <p>{t('end.downloadsListed')}</p>
            <ul>
              {ended.downloads.map((name, i) => (
                <li key={`${name}-${i}`}>{name}</li>
              ))}
            </ul>
          </>
        )}
        <p>{t('end.whereDownloads')}</p>
        {ended.clipboard === 'not-cleared' && <p>{t('end.clipboardNotCleared')}</p>}
        {ended.caches === 'not-cleared' && <p>{t('end.cachesNotCleared')}</p>}
        <p>{t('end.history')}</p>
        <p>
          <Link to="/">{t('end.home')}</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={t('end.title')}>
      <p>{t('end.body')}</p>
      <p>{t('end.handoverFirst')}</p>
      <p>
        <Link to="/session/handover">{t('home.handover')}</Link>
      </p>
      {failed && (
        <p className="error-message" role="alert">
          {t('end.failed')}
        </p>
      )}
      <div>
        <ConfirmButton
          label={t('end.button')}
          question={t('end.confirm')}
          yes={t('end.yes')}
          no={t('end.no')}
          onConfirm={() => end(session!)}
        />
      </div>
    </Page>
  );
}

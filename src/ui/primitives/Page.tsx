import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigationType } from 'react-router';
import { useListRead, useSession } from '../../storage/react';

/** The page last shown: a change made in place (a search typed, a language chosen) moves nothing. */
let shown = '';

/**
 * One screen: sets the document title and, after a navigation, opens at the top with focus on the
 * heading, so that everyone starts reading where the page starts and screen-reader users hear where
 * they are.
 */
export function Page({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const session = useSession();
  const kidsRead = useListRead('children');
  const kids = kidsRead.status === 'ready' ? kidsRead.value : undefined;
  const kidsFailed = kidsRead.status === 'failed';
  useEffect(() => {
    if (!session) {
      document.title = `${title} – ${t('app.name')}`;
      return;
    }
    // During a session the title waits for the children's names, so that none reaches the history
    // (the code that takes them out loads only in a session).
    // If they could not be read, the title is the app's name alone: no name can reach the history.
    if (kidsFailed) {
      document.title = t('app.name');
      return;
    }
    if (kids === undefined) return;
    let live = true;
    void import('../../domain/sessionTitle').then(({ titleWithoutNames }) => {
      if (live) document.title = `${titleWithoutNames(title, kids, t('session.childInTitle'))} – ${t('app.name')}`;
    });
    return () => {
      live = false;
    };
  }, [title, t, session, kids, kidsFailed]);
  const how = useNavigationType();
  const { key, pathname, hash } = useLocation();
  useEffect(() => {
    // On a fresh load, back or forward (POP) the browser's own focus and scroll are right; a link
    // to a place in the page (#id) goes there.
    if ((how == 'PUSH' || (how == 'REPLACE' && pathname != shown)) && !hash) {
      scrollTo(0, 0);
      heading.current?.focus();
      document.querySelector('.site-menu')?.removeAttribute('open');
    }
    shown = pathname;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once for each move to another address
  }, [key]);
  return (
    <div className={className}>
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {children}
    </div>
  );
}

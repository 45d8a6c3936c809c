import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useList, useSession } from '../storage/react';

/**
 * One screen: sets the document title and, after a navigation, moves focus to the heading so that
 * screen-reader users hear where they are.
 */
export function Page({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const session = useSession();
  const kids = useList('children');
  useEffect(() => {
    if (!session) {
      document.title = `${title} – ${t('app.name')}`;
      return;
    }
    // During a session the title waits for the children's names, so that none reaches the history
    // (the code that takes them out loads only in a session).
    if (kids === undefined) return;
    let live = true;
    void import('./sessionTitle').then(({ titleWithoutNames }) => {
      if (live) document.title = `${titleWithoutNames(title, kids, t('session.childInTitle'))} – ${t('app.name')}`;
    });
    return () => {
      live = false;
    };
  }, [title, t, session, kids]);
  useEffect(() => {
    // Only after an in-app navigation: on a fresh load the browser's own focus is right.
    if (window.history.state && (window.history.state as { idx?: number }).idx) heading.current?.focus();
  }, [title]);
  return (
    <div className={className}>
      <h1 ref={heading} tabIndex={-1} className="page-title">
        {title}
      </h1>
      {children}
    </div>
  );
}

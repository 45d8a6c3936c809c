import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { givenName } from '../domain/questionnaire/types';
import { useList, useSession } from '../storage/react';

/** The title with every child's name taken out (during a session the browser's history must not keep them). */
export function withoutNames(title: string, names: string[], replacement: string): string {
  let out = title;
  for (const name of names.filter((n) => n.trim()).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), replacement);
  }
  return out;
}

/**
 * One screen: sets the document title and, after a navigation, moves focus to the heading so that
 * screen-reader users hear where they are.
 */
export function Page({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  const session = useSession();
  const kids = useList('children');
  const names = session ? (kids ?? []).flatMap((c) => [c.displayName, givenName(c.answers)]) : [];
  const shown = session ? withoutNames(title, names, t('session.childInTitle')) : title;
  useEffect(() => {
    // During a session the title waits for the children's names, so that none reaches the history.
    if (session && kids === undefined) return;
    document.title = `${shown} – ${t('app.name')}`;
  }, [shown, t, session, kids]);
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

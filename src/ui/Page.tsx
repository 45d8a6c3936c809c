import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One screen: sets the document title and, after a navigation, moves focus to the heading so that
 * screen-reader users hear where they are.
 */
export function Page({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const { t } = useTranslation('common');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
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

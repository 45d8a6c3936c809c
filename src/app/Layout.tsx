import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LanguageSwitch } from '../ui/i18n/LanguageSwitch';
import { useIdleLock } from './idleLock';
import { QuickExit } from './QuickExit';

// Notices show nothing until storage, the service worker or a volunteer's session has something to
// say: their code (and the storage and update code behind it) loads beside the first page, not in it.
const StorageBanner = lazy(() => import('./StorageBanner').then((m) => ({ default: m.StorageBanner })));
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => ({ default: m.UpdatePrompt })));
const FamilyNotices = lazy(() => import('./FamilyShell').then((m) => ({ default: m.FamilyNotices })));
const LockScreen = lazy(() => import('./FamilyShell').then((m) => ({ default: m.LockScreen })));
const KeepNotice = lazy(() => import('./KeepNotice').then((m) => ({ default: m.KeepNotice })));

const NAV = ['questions', 'support', 'plan', 'records', 'letters', 'help'] as const;

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation('common');
  const { locked, unlock } = useIdleLock();
  // Left idle during a session with a PIN: nothing of the family shows until the PIN is typed.
  if (locked) {
    return (
      <>
        <QuickExit />
        <Suspense fallback={null}>
          <LockScreen onUnlock={unlock} />
        </Suspense>
      </>
    );
  }
  // On a phone the links are behind "Menu" (CSS shows one of the two, by the screen's width).
  const nav = (
    <nav aria-label={t('nav.label')}>
      <ul>
        {NAV.map((n) => (
          <li key={n}>
            <NavLink to={`/${n}`}>{t(`nav.${n}`)}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
  // "Exit this page" comes first, on every screen and in the tab order, as GOV.UK's pattern does.
  return (
    <>
      <QuickExit />
      <a className="skip-link no-print" href="#main">
        {t('skipLink')}
      </a>
      <header className="site-header no-print">
        <div className="site-header__inner">
          <Link to="/" className="site-header__name">
            {t('app.name')}
          </Link>
          <LanguageSwitch />
          <details className="site-menu">
            <summary>{t('nav.menu')}</summary>
            {nav}
          </details>
        </div>
        {nav}
      </header>
      <div className="notices no-print">
        <Suspense fallback={null}>
          <FamilyNotices />
          <StorageBanner />
          <UpdatePrompt />
          <KeepNotice />
        </Suspense>
      </div>
      <main id="main" tabIndex={-1} className="main">
        {children}
      </main>
      <div id="page-end-notices" className="notices no-print" />
      <footer className="site-footer no-print">
        <p>{t('footer.privacy')}</p>
        <p>
          <Link to="/settings">{t('footer.settings')}</Link>
        </p>
        <p className="site-footer__small">{t('footer.notAdvice')}</p>
      </footer>
    </>
  );
}

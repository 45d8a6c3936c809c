import { Component, lazy, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HOLDER } from '../boot/contract';
import { QuickExit } from './QuickExit';

/**
 * Stops the page's boot script holding what a person does, for good, and forgets what it holds: the
 * app has crashed, and the recovery page answers at once. (Here rather than with the giving back,
 * src/app/heldTap.ts, which is not on the first page; the boot script's name checked by the contract.)
 */
export function stopHolding() {
  const holder = window['__bnHold' satisfies typeof HOLDER];
  if (!holder) return;
  holder.owned = () => true;
  holder.held.length = 0;
}

/**
 * The page itself loads only when something has broken (it is kept offline with the rest of the
 * app); should even that fail, a plain heading and a link to the start stand in.
 */
const RecoveryPage = lazy(() => import('./RecoveryPage').catch(() => ({ default: PlainRecovery })));

function PlainRecovery() {
  const { t } = useTranslation('common');
  return (
    <main id="main" className="main recovery">
      <h1 className="page-title">{t('crash.title')}</h1>
      <p>
        <a href="/">{t('crash.home')}</a>
      </p>
    </main>
  );
}

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
    stopHolding();
  }

  override render() {
    // "Exit this page" stays first on the crash page too: leaving quickly must never depend on a screen working.
    return this.state.failed ? (
      <>
        <QuickExit />
        <Suspense fallback={null}>
          <RecoveryPage />
        </Suspense>
      </>
    ) : (
      this.props.children
    );
  }
}


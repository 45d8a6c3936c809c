import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Where an exit goes, as GOV.UK's pattern does (src/app/quickExit.ts says the same). */
const EXIT_URL = 'https://www.bbc.co.uk/weather';

/**
 * The code that leaves and the Shift listener load beside the first page, not in it. A tap before
 * they are here still leaves at once: the link itself goes there (and the page is blanked first).
 */
const exitCode = () => import('./quickExit');

/** The Shift listener's code could not load (offline before it was kept): the link still leaves. Nothing is written. */
function linkStillLeaves() {}

/**
 * "Exit this page", first on every screen and first in the tab order. A real link, so a tap works
 * on a prerendered page before the app's code has started; once it has, the page is blanked, what is
 * typed is saved and this page is replaced in the tab's history. Shift three times does the same.
 */
export function QuickExit() {
  const { t } = useTranslation('common');
  // The tab's title while leaving: a word that says nothing of this app.
  const exit = () => {
    document.documentElement.classList.add('exiting');
    exitCode().then(
      (m) => m.quickExit(t('loading')),
      () => location.replace(EXIT_URL),
    );
  };
  useEffect(() => {
    let stop = () => {};
    let live = true;
    exitCode().then(
      (m) => {
        if (live) stop = m.listenForShiftExit(() => void m.quickExit(t('loading')));
      },
      linkStillLeaves,
    );
    return () => {
      live = false;
      stop();
    };
  }, [t]);
  return (
    <div className="quick-exit no-print">
      <a
        href={EXIT_URL}
        onClick={(e) => {
          e.preventDefault();
          exit();
        }}
      >
        {t('exit')}
      </a>
    </div>
  );
}

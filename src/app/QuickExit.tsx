import { useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EXIT_URL, listenForShiftExit, quickExit } from './quickExit';

/**
 * "Exit this page", first on every screen and first in the tab order. A real link, so a tap works
 * on a prerendered page before the app's code has started; once it has, the page is blanked, what is
 * typed is saved and this page is replaced in the tab's history. Shift three times does the same.
 */
export function QuickExit() {
  const { t } = useTranslation('common');
  // The tab's title while leaving: a word that says nothing of this app.
  const exit = useCallback(() => void quickExit(t('loading')), [t]);
  useEffect(() => listenForShiftExit(exit), [exit]);
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

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setInternetVoicesAgreed, useInternetVoicesAgreed } from '../../ui/primitives/speech';

/**
 * Read aloud: when the family agreed to voices that work over the internet (asked by a Listen
 * button), a way to take that back. Nothing shows when they have not agreed.
 */
export function InternetVoices() {
  const { t } = useTranslation('notices');
  const agreed = useInternetVoicesAgreed();
  const [withdrawn, setWithdrawn] = useState(false);
  const said = useRef<HTMLParagraphElement>(null);
  // The button goes once pressed: focus moves to what it did, not to the top of the page.
  useEffect(() => {
    if (withdrawn) said.current?.focus();
  }, [withdrawn]);
  if (!agreed && !withdrawn) return null;
  return (
    <>
      <h2>{t('listen.settings.heading')}</h2>
      {agreed && <p>{t('listen.settings.agreed')}</p>}
      <p role="status" ref={said} tabIndex={-1}>{withdrawn && !agreed ? t('listen.settings.withdrawn') : ''}</p>
      {agreed && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setInternetVoicesAgreed(false);
              setWithdrawn(true);
            }}
          >
            {t('listen.settings.withdraw')}
          </button>
        </p>
      )}
    </>
  );
}

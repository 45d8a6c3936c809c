import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadFailure } from '../../storage/react';

/**
 * What a screen shows in place of its records when they could not be read: never "nothing saved
 * yet". It says nothing has been changed, offers to try again and to save everything to a file
 * (which may work when this read did not). A screen that shows this saves nothing.
 */
export function ReadFailed({ read, headingLevel = 2 }: { read: ReadFailure; headingLevel?: 1 | 2 }) {
  const { t } = useTranslation('forms');
  const [copy, setCopy] = useState<'idle' | 'working' | 'saved' | 'failed'>('idle');
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  // Two reads can fail on one page (the home page reads the log and the letters): each panel its own id.
  const titleId = useId();
  const save = async () => {
    setCopy('working');
    try {
      const { saveEverythingToFile } = await import('./saveEverything');
      await saveEverythingToFile();
      setCopy('saved');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section className="read-failed" role="alert" aria-labelledby={titleId}>
      <Heading id={titleId}>{t('readFailed.title')}</Heading>
      <p>{t('readFailed.body')}</p>
      <p className="actions">
        <button type="button" onClick={read.retry}>
          {t('readFailed.retry')}
        </button>{' '}
        <button type="button" className="secondary" onClick={() => void save()} disabled={copy === 'working'}>
          {t('readFailed.save')}
        </button>
      </p>
      {copy === 'saved' && <p role="status">{t('readFailed.saved')}</p>}
      {copy === 'failed' && <p role="status">{t('readFailed.saveFailed')}</p>}
    </section>
  );
}

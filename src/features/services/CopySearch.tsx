import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { copyText } from '../../ui/primitives/download';

/** A suggested search, shown as text the person can select, with a button that copies it. */
export function CopySearch({ text }: { text: string }) {
  const { t } = useTranslation('services');
  const [message, setMessage] = useState('');
  const id = useId();
  const copy = async () => {
    setMessage('');
    const ok = await copyText(text);
    setMessage(ok ? t('council.copied') : t('council.copyFailed'));
  };
  return (
    <div className="copy-search">
      <p className="copy-search__text">
        <span id={`${id}-label`}>{t('council.searchFor')}</span> <strong className="copy-search__phrase" id={`${id}-phrase`}>
          {text}
        </strong>
      </p>
      <button
        type="button"
        className="button button--secondary no-print"
        aria-describedby={`${id}-label ${id}-phrase`}
        onClick={() => void copy()}
      >
        {t('council.copy')}
      </button>
      <p role="status" className="status-message no-print">
        {message}
      </p>
    </div>
  );
}

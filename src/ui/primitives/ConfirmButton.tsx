import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A destructive action that asks first. The button turns into an "Are you sure?" group with Yes and
 * No; focus moves to the question so a screen reader hears it, and back to the button after "No".
 * If the action fails (it rejects), the button comes back, usable again, with a plain "that could
 * not be done, nothing has changed" beside it (a caller that says more itself resolves instead).
 */
export function ConfirmButton({
  label,
  question,
  yes,
  no,
  onConfirm,
  buttonClassName = 'button button--danger',
}: {
  label: string;
  question: string;
  yes: string;
  no: string;
  onConfirm: () => void | Promise<unknown>;
  buttonClassName?: string;
}) {
  const { t } = useTranslation('forms');
  const [asking, setAsking] = useState(false);
  const [working, setWorking] = useState(false);
  const [failed, setFailed] = useState(false);
  const id = useId();
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const backToButton = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (backToButton.current) {
      backToButton.current = false;
      buttonRef.current?.focus();
    }
  }, [asking]);

  if (!asking) {
    return (
      <>
        <button
          ref={buttonRef}
          type="button"
          className={buttonClassName}
          onClick={() => {
            setFailed(false);
            setAsking(true);
          }}
        >
          {label}
        </button>
        {failed && (
          <span className="error-message" role="alert">
            {t('confirmFailed')}
          </span>
        )}
      </>
    );
  }
  return (
    <div className="panel panel--danger" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} ref={questionRef} tabIndex={-1}>
        <strong>{question}</strong>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--danger"
          disabled={working}
          onClick={async () => {
            setWorking(true);
            try {
              await onConfirm();
            } catch {
              // Said beside the button, which is back and usable (the storage banner says why).
              setFailed(true);
              backToButton.current = true;
            }
            setWorking(false);
            setAsking(false);
          }}
        >
          {yes}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            backToButton.current = true;
            setAsking(false);
          }}
        >
          {no}
        </button>
      </div>
    </div>
  );
}

import { useEffect, useId, useRef, useState } from 'react';

/**
 * A destructive action that asks first. The button turns into an "Are you sure?" group with Yes and
 * No; focus moves to the question so a screen reader hears it, and back to the button after "No".
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
  const [asking, setAsking] = useState(false);
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
      <button ref={buttonRef} type="button" className={buttonClassName} onClick={() => setAsking(true)}>
        {label}
      </button>
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
          onClick={async () => {
            // A failed save is already explained by the storage banner (or by the caller).
            await Promise.resolve(onConfirm()).catch(() => undefined);
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

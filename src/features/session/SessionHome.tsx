import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { getStorage } from '../../storage';
import { useSession } from '../../storage/react';
import { Page } from '../../ui/primitives/Page';
import { isPin, makePin } from '../../domain/pin';

const LOCK_MINUTES = [2, 5, 10] as const;

/** Start a session for a family, or (during one) what the volunteer can do. */
export function SessionHome() {
  const { t } = useTranslation('session');
  const session = useSession();
  const navigate = useNavigate();
  const id = useId();
  const [pin, setPin] = useState('');
  const [minutes, setMinutes] = useState<number>(5);
  const [error, setError] = useState(false);
  const [failed, setFailed] = useState(false);

  if (session) {
    return (
      <Page title={t('home.activeTitle')}>
        <p>{t('home.activeBody')}</p>
        <ul className="session-actions">
          <li>
            <Link to="/questions">{t('home.questions')}</Link>
          </li>
          <li>
            <Link to="/session/notes">{t('home.notes')}</Link>
          </li>
          <li>
            <Link to="/session/handover">{t('home.handover')}</Link>
          </li>
          <li>
            <Link to="/session/end">{t('home.end')}</Link>
          </li>
        </ul>
      </Page>
    );
  }

  const start = async (e: FormEvent) => {
    e.preventDefault();
    if (pin && !isPin(pin)) {
      setError(true);
      return;
    }
    setFailed(false);
    try {
      await getStorage().startSession(pin ? { pin: await makePin(pin), lockMinutes: minutes } : {});
    } catch {
      // Nothing was started: the PIN and minutes chosen stay, to try again.
      setFailed(true);
      return;
    }
    navigate('/session');
  };

  return (
    <Page title={t('start.title')}>
      <p>{t('start.body')}</p>
      <ul>
        <li>{t('start.point1')}</li>
        <li>{t('start.point2')}</li>
        <li>{t('start.point3')}</li>
      </ul>
      <form onSubmit={(e) => void start(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-pin`}>{t('start.pinLabel')}</label>
          <p className="hint" id={`${id}-pin-hint`}>
            {t('start.pinHint')}
          </p>
          {error && (
            <p className="error-message" id={`${id}-pin-error`}>
              {t('start.pinError')}
            </p>
          )}
          <input
            id={`${id}-pin`}
            type="password"
            className="input input--short"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            aria-invalid={error || undefined}
            aria-describedby={`${id}-pin-hint${error ? ` ${id}-pin-error` : ''}`}
            onChange={(e) => {
              setPin(e.target.value.trim());
              setError(false);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('start.lockLabel')}</label>
          <select id={`${id}-minutes`} className="input input--short" value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
            {LOCK_MINUTES.map((m) => (
              <option key={m} value={m}>
                {t('start.minutes', { number: m })}
              </option>
            ))}
          </select>
        </div>
        {failed && (
          <p className="error-message" role="alert">
            {t('start.failed')}
          </p>
        )}
        <button type="submit" className="button">
          {t('start.button')}
        </button>
      </form>
      <h2>{t('start.receiveHeading')}</h2>
      <p>
        <Link to="/session/receive">{t('start.receiveLink')}</Link>
      </p>
    </Page>
  );
}

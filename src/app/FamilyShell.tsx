import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { getStorage } from '../storage';
import { useFamilyId, useListRead, useSession } from '../storage/react';

/** Which family is on screen, offered only once a second family exists (never during a session). */
export function FamilyPicker() {
  const { t } = useTranslation('notices');
  const read = useListRead('families');
  const current = useFamilyId();
  const session = useSession();
  const id = useId();
  // Not offered while the families are read, or when they could not be (the page says so itself).
  if (session || read.status !== 'ready' || read.value.length < 2) return null;
  const sorted = read.value.slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  return (
    <div className="family-picker no-print">
      <label htmlFor={id}>{t('families.picker')}</label>{' '}
      <select id={id} value={current ?? ''} onChange={(e) => void getStorage().setFamily(e.target.value).catch(stayOnThisFamily)}>
        {sorted.map((f, i) => (
          <option key={f.id} value={f.id}>
            {f.name.trim() || t('families.unnamed', { number: i + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Another family could not be chosen: the one on screen stays on screen (the list still shows it,
 * as it is bound to the family on screen), and the shell's storage banner says why. Nothing changed.
 */
function stayOnThisFamily() {}

/** During a volunteer's session: says so, and keeps notes, hand-over and "end session" in reach. */
export function SessionBar() {
  const { t } = useTranslation('notices');
  const session = useSession();
  if (!session) return null;
  return (
    <section className="session-bar no-print" aria-label={t('session.barLabel')}>
      <p>
        <strong>{t('session.bar')}</strong>
      </p>
      <ul>
        <li>
          <Link to="/session/notes">{t('session.notes')}</Link>
        </li>
        <li>
          <Link to="/session/handover">{t('session.handover')}</Link>
        </li>
        <li>
          <Link to="/session/end">{t('session.end')}</Link>
        </li>
      </ul>
    </section>
  );
}

/**
 * A session ended elsewhere (another tab or window) ends here too: what was on screen is gone, so
 * this tab goes home and says why.
 */
export function SessionEndedNotice() {
  const { t } = useTranslation('notices');
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const had = useRef(session !== undefined);
  const [ended, setEnded] = useState(false);
  useEffect(() => {
    if (session) {
      had.current = true;
      setEnded(false);
    } else if (had.current) {
      had.current = false;
      if (!location.pathname.startsWith('/session/end')) {
        setEnded(true);
        navigate('/', { replace: true });
      }
    }
  }, [session, location.pathname, navigate]);
  if (!ended) return null;
  return (
    <div className="panel" role="alert">
      <p>{t('session.endedElsewhere')}</p>
      <button type="button" className="button button--secondary" onClick={() => setEnded(false)}>
        {t('session.dismiss')}
      </button>
    </div>
  );
}

/** The whole screen while locked: nothing of the family shows until the session PIN is typed. */
export function LockScreen({ onUnlock }: { onUnlock: () => void }) {
  const { t } = useTranslation('notices');
  const session = useSession();
  const id = useId();
  const [pin, setPin] = useState('');
  const [wrong, setWrong] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!session?.pin) return onUnlock();
    const { hashPin } = await import('../domain/pin');
    if ((await hashPin(pin, session.pin.salt)) === session.pin.hash) onUnlock();
    else {
      setWrong(true);
      setPin('');
    }
  };
  return (
    <main id="main" className="main lock-screen">
      <h1 className="page-title">{t('session.lockedTitle')}</h1>
      <p>{t('session.lockedBody')}</p>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={id}>{t('session.pinLabel')}</label>
          {wrong && (
            <p className="error-message" id={`${id}-error`} role="alert">
              {t('session.pinWrong')}
            </p>
          )}
          <input
            id={id}
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={6}
            value={pin}
            aria-invalid={wrong || undefined}
            aria-describedby={wrong ? `${id}-error` : undefined}
            onChange={(e) => setPin(e.target.value)}
          />
        </div>
        <button type="submit" className="button">
          {t('session.unlock')}
        </button>
      </form>
    </main>
  );
}

/** The session bar, the notice of a session ended elsewhere and the family picker: the family notices above every page. */
export function FamilyNotices() {
  return (
    <>
      <SessionBar />
      <SessionEndedNotice />
      <FamilyPicker />
    </>
  );
}

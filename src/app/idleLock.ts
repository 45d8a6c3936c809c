import { useEffect, useState } from 'react';
import { useSession } from '../storage/react';

const LOCKED_KEY = 'bn.session-locked';
const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/** Whether the session screen is locked after being left idle (only when the volunteer chose a PIN). */
export function useIdleLock(): { locked: boolean; unlock: () => void } {
  const session = useSession();
  const minutes = session?.pin ? (session.lockMinutes ?? 5) : undefined;
  const [locked, setLocked] = useState(() => {
    try {
      return sessionStorage.getItem(LOCKED_KEY) === '1';
    } catch {
      return false;
    }
  });
  useEffect(() => {
    if (!minutes || locked) return;
    let timer = setTimeout(() => lock(), minutes * 60_000);
    function lock() {
      try {
        sessionStorage.setItem(LOCKED_KEY, '1');
      } catch {
        /* locked for this page only */
      }
      setLocked(true);
    }
    const reset = () => {
      clearTimeout(timer);
      timer = setTimeout(lock, minutes * 60_000);
    };
    ACTIVITY.forEach((e) => window.addEventListener(e, reset, { passive: true }));
    return () => {
      clearTimeout(timer);
      ACTIVITY.forEach((e) => window.removeEventListener(e, reset));
    };
  }, [minutes, locked]);
  const unlock = () => {
    try {
      sessionStorage.removeItem(LOCKED_KEY);
    } catch {
      /* nothing kept */
    }
    setLocked(false);
  };
  return { locked: locked && session?.pin !== undefined, unlock };
}

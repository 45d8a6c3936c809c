import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { planFor, type PlanRecord } from '../../domain/plan/types';
import { getStorage } from '../../storage';
import type { ReadFailure } from '../../storage/react';

/**
 * The child's saved plan, read once: after that what is on screen is the truth (the editor saves it
 * as it changes, and merges in changes made elsewhere itself). `undefined` while loading (and while a
 * failed read is shown), `null` when there is none. With `follow`, the plan is read again whenever it
 * changes here or in another tab (for screens that only show it, such as the print preview).
 * The third value says the first read failed: the screen shows that, never "no plan".
 */
export function useSavedPlan(
  childId: string,
  { follow = false }: { follow?: boolean } = {},
): [PlanRecord | null | undefined, Dispatch<SetStateAction<PlanRecord | null | undefined>>, ReadFailure | undefined] {
  const [plan, setPlan] = useState<PlanRecord | null | undefined>(undefined);
  const [failed, setFailed] = useState<ReadFailure | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setFailed(undefined);
    setAttempt((n) => n + 1);
  }, []);
  /** Whether a plan (or "none") has been read: a later failed re-read keeps what is shown. */
  const known = useRef(false);
  useEffect(() => {
    known.current = false;
  }, [childId]);
  useEffect(() => {
    let live = true;
    const load = () =>
      void getStorage()
        .list('plans')
        .then(
          (plans) => {
            if (!live) return;
            known.current = true;
            setFailed(undefined);
            setPlan(planFor(plans, childId) ?? null);
          },
          (error: unknown) => {
            if (live && !known.current) setFailed({ status: 'failed', error, retry });
          },
        );
    load();
    const off = follow ? getStorage().onChange('plans', load) : undefined;
    return () => {
      live = false;
      off?.();
    };
  }, [childId, follow, attempt, retry]);
  return [plan, setPlan, failed];
}

/** The saved plan for a child, straight from storage (`undefined` when there is none). */
export async function readSavedPlan(childId: string): Promise<PlanRecord | undefined> {
  return planFor(await getStorage().list('plans'), childId);
}

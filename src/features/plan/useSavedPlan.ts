import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import { planFor, type PlanRecord } from '../../domain/plan/types';
import { getStorage } from '../../storage';

/**
 * The child's saved plan, read once: after that what is on screen is the truth (the editor saves it
 * as it changes, and merges in changes made elsewhere itself). `undefined` while loading, `null`
 * when there is none. With `follow`, the plan is read again whenever it changes here or in another
 * tab (for screens that only show it, such as the print preview).
 */
export function useSavedPlan(
  childId: string,
  { follow = false }: { follow?: boolean } = {},
): [PlanRecord | null | undefined, Dispatch<SetStateAction<PlanRecord | null | undefined>>] {
  const [plan, setPlan] = useState<PlanRecord | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = () =>
      void getStorage()
        .list('plans')
        .then(
          (plans) => live && setPlan(planFor(plans, childId) ?? null),
          () => live && setPlan((p) => p ?? null),
        );
    load();
    const off = follow ? getStorage().onChange('plans', load) : undefined;
    return () => {
      live = false;
      off?.();
    };
  }, [childId, follow]);
  return [plan, setPlan];
}

/** The saved plan for a child, straight from storage (`undefined` when there is none). */
export async function readSavedPlan(childId: string): Promise<PlanRecord | undefined> {
  return planFor(await getStorage().list('plans'), childId);
}

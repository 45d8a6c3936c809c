import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';
import type { PlanRecord } from '../../domain/plan/types';
import { getStorage } from '../../storage';
import { planFor } from './PlanHome';

/**
 * The child's saved plan, read once: after that what is on screen is the truth (the editor saves it
 * as it changes). `undefined` while loading, `null` when there is none.
 */
export function useSavedPlan(childId: string): [PlanRecord | null | undefined, Dispatch<SetStateAction<PlanRecord | null | undefined>>] {
  const [plan, setPlan] = useState<PlanRecord | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void getStorage()
      .list('plans')
      .then(
        (plans) => live && setPlan(planFor(plans, childId) ?? null),
        () => live && setPlan(null),
      );
    return () => {
      live = false;
    };
  }, [childId]);
  return [plan, setPlan];
}

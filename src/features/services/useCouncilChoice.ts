import { useCallback, useSyncExternalStore } from 'react';
import { findCouncil } from '../../content/councilSearch';
import type { Council } from '../../domain/councils/types';
import { useFamily } from '../../storage/react';
import { useActiveChild } from '../../ui/records/useActiveChild';

/**
 * Councils chosen whose choice could not be saved on this device. Choosing on /help opens the
 * council's page at once, before the save is done: that page says so if it failed, however late.
 */
const notKept = new Set<string>();
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());
function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Whether choosing this council could not be saved (and no later choice of it has been). */
export function useCouncilNotKept(id: string): boolean {
  return useSyncExternalStore(
    subscribe,
    () => notKept.has(id),
    () => false,
  );
}

/**
 * The family's council: the one chosen for the family on screen (shared with the questionnaire's
 * council question), or else the active child's answer to it. `setCouncilId` resolves true once
 * saved; false when it could not be, which `useCouncilNotKept` then says on the council's page.
 */
export function useCouncilChoice(): { council: Council | undefined; setCouncilId: (id: string) => Promise<boolean> } {
  const { family, update } = useFamily();
  const councilId = family?.councilId;
  const setCouncilId = useCallback(
    (id: string) =>
      update({ councilId: id }).then(
        () => {
          if (notKept.delete(id)) changed();
          return true;
        },
        () => {
          notKept.add(id);
          changed();
          return false;
        },
      ),
    [update],
  );
  const { active } = useActiveChild();
  const fromChild = active?.answers['council'];
  const council = findCouncil(councilId) ?? findCouncil(typeof fromChild === 'string' ? fromChild : undefined);
  return { council, setCouncilId };
}

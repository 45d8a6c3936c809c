import { useCallback } from 'react';
import { findCouncil } from '../../content/councilSearch';
import type { Council } from '../../domain/councils/types';
import { useFamily } from '../../storage/react';
import { useActiveChild } from '../../ui/useActiveChild';

/**
 * The family's council: the one chosen for the family on screen (shared with the questionnaire's
 * council question), or else the active child's answer to it.
 */
export function useCouncilChoice(): { council: Council | undefined; setCouncilId: (id: string) => Promise<void> } {
  const { family, update } = useFamily();
  const councilId = family?.councilId;
  const setCouncilId = useCallback((id: string) => update({ councilId: id }), [update]);
  const { active } = useActiveChild();
  const fromChild = active?.answers['council'];
  const council = findCouncil(councilId) ?? findCouncil(typeof fromChild === 'string' ? fromChild : undefined);
  return { council, setCouncilId };
}

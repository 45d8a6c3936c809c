import { findCouncil } from '../../content/councilSearch';
import type { Council } from '../../domain/councils/types';
import { useSetting } from '../../storage/react';
import { useActiveChild } from '../../ui/useActiveChild';

/**
 * The family's council: the `councilId` setting (shared with the questionnaire's council
 * question), or else the active child's answer to it.
 */
export function useCouncilChoice(): { council: Council | undefined; setCouncilId: (id: string) => Promise<void> } {
  const [councilId, setCouncilId] = useSetting<string | null>('councilId', null);
  const { active } = useActiveChild();
  const fromChild = active?.answers['council'];
  const council = findCouncil(councilId) ?? findCouncil(typeof fromChild === 'string' ? fromChild : undefined);
  return { council, setCouncilId };
}

import { useCallback, useMemo } from 'react';
import type { ChildRecord } from '../domain/questionnaire/types';
import { useList, useSetting } from '../storage/react';

/**
 * The children the family has answered for, and which one they are working on now (kept on the
 * device as the `activeChildId` setting; falls back to the most recently changed child).
 */
export function useActiveChild(): {
  children: ChildRecord[] | undefined;
  active: ChildRecord | undefined;
  setActive: (id: string) => Promise<void>;
} {
  const children = useList('children');
  const [activeId, setActiveId] = useSetting<string | null>('activeChildId', null);
  const sorted = useMemo(() => children?.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [children]);
  const active = sorted?.find((c) => c.id === activeId) ?? sorted?.[0];
  const setActive = useCallback((id: string) => setActiveId(id), [setActiveId]);
  return { children: sorted, active, setActive };
}

import { useCallback, useMemo } from 'react';
import type { ChildRecord } from '../domain/questionnaire/types';
import { useFamily, useList } from '../storage/react';

/**
 * The children the family on screen has answered for, and which one they are working on now (kept
 * on the family record; falls back to the most recently changed child).
 */
export function useActiveChild(): {
  children: ChildRecord[] | undefined;
  active: ChildRecord | undefined;
  setActive: (id: string) => Promise<void>;
} {
  const children = useList('children');
  const { family, update } = useFamily();
  const activeId = family?.activeChildId;
  const sorted = useMemo(() => children?.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [children]);
  const active = sorted?.find((c) => c.id === activeId) ?? sorted?.[0];
  const setActive = useCallback((id: string) => update({ activeChildId: id }), [update]);
  return { children: sorted, active, setActive };
}

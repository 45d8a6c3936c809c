import { useCallback, useMemo } from 'react';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { failedRead, useFamily, useListRead, type ReadFailure } from '../../storage/react';

/**
 * The children the family on screen has answered for, and which one they are working on now (kept
 * on the family record; falls back to the most recently changed child). `children` is `undefined`
 * while loading and when a read failed; `failed` says which (the children's or the family's read),
 * so a screen shows `ui/records/ReadFailed` rather than "no children yet".
 */
export function useActiveChild(): {
  children: ChildRecord[] | undefined;
  active: ChildRecord | undefined;
  setActive: (id: string) => Promise<void>;
  failed: ReadFailure | undefined;
} {
  const read = useListRead('children');
  const { family, update, failed: familyFailed } = useFamily();
  const children = read.status === 'ready' ? read.value : undefined;
  const activeId = family?.activeChildId;
  const sorted = useMemo(() => children?.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)), [children]);
  const active = sorted?.find((c) => c.id === activeId) ?? sorted?.[0];
  const setActive = useCallback((id: string) => update({ activeChildId: id }), [update]);
  const failed = failedRead(read, familyFailed);
  return { children: failed ? undefined : sorted, active: failed ? undefined : active, setActive, failed };
}

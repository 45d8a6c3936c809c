import { useMemo } from 'react';
import { clockFor } from '../../content/letters';
import { milestonesFor, splitByToday } from '../../domain/letters/clock';
import { failedRead, useListRead, type ReadFailure } from '../../storage/react';
import { useToday } from './shared';

/**
 * Every date from every sent letter, split around today. `undefined` while loading; `{ failed }` when
 * the letters or children could not be read (to show, never as "no dates"; `childrenFailed` says which).
 */
export function useMilestones() {
  const letters = useListRead('letters');
  const children = useListRead('children');
  const today = useToday();
  return useMemo(() => {
    const failed: ReadFailure | undefined = failedRead(children, letters);
    if (failed) return { failed, childrenFailed: children.status === 'failed' };
    if (letters.status !== 'ready' || children.status !== 'ready') return undefined;
    const answersOf = new Map(children.value.map((c) => [c.id, c.answers]));
    return { failed: undefined, today, ...splitByToday(milestonesFor(letters.value, (l) => clockFor(l.templateId, answersOf.get(l.childId))), today) };
  }, [letters, children, today]);
}

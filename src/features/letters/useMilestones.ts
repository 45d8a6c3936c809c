import { useMemo } from 'react';
import { clockFor } from '../../content/letters';
import { milestonesFor, splitByToday } from '../../domain/letters/clock';
import { useList } from '../../storage/react';
import { useToday } from './shared';

/** Every date from every sent letter, split around today. `undefined` while loading. */
export function useMilestones() {
  const letters = useList('letters');
  const children = useList('children');
  const today = useToday();
  return useMemo(() => {
    if (!letters || !children) return undefined;
    const answersOf = new Map(children.map((c) => [c.id, c.answers]));
    return { today, ...splitByToday(milestonesFor(letters, (l) => clockFor(l.templateId, answersOf.get(l.childId))), today) };
  }, [letters, children, today]);
}

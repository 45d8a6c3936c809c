import { useMemo } from 'react';
import { clockOf } from '../../content/letters';
import { milestonesFor, splitByToday } from '../../domain/letters/clock';
import { useList } from '../../storage/react';
import { useToday } from './shared';

/** Every date from every sent letter, split around today. `undefined` while loading. */
export function useMilestones() {
  const letters = useList('letters');
  const today = useToday();
  return useMemo(() => (letters ? { today, ...splitByToday(milestonesFor(letters, clockOf), today) } : undefined), [letters, today]);
}

import { merge3 } from '../merge';
import { currentCycle, type PlanRecord } from './types';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * When the plan changes somewhere else (another tab, or a file opened there) while this screen has
 * it open: `base` is the version this screen last read or saved, `ours` is what is on this screen
 * now, `theirs` is what is saved now. The open cycle is merged with the one merge every editor uses
 * (src/domain/merge.ts): item by item in lists, field by field, word by word in text, so neither
 * tab's words are thrown away, even where both typed in the same box.
 */
export function mergePlan(base: PlanRecord, ours: PlanRecord, theirs: PlanRecord): PlanRecord {
  if (same(ours, base)) return theirs;
  // This screen closed a cycle (a review) that is not saved yet: that is the bigger step, keep it.
  if (ours.cycles.length !== base.cycles.length) return ours;
  const baseOpen = currentCycle(base);
  const ourOpen = currentCycle(ours);
  const theirOpen = currentCycle(theirs);
  const content = merge3(baseOpen.content, ourOpen.content, theirOpen.content);
  const review = same(ourOpen.review, baseOpen.review)
    ? theirOpen.review
    : theirOpen.review && baseOpen.review && ourOpen.review
      ? merge3(baseOpen.review, ourOpen.review, theirOpen.review)
      : ourOpen.review;
  return {
    ...theirs,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
    cycles: [...theirs.cycles.slice(0, -1), { ...theirOpen, content, ...(review ? { review } : {}) }],
  };
}

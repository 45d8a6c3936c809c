import { currentCycle, type PlanContent, type PlanRecord } from './types';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * When the plan changes somewhere else (another tab, or a file opened there) while this screen has
 * it open: `base` is the version this screen last read or saved, `ours` is what is on this screen
 * now, `theirs` is what is saved now. The saved version is kept, with this screen's own changes
 * since `base` laid over it field by field, so neither tab's words are thrown away. (Where both
 * changed the same field, this screen's words win: they are the ones the person is looking at.)
 */
export function mergePlan(base: PlanRecord, ours: PlanRecord, theirs: PlanRecord): PlanRecord {
  if (same(ours, base)) return theirs;
  // This screen closed a cycle (a review) that is not saved yet: that is the bigger step, keep it.
  if (ours.cycles.length !== base.cycles.length) return ours;
  const baseOpen = currentCycle(base);
  const ourOpen = currentCycle(ours);
  const theirOpen = currentCycle(theirs);
  const content = { ...theirOpen.content } as Record<keyof PlanContent, unknown>;
  for (const key of Object.keys(ourOpen.content) as (keyof PlanContent)[]) {
    if (!same(ourOpen.content[key], baseOpen.content[key])) content[key] = ourOpen.content[key];
  }
  const review = same(ourOpen.review, baseOpen.review) ? theirOpen.review : ourOpen.review;
  return {
    ...theirs,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
    cycles: [
      ...theirs.cycles.slice(0, -1),
      { ...theirOpen, content: content as unknown as PlanContent, ...(review ? { review } : {}) },
    ],
  };
}

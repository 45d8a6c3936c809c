import { FIRST_REVIEW_DAYS } from './prefill';
import { currentCycle, type PlanContent, type PlanRecord, type PlanReview } from './types';

export const EMPTY_REVIEW: PlanReview = { worked: '', notWorked: '', steps: '' };

/** Changes the open cycle's content. Closed cycles are never changed. */
export function updateContent(plan: PlanRecord, change: (content: PlanContent) => PlanContent, now: string): PlanRecord {
  const open = currentCycle(plan);
  return {
    ...plan,
    updatedAt: now,
    cycles: [...plan.cycles.slice(0, -1), { ...open, content: change(open.content) }],
  };
}

/** Keeps what the family has typed in the review so far (it is saved as they type, like the rest). */
export function updateReview(plan: PlanRecord, review: PlanReview, now: string): PlanRecord {
  const open = currentCycle(plan);
  return { ...plan, updatedAt: now, cycles: [...plan.cycles.slice(0, -1), { ...open, review }] };
}

export function hasReview(review: PlanReview | undefined): boolean {
  return !!review && [review.worked, review.notWorked, review.steps].some((v) => v.trim() !== '');
}

function addDays(iso: string, days: number): string {
  const d = new Date(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Closes the open cycle with its review and starts the next. The new cycle starts as a copy of the
 * last one (the family's words carry on), except that finished actions, the meeting notes and the
 * review date are left behind: they belong to the cycle that has ended, where they stay readable.
 */
export function startNextCycle(plan: PlanRecord, review: PlanReview, now: string): PlanRecord {
  const open = currentCycle(plan);
  const closed = { ...open, review, closedAt: now };
  const content: PlanContent = structuredClone({
    ...open.content,
    actions: open.content.actions.filter((a) => a.status !== 'done'),
    meetingNotes: '',
    meetingDate: '',
    attendees: '',
    nextReview: addDays(now, FIRST_REVIEW_DAYS),
  });
  return {
    ...plan,
    updatedAt: now,
    cycles: [...plan.cycles.slice(0, -1), closed, { number: open.number + 1, startedAt: now, content }],
  };
}

import type { planActionSchema, planContentSchema, planCycleSchema, planItemSchema, planPersonSchema, planReviewSchema, planSchema, RecordOf } from '../recordSchemas';

/**
 * A family's own plan for one child, following the graduated approach: Assess, Plan, Do, Review.
 * Stored in the `plans` store (one plan per child). Every field holds the family's own words: text
 * pre-filled from their answers is copied in once, then it is theirs to change.
 *
 * A plan is a list of cycles. The last cycle is the one being worked on; a review closes it (keeping
 * it, read-only, with what worked and what did not) and opens the next with a copy of its content.
 */
export const ACTION_STATUSES = ['not-started', 'in-progress', 'done', 'stuck'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** One line in a list (a strength, a barrier, something tried, something asked for). */
export type PlanItem = RecordOf<typeof planItemSchema>;
export type PlanAction = RecordOf<typeof planActionSchema>;
export type PlanPerson = RecordOf<typeof planPersonSchema>;
/** Everything the family writes in one cycle. */
export type PlanContent = RecordOf<typeof planContentSchema>;
/** What the family and school found when they looked back at a cycle. */
export type PlanReview = RecordOf<typeof planReviewSchema>;
export type PlanCycle = RecordOf<typeof planCycleSchema>;
/** One child's plan, stored in the `plans` store (its schema: `planSchema`). */
export type PlanRecord = RecordOf<typeof planSchema>;

export const LIST_FIELDS = ['strengths', 'barriers', 'tried', 'asks'] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export const TEXT_FIELDS = [
  'interests',
  'enjoys',
  'childHard',
  'childHelps',
  'childChange',
  'parentVoice',
  'helped',
  'madeWorse',
  'nextReview',
  'meetingNotes',
  'meetingDate',
  'attendees',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export function emptyContent(): PlanContent {
  return {
    strengths: [],
    interests: '',
    enjoys: '',
    barriers: [],
    childHard: '',
    childHelps: '',
    childChange: '',
    parentVoice: '',
    tried: [],
    helped: '',
    madeWorse: '',
    asks: [],
    actions: [],
    people: [],
    nextReview: '',
    meetingNotes: '',
  };
}

/** The cycle being worked on now. */
/** The newest plan for a child (there is normally one). */
export function planFor(plans: PlanRecord[] | undefined, childId: string): PlanRecord | undefined {
  return plans?.filter((p) => p.childId === childId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

export function currentCycle(plan: PlanRecord): PlanCycle {
  const last = plan.cycles[plan.cycles.length - 1];
  if (!last) throw new Error('A plan always has at least one cycle.');
  return last;
}

/** Cycles already reviewed, newest first (shown read-only under the open one). */
export function earlierCycles(plan: PlanRecord): PlanCycle[] {
  return plan.cycles.slice(0, -1).reverse();
}

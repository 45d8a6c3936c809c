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
export interface PlanItem {
  id: string;
  text: string;
  /** Where a pre-filled line came from: a question id or an ask id (`<signpostId>:<askKey>`). */
  from?: string;
}

export interface PlanAction {
  id: string;
  what: string;
  who: string;
  /** A date (yyyy-mm-dd) or empty. */
  byWhen: string;
  status: ActionStatus;
}

export interface PlanPerson {
  id: string;
  name: string;
  role: string;
  /** How to reach them, as the family typed it (phone, email, "ask at reception"...). */
  reach: string;
  /** The saved contact this person was picked from, if any. */
  contactId?: string;
}

/** Everything the family writes in one cycle. */
export interface PlanContent {
  strengths: PlanItem[];
  interests: string;
  enjoys: string;
  barriers: PlanItem[];
  childHard: string;
  childHelps: string;
  childChange: string;
  parentVoice: string;
  tried: PlanItem[];
  helped: string;
  madeWorse: string;
  asks: PlanItem[];
  actions: PlanAction[];
  people: PlanPerson[];
  /** A date (yyyy-mm-dd) or empty. */
  nextReview: string;
  meetingNotes: string;
  /** The meeting the pack is for: its date (yyyy-mm-dd) and who was there. Optional: older plans have none. */
  meetingDate?: string;
  attendees?: string;
}

/** What the family and school found when they looked back at a cycle. */
export interface PlanReview {
  worked: string;
  notWorked: string;
  /** Small steps forward: attending one session counts. */
  steps: string;
}

export interface PlanCycle {
  /** 1, 2, 3... */
  number: number;
  startedAt: string;
  content: PlanContent;
  /** Filled in while reviewing; kept when the cycle closes. */
  review?: PlanReview;
  /** Set when a review closed this cycle and started the next. Closed cycles are read-only. */
  closedAt?: string;
}

export interface PlanRecord {
  id: string;
  /** The family it belongs to (set by storage when first saved). */
  familyId?: string;
  childId: string;
  createdAt: string;
  updatedAt: string;
  /** Oldest first; never empty. The last one is open. */
  cycles: PlanCycle[];
}

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

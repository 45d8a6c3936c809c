import { compareDates, type IsoDate } from '../dates';
import type { CaseModel } from './model';
import type { CaseEvent, CaseRecord } from './types';

/** The kinds of news that are a draft or proposed plan (or proposed amendments after a review), in any nation's model. */
const DRAFTS = new Set(['draft', 'proposed', 'csp-proposed', 'review-amend']);
/** The kinds that are the request itself. */
const REQUESTS = new Set(['requested', 'requested-la']);

/** The dates a later letter can name, from what the family recorded on a child's requests. */
export interface CaseLetterDates {
  requestDate?: IsoDate;
  decisionDate?: IsoDate;
  draftDate?: IsoDate;
}

const latest = (events: CaseEvent[], keep: (e: CaseEvent) => boolean): IsoDate | undefined =>
  events
    .filter(keep)
    .map((e) => e.on)
    .sort(compareDates)
    .at(-1);

/**
 * The day the request was made, the date on the latest decision the family may disagree with or
 * appeal, and the date on the latest draft or proposed plan, over every request of one child. Each
 * is the date the family recorded (the covering letter's), never a guess.
 */
export function caseLetterDates(cases: readonly CaseRecord[], childId: string, modelOf: (c: CaseRecord) => CaseModel | undefined): CaseLetterDates {
  const events = cases.filter((c) => c.childId === childId).flatMap((c) => c.events.map((e) => ({ e, model: modelOf(c) })));
  const all = events.map(({ e }) => e);
  const isDecision = (e: CaseEvent) => {
    const def = events.find((x) => x.e === e)?.model?.events[e.kind];
    return !!(def?.disagreement || def?.appealable);
  };
  const out: CaseLetterDates = {};
  const request = latest(all, (e) => REQUESTS.has(e.kind));
  const decision = latest(all, isDecision);
  const draft = latest(all, (e) => DRAFTS.has(e.kind));
  if (request) out.requestDate = request;
  if (decision) out.decisionDate = decision;
  if (draft) out.draftDate = draft;
  return out;
}

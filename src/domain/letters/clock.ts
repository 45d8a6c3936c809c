import { addDays, addMonths, addWeeks, compareDates, isIsoDate, type IsoDate } from '../dates';
import type { ClockKind, LetterRecord, Milestone } from './types';

/** Days after sending a letter with no legal deadline when we suggest asking again. Our advice, not law. */
export const FOLLOW_UP_DAYS = 14;

/**
 * What should happen by when after a letter is sent. Text keys are in the `letters` namespace.
 *
 * England, EHC needs assessment request (SEND Regulations 2014, counted from the day the council
 * receives the request): decision whether to assess 6 weeks (reg 5); if it assesses and will not
 * issue a plan it must say so by 16 weeks (reg 10); final plan 20 weeks (reg 13(2)). When the
 * family records the day a draft plan arrived: at least 15 days to comment (reg 13(1)). When they
 * record the date on a decision letter: 2 months to contact a mediation adviser and to appeal.
 * Letters with no legal deadline get one reminder to chase a reply.
 */
export function statutoryClock(
  kind: ClockKind,
  sentOn: IsoDate,
  { draftOn, decisionOn }: { draftOn?: IsoDate | undefined; decisionOn?: IsoDate | undefined } = {},
): Milestone[] {
  // A date that is not a real day (damaged or hand-edited data) gives no milestones, never an error.
  if (!isIsoDate(sentOn)) return [];
  if (draftOn !== undefined && !isIsoDate(draftOn)) draftOn = undefined;
  if (decisionOn !== undefined && !isIsoDate(decisionOn)) decisionOn = undefined;
  if (kind === 'none') {
    return [{ id: 'follow-up', date: addDays(sentOn, FOLLOW_UP_DAYS), kind: 'reminder', textKey: 'clock.follow-up' }];
  }
  const out: Milestone[] = [
    { id: 'decide-assess', date: addWeeks(sentOn, 6), kind: 'statutory', textKey: 'clock.decide-assess', basisKey: 'clock.basis.reg5' },
    { id: 'not-issue', date: addWeeks(sentOn, 16), kind: 'statutory', textKey: 'clock.not-issue', basisKey: 'clock.basis.reg10' },
    { id: 'final-plan', date: addWeeks(sentOn, 20), kind: 'statutory', textKey: 'clock.final-plan', basisKey: 'clock.basis.reg13-2' },
  ];
  if (draftOn) {
    out.push({ id: 'draft-comments', date: addDays(draftOn, 15), kind: 'statutory', textKey: 'clock.draft-comments', basisKey: 'clock.basis.reg13-1' });
  }
  if (decisionOn) {
    out.push({ id: 'mediation', date: addMonths(decisionOn, 2), kind: 'statutory', textKey: 'clock.mediation', basisKey: 'clock.basis.appeal' });
  }
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** A milestone together with the letter it belongs to. */
export interface LetterMilestone extends Milestone {
  letterId: string;
  templateId: string;
  childId: string;
}

/** Every milestone of every sent letter, soonest first. */
export function milestonesFor(letters: LetterRecord[], clockOf: (letter: LetterRecord) => ClockKind | undefined): LetterMilestone[] {
  const out: LetterMilestone[] = [];
  for (const letter of letters) {
    const kind = clockOf(letter);
    if (!letter.sentOn || !kind) continue;
    for (const m of statutoryClock(kind, letter.sentOn, { draftOn: letter.draftOn, decisionOn: letter.decisionOn })) {
      out.push({ ...m, letterId: letter.id, templateId: letter.templateId, childId: letter.childId });
    }
  }
  return out.sort((a, b) => compareDates(a.date, b.date) || a.letterId.localeCompare(b.letterId));
}

/** Split into dates still to come (today included) and dates that have passed. */
export function splitByToday<T extends { date: IsoDate }>(items: T[], today: IsoDate): { upcoming: T[]; past: T[] } {
  return {
    upcoming: items.filter((m) => compareDates(m.date, today) >= 0),
    past: items.filter((m) => compareDates(m.date, today) < 0).reverse(),
  };
}

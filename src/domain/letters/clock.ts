import { addDays, addMonths, addWeeks, compareDates, isIsoDate, type IsoDate } from '../dates';
import type { ClockKind, LetterRecord, Milestone } from './types';

/** Days after sending a letter with no legal deadline when we suggest asking again. Our advice, not law. */
export const FOLLOW_UP_DAYS = 14;

/**
 * A period of days that, in the law's words, begins **with** a day (e.g. "15 days beginning with the
 * day on which the draft plan was served"): that day is day 1, so the last day is `days - 1` later.
 * A draft served on 20 April has 4 May as its last day (SEND Regulations 2014, reg 13(1)).
 */
export function lastDayBeginningWith(first: IsoDate, days: number): IsoDate {
  return addDays(first, days - 1);
}

/**
 * School days are counted in school weeks of 5 days. We do not know the school's term dates, so a
 * count of school days is given as "about" the same number of calendar weeks, and the family can
 * correct it. Holidays in between make the real date later.
 */
export function aboutSchoolDays(from: IsoDate, schoolDays: number): IsoDate {
  return addDays(from, Math.ceil(schoolDays / 5) * 7);
}

export interface ClockDates {
  draftOn?: IsoDate | undefined;
  decisionOn?: IsoDate | undefined;
  corrected?: Partial<Record<string, IsoDate>> | undefined;
}

/** A date we can only give roughly: the family's correction wins when they have made one. */
function rough(id: string, date: IsoDate, corrected: ClockDates['corrected'], rest: Omit<Milestone, 'id' | 'date'>): Milestone {
  const fixed = corrected?.[id];
  return fixed ? { id, date: fixed, ...rest, corrected: true } : { id, date, ...rest, approximate: true };
}

/**
 * What should happen by when after a letter is sent. Text keys are in the `letters` namespace.
 *
 * England, EHC needs assessment request (SEND Regulations 2014, counted from the day the council
 * receives the request): decision whether to assess 6 weeks (reg 5); if it assesses and will not
 * issue a plan it must say so by 16 weeks (reg 10); final plan 20 weeks (reg 13(2)). When the
 * family records the date on the covering letter or email that came with the draft plan: at least 15
 * days beginning with that day to comment (reg 13(1)): the last day is that date + 14. The law counts
 * from the day the draft is served; which day that is can be argued for a posted draft, so we count
 * from the date on the covering letter, the earliest the council could claim, never from the day it
 * arrived (a posted draft arrives after the council's count has started). When they record the date
 * on a decision letter: 2 months to contact a mediation adviser and to appeal.
 *
 * Wales, request for an ALN decision (the ALN Code for Wales 2021, whose time limits are
 * requirements): a school must decide, and give an IDP if there is ALN, within 35 school days, given
 * as "about" 7 weeks because term dates are not known; a local authority within 12 weeks. When the
 * family records the date on a council's decision letter: about 8 weeks to appeal to the Education
 * Tribunal for Wales (not confirmed in the law here, so "about", correctable, and "check with SNAP
 * Cymru at once").
 *
 * Scotland, request for an ASN assessment: a CSP is due about 16 weeks after the council proposes to
 * find out whether one is needed. The exact rule is not confirmed, so the date is "about", and the
 * family is asked to get the council's own timetable and correct it.
 *
 * Northern Ireland, request for a statutory assessment (SEN Regulations (NI) 2005; the Education
 * Authority's pages): the EA decides within 6 weeks beginning with the day it receives the request
 * (so the last day is that day + 41 days); the whole process takes 26 weeks unless exceptions apply;
 * parents have 15 days to comment on a proposed statement, counted in the same way, from the date on
 * the covering letter or email as day 1. When the family records the date on a decision letter: 2
 * months to appeal to SENDIST, counted from the date on the letter (the earliest the Education
 * Authority could claim), never from the day it arrived.
 *
 * Letters with no legal deadline get one reminder to chase a reply.
 */
export function statutoryClock(kind: ClockKind, sentOn: IsoDate, { draftOn, decisionOn, corrected }: ClockDates = {}): Milestone[] {
  // A date that is not a real day (damaged or hand-edited data) gives no milestones, never an error.
  if (!isIsoDate(sentOn)) return [];
  if (draftOn !== undefined && !isIsoDate(draftOn)) draftOn = undefined;
  if (decisionOn !== undefined && !isIsoDate(decisionOn)) decisionOn = undefined;
  if (corrected) corrected = Object.fromEntries(Object.entries(corrected).filter(([, d]) => d !== undefined && isIsoDate(d)));
  const out: Milestone[] = [];
  const reminder = (): Milestone => ({ id: 'follow-up', date: addDays(sentOn, FOLLOW_UP_DAYS), kind: 'reminder', textKey: 'clock.follow-up' });
  switch (kind) {
    case 'none':
      return [reminder()];
    case 'ehc-request':
      out.push(
        { id: 'decide-assess', date: addWeeks(sentOn, 6), kind: 'statutory', textKey: 'clock.decide-assess', basisKey: 'clock.basis.reg5' },
        { id: 'not-issue', date: addWeeks(sentOn, 16), kind: 'statutory', textKey: 'clock.not-issue', basisKey: 'clock.basis.reg10' },
        { id: 'final-plan', date: addWeeks(sentOn, 20), kind: 'statutory', textKey: 'clock.final-plan', basisKey: 'clock.basis.reg13-2' },
      );
      if (draftOn) {
        out.push({
          id: 'draft-comments',
          date: lastDayBeginningWith(draftOn, 15),
          kind: 'statutory',
          textKey: 'clock.draft-comments',
          basisKey: 'clock.basis.reg13-1',
        });
      }
      if (decisionOn) {
        out.push({ id: 'mediation', date: addMonths(decisionOn, 2), kind: 'statutory', textKey: 'clock.mediation', basisKey: 'clock.basis.appeal' });
      }
      break;
    case 'aln-decision':
      out.push(
        rough('aln-school', aboutSchoolDays(sentOn, 35), corrected, {
          kind: 'statutory',
          textKey: 'clock.aln-school',
          basisKey: 'clock.basis.aln-school',
          whyKey: 'clock.why.school-days',
        }),
        { id: 'aln-council', date: addWeeks(sentOn, 12), kind: 'statutory', textKey: 'clock.aln-council', basisKey: 'clock.basis.aln-council' },
      );
      if (decisionOn) {
        out.push(
          rough('aln-appeal', addWeeks(decisionOn, 8), corrected, {
            kind: 'statutory',
            textKey: 'clock.aln-appeal',
            basisKey: 'clock.basis.aln-appeal',
            whyKey: 'clock.why.aln-appeal',
          }),
        );
      }
      break;
    case 'asn-request':
      out.push(
        reminder(),
        rough('csp', addWeeks(sentOn, 16), corrected, { kind: 'statutory', textKey: 'clock.csp', basisKey: 'clock.basis.csp', whyKey: 'clock.why.csp' }),
      );
      break;
    case 'ni-assessment':
      out.push(
        { id: 'ni-decide', date: lastDayBeginningWith(sentOn, 6 * 7), kind: 'statutory', textKey: 'clock.ni-decide', basisKey: 'clock.basis.ni-decide' },
        { id: 'ni-complete', date: addWeeks(sentOn, 26), kind: 'statutory', textKey: 'clock.ni-complete', basisKey: 'clock.basis.ni-complete' },
      );
      if (draftOn) {
        out.push({
          id: 'ni-comments',
          date: lastDayBeginningWith(draftOn, 15),
          kind: 'statutory',
          textKey: 'clock.ni-comments',
          basisKey: 'clock.basis.ni-comments',
        });
      }
      if (decisionOn) {
        out.push({ id: 'ni-appeal', date: addMonths(decisionOn, 2), kind: 'statutory', textKey: 'clock.ni-appeal', basisKey: 'clock.basis.ni-appeal' });
      }
      break;
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
    for (const m of statutoryClock(kind, letter.sentOn, { draftOn: letter.draftOn, decisionOn: letter.decisionOn, corrected: letter.corrected })) {
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

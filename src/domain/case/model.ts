import { addDays, addMonths, addWeeks, compareDates, isIsoDate, weekday, type IsoDate } from '../dates';
import { aboutSchoolDays, lastDayBeginningWith } from '../letters/clock';
import type { CaseEvent, CaseRequest } from './types';

/**
 * The stage model of a case: for each nation's request, the stages from the request to the plan and
 * its reviews, what each thing that can arrive means, the dates that follow from it, and the family's
 * next step. The models themselves are data (src/content/case.ts); this file is the pure logic.
 */

/** The ombudsman for councils (and England's, Wales's, Scotland's and NI's public bodies) in each nation. */
export type Ombudsman = 'lgsco' | 'psow' | 'spso' | 'nipso';

/** The next-step letters (templates in the letters feature, opened at /letters/new/<id>). */
export type CaseLetterId = 'draft-comments' | 'mediation' | 'review-views' | 'early-review' | 'complaint-late' | 'ombudsman' | 'records-request';

/** How a date is counted from the day it starts from. */
export type Count =
  /** n whole weeks later (England's 6, 16 and 20 weeks "from the day the request is received"). */
  | { weeks: number }
  /** A period of n days (or weeks × 7) that begins with the day itself: the last day is n − 1 days later. */
  | { daysBeginningWith: number }
  /** The same day of the month, n months later (the month's last day when it is shorter). */
  | { months: number }
  /** School days, given as "about" the same number of school weeks (term dates are not known). */
  | { schoolDays: number }
  /** England's SEN appeal: the later of 2 months from the decision and 1 month from a mediation certificate. */
  | { senAppeal: true };

export interface DueRule {
  /** Stable within a case: also the calendar event's id. */
  id: string;
  /** Counted from the latest event of this kind (default: the event that opened the stage). */
  from?: string;
  count: Count;
  /** Our rough count, not a day the law fixes ("about"): the law gives school days, or the source is secondary. */
  approximate?: boolean;
  /** England's SEN appeals only: a last day from 25 Dec to 1 Jan moves to January's first working day, one in August to September's. */
  senMoves?: boolean;
  /** Text keys (case namespace): what should happen by then; what it is counted from; the law. */
  textKey: string;
  basisKey: string;
  /** The documents (src/content/sources.ts ids) the date rests on. */
  sources?: readonly string[];
  /** The family's own last day (to comment, to appeal), not something the council owes: its passing is not the council being late. */
  family?: boolean;
}

/** What one recorded event means. */
export interface EventDef {
  kind: string;
  /** The stage the case is in once this has happened (none: the stage it was in stays, as for a mediation certificate). */
  stage?: string;
  /** Dates that follow from it. */
  due: DueRule[];
  /** The family's next step (a text key) and its letter, if there is one. */
  stepKey: string;
  letter?: CaseLetterId;
  /** A decision the family may disagree with: the disagreement routes (and the evidence bundle) are shown. */
  disagreement?: boolean;
  /** A decision that can be appealed, though the family may well agree (a final plan): its appeal date is counted from it. */
  appealable?: boolean;
  /** Keeps the disagreement before it open (a mediation certificate, an appeal sent). */
  keepsDisagreement?: boolean;
  /** What can arrive next (one tap each). */
  next: string[];
}

export interface CaseModel {
  request: CaseRequest;
  /** The stages in order, as shown in the list (done, now, next). */
  stages: string[];
  /** The kind recorded when the family sent the request. */
  start: string;
  events: Record<string, EventDef>;
  /** Who hears a complaint when a date passes with no answer, in this nation. */
  ombudsman: Ombudsman;
  /** Text keys: the steps when a date passes (ask again; the council's complaints; the ombudsman). */
  routeKeys: string[];
  /** What can be recorded at any stage (the plan's reviews, no answer). */
  always: string[];
}

/** A date of the case, with what it is counted from. */
export interface CaseDate {
  id: string;
  date: IsoDate;
  textKey: string;
  basisKey: string;
  approximate?: boolean;
  /** The recorded event it is counted from, and that event's day. */
  fromKind: string;
  fromOn: IsoDate;
  /** Moved from a last day in the Christmas week or August (England's SEN appeals). */
  movedFrom?: IsoDate;
  /** The family's own last day, not the council's. */
  family?: boolean;
}

export interface CaseView {
  /** Each stage with where the case is. */
  stages: { id: string; status: 'done' | 'now' | 'next' | 'later' }[];
  /** The event the case stands at (none before the request is recorded). */
  latest?: CaseEvent;
  def?: EventDef;
  /** Every date of the stage now, soonest first. */
  dates: CaseDate[];
  /** The first date still to come (today included). */
  next?: CaseDate;
  /** The council's dates of the stage now that have passed with nothing recorded since (the family's own passed last days are left out). */
  passed: CaseDate[];
  /** The family said nothing came by the date. */
  noAnswer: boolean;
  /** A decision the family may disagree with is open. */
  disagreement: boolean;
  stepKey: string;
  letter?: CaseLetterId;
  /** What the family can record next. */
  canRecord: string[];
}

/** Events in the order they happened (the date on them, then the order they were recorded). */
export function orderEvents(events: readonly CaseEvent[]): CaseEvent[] {
  return events
    .filter((e) => isIsoDate(e.on))
    .slice()
    .sort((a, b) => compareDates(a.on, b.on) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * England's SEN appeals (First-tier Tribunal, SEND): a last day from 25 December to 1 January moves to
 * the first working day of January; one in August to the first working day of September. Working days
 * are Monday to Friday that are not bank holidays (New Year's Day, or the Monday for it).
 */
export function moveSenAppealDay(date: IsoDate): IsoDate {
  if (!isIsoDate(date)) return date;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let start: IsoDate | undefined;
  if (m === 12 && d >= 25) start = `${String(y + 1).padStart(4, '0')}-01-02`;
  else if (m === 1 && d === 1) start = `${String(y).padStart(4, '0')}-01-02`;
  else if (m === 8) start = `${String(y).padStart(4, '0')}-09-01`;
  if (!start) return date;
  const newYearOnWeekend = start.endsWith('-01-02') && [0, 6].includes(weekday(addDays(start, -1)));
  let day = start;
  // New Year's Day on a Saturday or Sunday: its bank holiday is the Monday after (2 or 3 January).
  for (;;) {
    const wd = weekday(day);
    const isSubstitute = newYearOnWeekend && wd === 1 && day <= addDays(start, 1);
    if (wd !== 0 && wd !== 6 && !isSubstitute) return day;
    day = addDays(day, 1);
  }
}

function counted(count: Count, from: IsoDate): IsoDate {
  if ('weeks' in count) return addWeeks(from, count.weeks);
  if ('daysBeginningWith' in count) return lastDayBeginningWith(from, count.daysBeginningWith);
  if ('months' in count) return addMonths(from, count.months);
  if ('schoolDays' in count) return aboutSchoolDays(from, count.schoolDays);
  return addMonths(from, 2);
}

function latestOf(events: CaseEvent[], upTo: number, test: (e: CaseEvent) => boolean): CaseEvent | undefined {
  for (let i = upTo; i >= 0; i--) if (test(events[i]!)) return events[i];
  return undefined;
}

/** The stage of the event at `at`, or of the latest one before it that names one. */
function stageAt(model: CaseModel, events: CaseEvent[], at: number): string | undefined {
  for (let i = at; i >= 0; i--) {
    const stage = model.events[events[i]!.kind]?.stage;
    if (stage) return stage;
  }
  return undefined;
}

/** The dates of the stage opened by `events[at]`. */
export function datesAt(model: CaseModel, events: CaseEvent[], at: number): CaseDate[] {
  const opened = events[at];
  const def = opened && model.events[opened.kind];
  if (!opened || !def) return [];
  const out: CaseDate[] = [];
  for (const rule of def.due) {
    const from = rule.from ? latestOf(events, at, (e) => e.kind === rule.from) : opened;
    if (!from) continue;
    let date: IsoDate;
    let fromEvent = from;
    if ('senAppeal' in rule.count) {
      // The decision is the latest one the family may disagree with; a certificate can give longer.
      const decision = latestOf(events, at, (e) => !!(model.events[e.kind]?.disagreement || model.events[e.kind]?.appealable));
      if (!decision) continue;
      fromEvent = decision;
      date = addMonths(decision.on, 2);
      const certificate = latestOf(events, at, (e) => e.kind === 'certificate' && compareDates(e.on, decision.on) >= 0);
      if (certificate && compareDates(addMonths(certificate.on, 1), date) > 0) {
        date = addMonths(certificate.on, 1);
        fromEvent = certificate;
      }
    } else date = counted(rule.count, from.on);
    const entry: CaseDate = { id: rule.id, date, textKey: rule.textKey, basisKey: rule.basisKey, fromKind: fromEvent.kind, fromOn: fromEvent.on };
    if (rule.approximate || 'schoolDays' in rule.count) entry.approximate = true;
    if (rule.family) entry.family = true;
    if (rule.senMoves) {
      const moved = moveSenAppealDay(date);
      if (moved !== date) {
        entry.movedFrom = date;
        entry.date = moved;
      }
    }
    out.push(entry);
  }
  return out.sort((a, b) => compareDates(a.date, b.date) || a.id.localeCompare(b.id));
}

/**
 * Where a case stands today: the stages done, the one now and the next, the dates of the stage now
 * (and which have passed), the family's next step with its letter, and what can be recorded next.
 */
export function caseView(model: CaseModel, recorded: readonly CaseEvent[], today: IsoDate): CaseView {
  const all = orderEvents(recorded).filter((e) => e.kind === 'no-answer' || model.events[e.kind]);
  // "No answer by the date" does not move the case on: it marks the stage it was recorded in.
  let at = -1;
  for (let i = all.length - 1; i >= 0; i--) {
    if (all[i]!.kind !== 'no-answer') {
      at = i;
      break;
    }
  }
  const latest = at >= 0 ? all[at] : undefined;
  const def = latest ? model.events[latest.kind] : undefined;
  const noAnswer = all.slice(at + 1).some((e) => e.kind === 'no-answer');
  const stage = stageAt(model, all, at);
  const stageIndex = stage ? model.stages.indexOf(stage) : 0;
  const stages = model.stages.map((id, i) => ({
    id,
    status: (i < stageIndex ? 'done' : i === stageIndex ? 'now' : i === stageIndex + 1 ? 'next' : 'later') as CaseView['stages'][number]['status'],
  }));
  const dates = at >= 0 ? datesAt(model, all, at) : [];
  const upcoming = dates.filter((d) => compareDates(d.date, today) >= 0);
  const passed = dates.filter((d) => compareDates(d.date, today) < 0 && !d.family);
  const disagreement = !!def && (def.disagreement === true || (def.keepsDisagreement === true && all.slice(0, at).some((e) => model.events[e.kind]?.disagreement)));
  const late = noAnswer || passed.length > 0;
  const view: CaseView = {
    stages,
    dates,
    passed,
    noAnswer,
    disagreement,
    stepKey: late ? 'step.late' : (def?.stepKey ?? 'step.start'),
    canRecord: def ? [...def.next, ...model.always.filter((k) => !def.next.includes(k))] : [model.start],
  };
  if (latest) view.latest = latest;
  if (def) view.def = def;
  if (upcoming[0]) view.next = upcoming[0];
  const letter = late ? 'complaint-late' : def?.letter;
  if (letter) view.letter = letter;
  return view;
}

/** A date of a case, with the case and child it belongs to (for the dates page, home and calendars). */
export interface CaseMilestone extends CaseDate {
  caseId: string;
  childId: string;
  request: CaseRequest;
}

/** The dates still open in every case (the stage each stands at), soonest first. */
export function caseMilestones(
  cases: readonly { id: string; childId: string; request: CaseRequest; events: CaseEvent[] }[],
  modelOf: (request: CaseRequest) => CaseModel | undefined,
  today: IsoDate,
): CaseMilestone[] {
  const out: CaseMilestone[] = [];
  for (const c of cases) {
    const model = modelOf(c.request);
    if (!model) continue;
    // A family's own last day that has passed is no longer a date to keep; a council's is (what to do next).
    for (const d of caseView(model, c.events, today).dates) {
      if (d.family && compareDates(d.date, today) < 0) continue;
      out.push({ ...d, caseId: c.id, childId: c.childId, request: c.request });
    }
  }
  return out.sort((a, b) => compareDates(a.date, b.date) || a.caseId.localeCompare(b.caseId) || a.id.localeCompare(b.id));
}

/** Dates from today up to `days` ahead (home shows the next 14 days). */
export function withinDays<T extends { date: IsoDate }>(items: readonly T[], today: IsoDate, days: number): T[] {
  const last = addDays(today, days);
  return items.filter((m) => compareDates(m.date, today) >= 0 && compareDates(m.date, last) <= 0);
}

import { addDays, compareDates, daysBetween, isDateInRange, weekday, type IsoDate } from '../dates';
import { ILLNESS_REASONS, findCode } from './codes';
import type { AttendanceRecord, DayStatus } from './types';

/*
 * The arithmetic behind the diary's pictures and letters. Pure and calendar-only: dates are
 * 'YYYY-MM-DD' strings, weekends are never school days, and a day the family has not recorded is
 * "not recorded", never guessed as present or absent.
 */

/** A stretch of time to look at: usually a term, or "since the problems started". */
export interface Term {
  start: IsoDate;
  end: IsoDate;
}

/** The longest stretch the pictures draw at once (a little over a school year and a half). */
export const MAX_TERM_DAYS = 550;

export type TermProblem = 'invalid' | 'backwards' | 'too-long' | 'no-school-days';
export type DateProblem = 'invalid' | 'future';

/** Why a date cannot have a diary entry or a log entry: not a date, or after today. */
export function checkEntryDate(date: string, today: IsoDate): DateProblem | undefined {
  // A year no family could mean ('0026' for 2026) is a slip, refused like any other non-date.
  if (!isDateInRange(date)) return 'invalid';
  if (compareDates(date, today) > 0) return 'future';
  return undefined;
}

/** Monday to Friday. */
export function isWeekday(date: IsoDate): boolean {
  const d = weekday(date);
  return d >= 1 && d <= 5;
}

/** The Monday of the week the date is in. */
export function weekStart(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** Every weekday in the term, oldest first. */
export function weekdaysIn(term: Term): IsoDate[] {
  const out: IsoDate[] = [];
  const n = daysBetween(term.start, term.end);
  for (let i = 0; i <= n; i++) {
    const d = addDays(term.start, i);
    if (isWeekday(d)) out.push(d);
  }
  return out;
}

/** What is wrong with a term, if anything; the diary entries are needed to see days the school was closed. */
export function checkTerm(term: Term, entries: AttendanceRecord[] = []): TermProblem | undefined {
  if (!isDateInRange(term.start) || !isDateInRange(term.end)) return 'invalid';
  if (compareDates(term.start, term.end) > 0) return 'backwards';
  if (daysBetween(term.start, term.end) > MAX_TERM_DAYS) return 'too-long';
  const byDate = latestByDate(entries);
  const open = weekdaysIn(term).some((d) => !NOT_COUNTED.has(byDate.get(d)?.status ?? 'in'));
  return open ? undefined : 'no-school-days';
}

const NOT_COUNTED = new Set<DayStatus>(['closed', 'no-school']);

/** How much of a school day the child was there for: a part day is half. `undefined`: the day does not count. */
export function attendedShare(status: DayStatus): number | undefined {
  switch (status) {
    case 'in':
    case 'late':
      return 1;
    case 'part':
      return 0.5;
    case 'not-in':
      return 0;
    default:
      return undefined;
  }
}

/** One entry per date (the most recently changed, should a copy ever hold two). */
export function latestByDate(entries: AttendanceRecord[]): Map<IsoDate, AttendanceRecord> {
  const map = new Map<IsoDate, AttendanceRecord>();
  for (const e of entries) {
    const had = map.get(e.date);
    if (!had || had.updatedAt < e.updatedAt) map.set(e.date, e);
  }
  return map;
}

export interface Tally {
  /** School days with an entry that counts (not closed, not a non-school day). */
  possible: number;
  /** Days attended, a part day counting half. */
  attended: number;
  /** attended / possible as a percentage, or null when nothing counts yet. */
  percent: number | null;
  /** Whole days not in. */
  missed: number;
  part: number;
  late: number;
  /** Weekdays with no entry at all (not counted either way). */
  notRecorded: number;
}

const empty = (): Tally => ({ possible: 0, attended: 0, percent: null, missed: 0, part: 0, late: 0, notRecorded: 0 });

function add(tally: Tally, entry: AttendanceRecord | undefined) {
  if (!entry) {
    tally.notRecorded++;
    return;
  }
  const share = attendedShare(entry.status);
  if (share === undefined) return;
  tally.possible++;
  tally.attended += share;
  if (entry.status === 'not-in') tally.missed++;
  if (entry.status === 'part') tally.part++;
  if (entry.status === 'late') tally.late++;
}

const finish = (t: Tally): Tally => ({ ...t, percent: t.possible ? (t.attended / t.possible) * 100 : null });

export interface WeekTally extends Tally {
  /** The Monday. */
  start: IsoDate;
}

export interface AttendanceSummary {
  term: Term;
  overall: WeekTally;
  weeks: WeekTally[];
  /** Monday (1) to Friday (5). */
  weekdays: (Tally & { weekday: number })[];
  /** The weekday that goes worst, when one clearly does (lowest share, at least one day recorded). */
  worstWeekday?: number;
  /** The first day in the term with an entry that counts. */
  firstRecorded?: IsoDate;
}

/** Per week, per weekday and overall, for the term. Entries outside the term are left out. */
export function summarise(entries: AttendanceRecord[], term: Term): AttendanceSummary {
  const byDate = latestByDate(entries);
  const overall = empty();
  const weeks = new Map<IsoDate, Tally>();
  const days = [1, 2, 3, 4, 5].map(() => empty());
  let firstRecorded: IsoDate | undefined;
  for (const d of weekdaysIn(term)) {
    const entry = byDate.get(d);
    const w = weekStart(d);
    if (!weeks.has(w)) weeks.set(w, empty());
    add(overall, entry);
    add(weeks.get(w)!, entry);
    add(days[weekday(d) - 1]!, entry);
    if (!firstRecorded && entry && attendedShare(entry.status) !== undefined) firstRecorded = d;
  }
  const weekdays = days.map((t, i) => ({ ...finish(t), weekday: i + 1 }));
  const recorded = weekdays.filter((d) => d.percent !== null);
  let worstWeekday: number | undefined;
  if (recorded.length > 1) {
    const sorted = recorded.slice().sort((a, b) => a.percent! - b.percent! || b.missed - a.missed);
    if (sorted[0]!.percent! < sorted[sorted.length - 1]!.percent!) worstWeekday = sorted[0]!.weekday;
  }
  return {
    term,
    overall: { ...finish(overall), start: weekStart(term.start) },
    weeks: [...weeks].map(([start, t]) => ({ ...finish(t), start })),
    weekdays,
    worstWeekday,
    firstRecorded,
  };
}

/** The reason an entry gives, for the reasons picture: 'none-given' when the family gave none. */
export const NO_REASON = 'none-given';

export interface ReasonsOverTime {
  /** Reasons that appear, most days first. */
  reasons: string[];
  weeks: { start: IsoDate; counts: Record<string, number> }[];
}

/** For each week, how many days were missed, part or late for each reason. */
export function reasonsOverTime(entries: AttendanceRecord[], term: Term): ReasonsOverTime {
  const byDate = latestByDate(entries);
  const totals = new Map<string, number>();
  const weeks = new Map<IsoDate, Record<string, number>>();
  for (const d of weekdaysIn(term)) {
    const w = weekStart(d);
    if (!weeks.has(w)) weeks.set(w, {});
    const e = byDate.get(d);
    if (!e || !['not-in', 'part', 'late'].includes(e.status)) continue;
    const reason = e.reason || NO_REASON;
    const counts = weeks.get(w)!;
    counts[reason] = (counts[reason] ?? 0) + 1;
    totals.set(reason, (totals.get(reason) ?? 0) + 1);
  }
  const reasons = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r]) => r);
  return { reasons, weeks: [...weeks].map(([start, counts]) => ({ start, counts })) };
}

/**
 * Where the school's code and the family's note disagree:
 *   absent-noted-in      the register shows an absence on a day the family noted the child went in;
 *   present-noted-out    the register shows present on a day the family noted the child did not go;
 *   illness-unauthorised the family noted illness (physical or mental) and the school recorded it as unauthorised;
 *   closed-but-absent    the family noted the school was closed and the register shows an absence.
 */
export type MismatchKind = 'absent-noted-in' | 'present-noted-out' | 'illness-unauthorised' | 'closed-but-absent';
export const MISMATCH_KINDS: MismatchKind[] = ['illness-unauthorised', 'absent-noted-in', 'present-noted-out', 'closed-but-absent'];

export interface Mismatch {
  date: IsoDate;
  kind: MismatchKind;
  entry: AttendanceRecord;
}

export function mismatchOf(entry: AttendanceRecord): MismatchKind | undefined {
  const code = findCode(entry.schoolCode);
  if (!code) return undefined;
  const absent = code.kind === 'authorised' || code.kind === 'unauthorised';
  if (entry.status === 'not-in' && entry.reason && ILLNESS_REASONS.includes(entry.reason) && code.kind === 'unauthorised') {
    return 'illness-unauthorised';
  }
  if ((entry.status === 'in' || entry.status === 'late') && absent) return 'absent-noted-in';
  if (entry.status === 'not-in' && code.kind === 'present') return 'present-noted-out';
  if (entry.status === 'closed' && absent) return 'closed-but-absent';
  return undefined;
}

/** Every disagreement in the term, oldest first. */
export function codeMismatches(entries: AttendanceRecord[], term?: Term): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [date, entry] of latestByDate(entries)) {
    if (term && (date < term.start || date > term.end)) continue;
    const kind = mismatchOf(entry);
    if (kind) out.push({ date, kind, entry });
  }
  return out.sort((a, b) => compareDates(a.date, b.date));
}

/** The weekdays of one week (Monday to Friday) up to today, for filling in a missed week. */
export function schoolDaysOfWeek(monday: IsoDate, today: IsoDate): IsoDate[] {
  return [0, 1, 2, 3, 4].map((i) => addDays(monday, i)).filter((d) => compareDates(d, today) <= 0);
}

/** A percentage as a whole number for people to read (never 100 while any time was missed). */
export function roundPercent(percent: number): number {
  const r = Math.round(percent);
  return r === 100 && percent < 100 ? 99 : r;
}

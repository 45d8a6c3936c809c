/**
 * Calendar dates as plain 'YYYY-MM-DD' strings, with arithmetic that never touches local time.
 *
 * Statutory deadlines are whole days. Doing them with local-time `Date` objects goes wrong around
 * the clocks changing (a "day" of 23 or 25 hours pushes midnight into the day before), so every
 * sum here is done on a day count computed with Date.UTC, which has no clock changes.
 */

/** A calendar date, 'YYYY-MM-DD'. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a valid date, or undefined ('2025-02-29' and '2025-13-01' are not dates). */
export function parseIsoDate(value: string): DateParts | undefined {
  const m = ISO_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== undefined;
}

/**
 * The years a family could mean, for a date they type or a file they open: a child's birthday, a
 * letter sent, a review to come. Outside them a date is a slip of the keyboard ('0026' for 2026,
 * '20266') or damage, and is refused where it enters, so no deadline is counted from it.
 */
export const YEARS = { first: 1990, last: 2100 } as const;

/** A real calendar date in the years a family could mean (YEARS). */
export function isDateInRange(value: unknown): value is IsoDate {
  const p = typeof value === 'string' ? parseIsoDate(value) : undefined;
  return !!p && p.year >= YEARS.first && p.year <= YEARS.last;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/*
 * Stored dates are never trusted (a file may have been damaged or edited by hand), so nothing here
 * throws or moves a date, whatever it is given:
 * - a value that is not a calendar date comes back as it is from every sum (as formatDate shows it
 *   as it is), and counts of days from it are NaN;
 * - years 0–99 are those years, not 1900–1999 (Date.UTC's two-digit-year rule is never used);
 * - a sum that would leave the years 'YYYY-MM-DD' can write stops at 0000-01-01 or 9999-12-31, so
 *   its result is still a date every other function (and a calendar file) can use.
 */
const FIRST_DAY = dayNumberOf({ year: 0, month: 1, day: 1 });
const LAST_DAY = dayNumberOf({ year: 9999, month: 12, day: 31 });

function dayNumberOf({ year, month, day }: DateParts): number {
  const d = new Date(0);
  // setUTCFullYear takes the year as it is (Date.UTC would read 26 as 1926).
  d.setUTCFullYear(year, month - 1, day);
  return Math.round(d.getTime() / MS_PER_DAY);
}

/** Days since 1970-01-01 (no time zone, no clock changes); NaN for anything that is not a date. */
function toDayNumber(date: IsoDate): number {
  const p = typeof date === 'string' ? parseIsoDate(date) : undefined;
  return p ? dayNumberOf(p) : Number.NaN;
}

function fromDayNumber(n: number): IsoDate {
  const d = new Date(Math.min(LAST_DAY, Math.max(FIRST_DAY, n)) * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const n = toDayNumber(date) + Math.trunc(days);
  return Number.isFinite(n) ? fromDayNumber(n) : date;
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, Math.trunc(weeks) * 7);
}

/**
 * The same day of the month, `months` later. When that month is shorter the date is the month's
 * last day: 31 January + 1 month = 28 February (29 in a leap year); 31 August + 1 month = 30 September.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const p = typeof date === 'string' ? parseIsoDate(date) : undefined;
  const index = p ? p.year * 12 + (p.month - 1) + Math.trunc(months) : Number.NaN;
  if (!p || !Number.isFinite(index)) return date;
  if (index < 0) return fromDayNumber(FIRST_DAY);
  if (index > 9999 * 12 + 11) return fromDayNumber(LAST_DAY);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(p.day, daysInMonth(y, m)) });
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Negative, zero or positive, for sorting. ISO dates also sort as strings. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date on the person's own calendar at this moment (their device's time zone). */
export function todayIso(now: Date = new Date()): IsoDate {
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

/** The day of the week, 0 = Sunday … 6 = Saturday (NaN for anything that is not a date). */
export function weekday(date: IsoDate): number {
  const n = toDayNumber(date);
  return Number.isFinite(n) ? new Date(n * MS_PER_DAY).getUTCDay() : Number.NaN;
}

/** 'YYYYMMDD', as calendars (iCalendar DATE values) want it. */
export function compactDate(date: IsoDate): string {
  return typeof date === 'string' ? date.replaceAll('-', '') : '';
}

/**
 * The words for writing dates in one language (locales/<lang>/common.json `dates`). We never rely on
 * Intl for this: Chromium's trimmed ICU, among others, has no Welsh and would quietly write
 * "Thursday, 1 October 2026" on a Welsh page or in a Welsh letter.
 */
export interface DateWords {
  /** January first. */
  months: string[];
  /** Sunday first. */
  weekdays: string[];
  /** Patterns with {{day}}, {{month}}, {{year}} and (long) {{weekday}}. */
  short: string;
  long: string;
}

/**
 * A date in words, e.g. 'Friday 20 March 2026' (long) or '20 March 2026' (short). It is a calendar
 * day, so the device's time zone can never move it to the day before.
 */
export function formatDate(date: IsoDate, words: DateWords, style: 'long' | 'short' = 'long'): string {
  // Stored data is never trusted: anything that is not a real day is shown as it is, never an error.
  const p = typeof date === 'string' ? parseIsoDate(date) : undefined;
  if (!p) return typeof date === 'string' ? date : '';
  const { year, month, day } = p;
  const fill: Record<string, string> = {
    day: String(day),
    month: words.months[month - 1] ?? String(month),
    year: String(year),
    weekday: words.weekdays[weekday(date)] ?? '',
  };
  return (style === 'long' ? words.long : words.short).replace(/{{\s*(\w+)\s*}}/g, (_, k: string) => fill[k] ?? '');
}

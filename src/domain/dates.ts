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

function parts(date: IsoDate): DateParts {
  const p = parseIsoDate(date);
  if (!p) throw new RangeError(`Not a calendar date: ${date}`);
  return p;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Days since 1970-01-01 (no time zone, no clock changes). */
function toDayNumber(date: IsoDate): number {
  const { year, month, day } = parts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * MS_PER_DAY);
  return formatIsoDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + Math.trunc(days));
}

export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, Math.trunc(weeks) * 7);
}

/**
 * The same day of the month, `months` later. When that month is shorter the date is the month's
 * last day: 31 January + 1 month = 28 February (29 in a leap year); 31 August + 1 month = 30 September.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return formatIsoDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
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

/** The day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(toDayNumber(date) * MS_PER_DAY).getUTCDay();
}

/** 'YYYYMMDD', as calendars (iCalendar DATE values) want it. */
export function compactDate(date: IsoDate): string {
  return date.replaceAll('-', '');
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

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

/** Our language codes are bare ('en', 'cy'); dates follow British conventions in each. */
function localeFor(language: string): string {
  return language.includes('-') ? language : `${language}-GB`;
}

// Welsh names (CLDR's), for browsers whose date data has no Welsh: Chromium's trimmed ICU, among
// others, quietly writes 'Thursday, 1 October 2026' on a Welsh page and in a Welsh letter.
const CY_DAYS = ['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn'];
const CY_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];

/**
 * A date in words in the person's language, e.g. 'Friday 20 March 2026' in English. The date is
 * formatted as a UTC calendar day, so the device's time zone can never move it to the day before.
 * Welsh is written from our own month and day names, so it is Welsh in every browser.
 */
export function formatDate(date: IsoDate, language: string, style: 'long' | 'short' = 'long'): string {
  if (language === 'cy' || language.startsWith('cy-')) {
    const { year, month, day } = parts(date);
    const short = `${day} ${CY_MONTHS[month - 1]} ${year}`;
    return style === 'long' ? `${CY_DAYS[weekday(date)]}, ${short}` : short;
  }
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(localeFor(language), options);
  } catch {
    format = new Intl.DateTimeFormat('en-GB', options);
  }
  return format.format(new Date(toDayNumber(date) * MS_PER_DAY));
}

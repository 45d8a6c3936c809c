import { compareDates } from '../dates';
import type { AttendanceRecord, ContactLogRecord } from './types';

/**
 * Spreadsheet files (CSV, RFC 4180) of the diary and the log. Cells are quoted when they hold a
 * comma, quote or line break; a cell a spreadsheet would run as a formula (starting =, +, -, @, or a
 * tab) gets a leading apostrophe, so a family's own words can never become a command. The file starts
 * with a byte-order mark so spreadsheet programs read Welsh letters and other scripts correctly.
 */

const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  let v = value;
  if (FORMULA.test(v)) v = `'${v}`;
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(rows: string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Turns stored values into the family's words (status, reason, code, way). */
export interface CsvWords {
  headers: string[];
  value: (field: string, id: string) => string;
}

/** Date, what happened, reason, morning, school code, the code's meaning, note: oldest first. */
export function diaryCsv(entries: AttendanceRecord[], words: CsvWords): string {
  const rows = entries
    .slice()
    .sort((a, b) => compareDates(a.date, b.date))
    .map((e) => [
      e.date,
      words.value('status', e.status),
      e.reason ? words.value('reason', e.reason) : '',
      e.morning ? words.value('morning', e.morning) : '',
      e.schoolCode ? words.value('code', e.schoolCode) : '',
      e.note ?? '',
    ]);
  return toCsv([words.headers, ...rows]);
}

/** Date, time, who, how, what was said, what was agreed, follow-up date: oldest first. */
export function logCsv(entries: ContactLogRecord[], words: CsvWords): string {
  const rows = entries
    .slice()
    .sort((a, b) => compareDates(a.date, b.date) || (a.time ?? '').localeCompare(b.time ?? ''))
    .map((e) => [e.date, e.time ?? '', e.who, words.value('how', e.how), e.said, e.agreed, e.followUpOn ?? '']);
  return toCsv([words.headers, ...rows]);
}

import { compareDates, formatDate, type DateWords, type IsoDate } from '../dates';
import type { Translate } from '../letters/draft';
import { codeMismatches, roundPercent, summarise } from './attendance';
import type { AttendanceRecord, ContactLogRecord } from './types';

/*
 * Sentences for letters, built from the diary and the contact log ("Since 3 March 2026 Sam has
 * missed 14 of 40 school days…; on 10 March I emailed…"). The words are in the `letters` namespace
 * under `record.*`; the family's own words are quoted as they typed them (as text: never markup).
 */

export type RecordFillId = 'recordAttendance' | 'recordContacts' | 'recordMismatch';
export type RecordFacts = Partial<Record<RecordFillId, string>>;

export interface RecordSentenceOptions {
  t: Translate;
  dates: DateWords;
  today: IsoDate;
  /** The child's name as letters use it. */
  name: string;
  /** Joins a list in the letter's language ("a, b and c"). */
  join: (items: string[]) => string;
  /** The family's reason words for a reason id (the questionnaire's barrier words). */
  reason: (id: string) => string;
  /** How many log entries to quote at most. */
  maxContacts?: number;
}

/** How many dates a letter lists before saying "and N more". */
const MAX_DATES = 8;

const asSentence = (text: string): string => {
  const s = text.trim().replace(/\s+/g, ' ');
  return s && !/[.!?…"”’')\]]$/.test(s) ? `${s}.` : s;
};

const lowerFirst = (s: string) => (s.length > 1 && s.charAt(1) === s.charAt(1).toLocaleLowerCase() ? s.charAt(0).toLocaleLowerCase() + s.slice(1) : s);

function dateList(dates: IsoDate[], o: RecordSentenceOptions): string {
  const shown = dates.slice(0, MAX_DATES).map((d) => formatDate(d, o.dates, 'short'));
  if (dates.length > MAX_DATES) shown.push(o.t('record.more', { count: String(dates.length - MAX_DATES) }));
  return o.join(shown);
}

/** "Since 3 March 2026, Sam has missed 14 of the 40 school days I recorded (65% attendance)…" */
export function attendanceSentence(entries: AttendanceRecord[], o: RecordSentenceOptions): string {
  const mine = entries.filter((e) => compareDates(e.date, o.today) <= 0);
  if (mine.length === 0) return '';
  const start = mine.reduce((min, e) => (e.date < min ? e.date : min), mine[0]!.date);
  const s = summarise(mine, { start, end: o.today });
  const { overall } = s;
  if (overall.possible === 0 || overall.percent === null) return '';
  const parts = [
    o.t('record.attendance', {
      since: formatDate(s.firstRecorded ?? start, o.dates, 'short'),
      name: o.name,
      missed: String(overall.missed),
      possible: String(overall.possible),
      percent: String(roundPercent(overall.percent)),
    }),
  ];
  if (overall.part > 0) parts.push(o.t('record.part', { count: String(overall.part) }));
  if (overall.late > 0) parts.push(o.t('record.late', { count: String(overall.late) }));
  if (s.worstWeekday !== undefined) parts.push(o.t('record.worstDay', { day: o.dates.weekdays[s.worstWeekday] ?? '' }));
  const reasons = new Map<string, number>();
  for (const e of mine) if (e.reason && (e.status === 'not-in' || e.status === 'part')) reasons.set(e.reason, (reasons.get(e.reason) ?? 0) + 1);
  const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([r]) => lowerFirst(o.reason(r))).filter(Boolean);
  if (top.length) parts.push(o.t('record.reasons', { reasons: o.join(top) }));
  return parts.join(' ');
}

/** "On 5 March 2026 the register shows an unauthorised absence where I told the school Sam was ill…" */
export function mismatchSentence(entries: AttendanceRecord[], o: RecordSentenceOptions): string {
  const all = codeMismatches(entries.filter((e) => compareDates(e.date, o.today) <= 0));
  if (all.length === 0) return '';
  const illness = all.filter((m) => m.kind === 'illness-unauthorised').map((m) => m.date);
  const other = all.filter((m) => m.kind !== 'illness-unauthorised').map((m) => m.date);
  const parts: string[] = [];
  if (illness.length) parts.push(o.t('record.mismatchIllness', { name: o.name, count: String(illness.length), dates: dateList(illness, o) }));
  if (other.length) {
    parts.push(o.t(illness.length ? 'record.mismatchOtherToo' : 'record.mismatchOther', { count: String(other.length), dates: dateList(other, o) }));
  }
  parts.push(o.t('record.mismatchAsk'));
  return parts.join(' ');
}

/**
 * The most telling contacts, oldest first: the ones the family marked as key, else the latest few.
 * "On 10 March 2026 I emailed Ms Patel. I asked: … It was agreed: … I was told I would hear by …"
 */
export function contactsSentence(log: ContactLogRecord[], o: RecordSentenceOptions): string {
  const max = o.maxContacts ?? 3;
  const past = log.filter((e) => compareDates(e.date, o.today) <= 0).sort((a, b) => compareDates(a.date, b.date) || (a.time ?? '').localeCompare(b.time ?? ''));
  if (past.length === 0) return '';
  const key = past.filter((e) => e.key);
  const chosen = (key.length ? key : past).slice(-max);
  const sentences = chosen.map((e) => {
    const who = e.who.trim() || o.t('record.someone');
    const bits = [o.t(`record.how.${e.how}`, { date: formatDate(e.date, o.dates, 'short'), who })];
    if (e.said.trim()) bits.push(o.t('record.said', { said: asSentence(e.said) }));
    if (e.agreed.trim()) bits.push(o.t('record.agreed', { agreed: asSentence(e.agreed) }));
    if (e.followUpOn) {
      const passed = compareDates(e.followUpOn, o.today) < 0;
      bits.push(o.t(passed ? 'record.followUpPassed' : 'record.followUp', { date: formatDate(e.followUpOn, o.dates, 'short') }));
    }
    return bits.join(' ');
  });
  if (past.length > chosen.length) sentences.unshift(o.t('record.contactsIntro', { count: String(past.length) }));
  return sentences.join(' ');
}

/** Every record sentence a letter may use; empty strings are left out, so paragraphs that need them drop. */
export function recordFacts(entries: AttendanceRecord[], log: ContactLogRecord[], o: RecordSentenceOptions): RecordFacts {
  return {
    recordAttendance: attendanceSentence(entries, o),
    recordMismatch: mismatchSentence(entries, o),
    recordContacts: contactsSentence(log, o),
  };
}

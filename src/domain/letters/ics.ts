import { addDays, compactDate, type IsoDate } from '../dates';

/** One all-day event for a calendar. */
export interface CalendarEvent {
  /** Globally unique and stable, so importing the same file twice updates rather than duplicates. */
  uid: string;
  date: IsoDate;
  summary: string;
  description?: string;
}

/** Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Fold a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation lines start
 * with one space. Never splits a character's UTF-8 bytes.
 */
export function foldIcsLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // the leading space of a continuation counts
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * An iCalendar file (RFC 5545) of all-day events: CRLF line endings, folded lines, escaped text,
 * DTSTART/DTEND as VALUE=DATE (the end is the day after, exclusive), UID and DTSTAMP on each.
 */
export function toIcs(events: CalendarEvent[], { now = new Date(), prodId = '-//Barriers Navigator//Letters//EN' }: { now?: Date; prodId?: string } = {}): string {
  const stamp = utcStamp(now);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${prodId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeIcsText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

import { describe, expect, it } from 'vitest';
import { escapeIcsText, foldIcsLine, toIcs } from '../../../src/domain/letters/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
/** Undo folding as a calendar app would (RFC 5545 §3.1). */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('calendar files (iCalendar, RFC 5545)', () => {
  const now = new Date('2026-03-01T09:08:07.123Z');
  const ics = toIcs(
    [
      { uid: 'l1-decide-assess@barriers-navigator', date: '2026-02-16', summary: 'Decision due (Sam)', description: 'Council, decide; then\\next\nline' },
      { uid: 'l1-final-plan@barriers-navigator', date: '2026-12-31', summary: 'Final plan due' },
    ],
    { now },
  );

  it('uses CRLF line endings only and wraps a calendar around all-day events', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
  });

  it('gives each event a UID, a UTC DTSTAMP and a one-day all-day date, across the year end', () => {
    const lines = unfold(ics).split('\r\n');
    expect(lines).toContain('UID:l1-decide-assess@barriers-navigator');
    expect(lines.filter((l) => l === 'DTSTAMP:20260301T090807Z')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20260216');
    expect(lines).toContain('DTEND;VALUE=DATE:20260217');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
  });

  it('escapes commas, semicolons, backslashes and line breaks in text', () => {
    expect(escapeIcsText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    expect(unfold(ics)).toContain('DESCRIPTION:Council\\, decide\\; then\\\\next\\nline');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = 'SUMMARY:' + 'Penderfyniad ar asesiad — ŵ ŷ “quotes” 😊 '.repeat(6);
    const folded = foldIcsLine(long);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe(long);
    expect(folded).not.toContain('\uFFFD');
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
  });
});

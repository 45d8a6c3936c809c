import { describe, expect, it } from 'vitest';
import { EN_DATES } from '../../support/dates';
import {
  addDays,
  addMonths,
  addWeeks,
  compactDate,
  daysBetween,
  formatDate,
  isDateInRange,
  isIsoDate,
  weekday,
  YEARS,
} from '../../../src/domain/dates';
import { milestonesFor, statutoryClock } from '../../../src/domain/letters/clock';
import { toIcs } from '../../../src/domain/letters/ics';
import type { LetterRecord } from '../../../src/domain/letters/types';

const EDGES = ['0000-01-01', '0099-12-31', '9999-12-31'];
const GARBAGE: unknown[] = ['', 'not a date', '2026-02-30', '10000-01-01', '-0001-01-01', '2026-1-1', 20260101, null, undefined, {}];
const KINDS = ['none', 'ehc-request', 'aln-decision', 'asn-request', 'ni-assessment'] as const;

describe('the date code, given any stored value', () => {
  it('reads years 0–99 as those years, never as 1900–1999', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0026-03-01', -1)).toBe('0026-02-28');
    expect(addDays('0024-02-28', 1)).toBe('0024-02-29');
    expect(daysBetween('0001-01-01', '0002-01-01')).toBe(365);
    expect(daysBetween('1999-12-31', '0099-12-31')).toBeLessThan(-600_000);
    expect(weekday('0099-12-31')).toBe(4);
    expect(addMonths('0050-01-31', 1)).toBe('0050-02-28');
  });

  it('stops at 0000-01-01 and 9999-12-31 instead of writing a year no date can hold', () => {
    expect(addWeeks('9999-12-31', 20)).toBe('9999-12-31');
    expect(addMonths('9999-12-31', 2)).toBe('9999-12-31');
    expect(addDays('0000-01-01', -1)).toBe('0000-01-01');
    expect(addMonths('0000-01-01', -1)).toBe('0000-01-01');
    expect(addDays('9999-12-30', 1)).toBe('9999-12-31');
    for (const d of EDGES) expect(isIsoDate(addWeeks(d, 26))).toBe(true);
  });

  it('never throws: anything that is not a date comes back as it is', () => {
    for (const value of GARBAGE) {
      const v = value as string;
      expect(() => [addDays(v, 1), addWeeks(v, 6), addMonths(v, 2), daysBetween(v, '2026-01-01'), weekday(v), compactDate(v), formatDate(v, EN_DATES)]).not.toThrow();
      expect(addDays(v, 1)).toBe(v);
      expect(addMonths(v, 2)).toBe(v);
      expect(Number.isNaN(daysBetween(v, '2026-01-01'))).toBe(true);
    }
  });

  it('writes the edge years in words without error', () => {
    expect(formatDate('9999-12-31', EN_DATES)).toBe('Friday 31 December 9999');
    expect(formatDate('0099-12-31', EN_DATES, 'short')).toBe('31 December 99');
    expect(formatDate('0000-01-01', EN_DATES, 'short')).toBe('1 January 0');
  });

  it('gives every clock real dates from a letter sent, drafted or decided on an edge day, and a calendar file of them', () => {
    for (const kind of KINDS) {
      for (const d of EDGES) {
        const milestones = statutoryClock(kind, d, { draftOn: d, decisionOn: d, corrected: { csp: d, 'aln-school': d } });
        expect(milestones.length).toBeGreaterThan(0);
        for (const m of milestones) expect(isIsoDate(m.date)).toBe(true);
        expect(() => toIcs(milestones.map((m) => ({ uid: m.id, date: m.date, summary: m.textKey })))).not.toThrow();
      }
    }
    for (const value of GARBAGE) expect(statutoryClock('ehc-request', value as string)).toEqual([]);
  });

  it('lists the dates of many letters, damaged ones among them, without error', () => {
    const letter = (id: string, sentOn: unknown) => ({ id, templateId: 'ehc-request', childId: 'c1', sentOn }) as unknown as LetterRecord;
    const list = milestonesFor([...EDGES, ...GARBAGE].map((d, i) => letter(`l${i}`, d)), () => 'ehc-request');
    for (const m of list) expect(isIsoDate(m.date)).toBe(true);
  });
});

describe('the years a family could mean', () => {
  it(`are ${YEARS.first} to ${YEARS.last}`, () => {
    expect(isDateInRange('1990-01-01')).toBe(true);
    expect(isDateInRange('2026-12-07')).toBe(true);
    expect(isDateInRange('2100-12-31')).toBe(true);
    for (const d of [...EDGES, '1989-12-31', '2101-01-01', '0026-10-05', ...GARBAGE]) expect(isDateInRange(d)).toBe(false);
  });
});

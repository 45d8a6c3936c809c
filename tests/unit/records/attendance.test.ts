import { describe, expect, it } from 'vitest';
import {
  checkEntryDate,
  checkTerm,
  codeMismatches,
  reasonsOverTime,
  roundPercent,
  schoolDaysOfWeek,
  summarise,
  weekStart,
} from '../../../src/domain/records/attendance';
import { SCHOOL_CODES, findCode } from '../../../src/domain/records/codes';
import { addDays } from '../../../src/domain/dates';
import { day, twoWeeks } from './helpers';

const MARCH = { start: '2026-03-02', end: '2026-03-13' };

describe('attendance per week over a term', () => {
  it('counts in and late as a day, part of the day as half, and not in as none', () => {
    const s = summarise(twoWeeks(['in', 'late', 'part', 'not-in', 'in', 'not-in', 'not-in', 'in', 'in', 'in']), MARCH);
    expect(s.weeks.map((w) => w.start)).toEqual(['2026-03-02', '2026-03-09']);
    // Week 1: 1 + 1 + 0.5 + 0 + 1 = 3.5 of 5 = 70%. Week 2: 3 of 5 = 60%.
    expect(s.weeks.map((w) => w.percent)).toEqual([70, 60]);
    expect(s.overall).toMatchObject({ possible: 10, attended: 6.5, percent: 65, missed: 3, part: 1, late: 1, notRecorded: 0 });
  });

  it('leaves out days the school was closed and days that were not school days', () => {
    const s = summarise(twoWeeks(['in', 'closed', 'no-school', 'not-in', 'in']), { start: '2026-03-02', end: '2026-03-06' });
    expect(s.overall.possible).toBe(3);
    expect(s.weeks[0]!.percent).toBeCloseTo(66.667, 2);
  });

  it('never counts a day with no entry as present or absent', () => {
    const s = summarise([day('2026-03-02', 'not-in')], MARCH);
    expect(s.overall).toMatchObject({ possible: 1, percent: 0, notRecorded: 9 });
    expect(s.weeks[1]!.percent).toBeNull();
  });

  it('ignores weekends and entries outside the term', () => {
    const s = summarise([day('2026-03-07', 'not-in'), day('2026-02-27', 'not-in'), day('2026-03-02', 'in')], MARCH);
    expect(s.overall).toMatchObject({ possible: 1, attended: 1, percent: 100 });
  });

  it('uses the latest entry when a copy holds two for the same day', () => {
    const s = summarise([day('2026-03-02', 'in'), day('2026-03-02', 'not-in', { updatedAt: '2026-03-03T08:00:00.000Z' })], MARCH);
    expect(s.overall.missed).toBe(1);
  });

  it('never rounds to 100% while any time was missed', () => {
    expect(roundPercent(99.6)).toBe(99);
    expect(roundPercent(100)).toBe(100);
    expect(roundPercent(64.5)).toBe(65);
  });
});

describe('the weekday pattern', () => {
  it('finds the day of the week that goes worst', () => {
    // Mondays missed both weeks, Wednesday once.
    const s = summarise(twoWeeks(['not-in', 'in', 'not-in', 'in', 'in', 'not-in', 'in', 'in', 'in', 'in']), MARCH);
    expect(s.weekdays.map((d) => d.percent)).toEqual([0, 100, 50, 100, 100]);
    expect(s.worstWeekday).toBe(1);
  });

  it('names no worst day when every day goes the same', () => {
    const s = summarise(twoWeeks(['in', 'in', 'in', 'in', 'in']), MARCH);
    expect(s.worstWeekday).toBeUndefined();
  });
});

describe('reasons over time', () => {
  it('counts missed, part and late days by reason, week by week, most common first', () => {
    const entries = [
      day('2026-03-02', 'not-in', { reason: 'anxiety' }),
      day('2026-03-03', 'part', { reason: 'anxiety' }),
      day('2026-03-04', 'in', { reason: 'bullying' }),
      day('2026-03-10', 'not-in', { reason: 'physical-health' }),
      day('2026-03-11', 'late'),
    ];
    const r = reasonsOverTime(entries, MARCH);
    expect(r.reasons).toEqual(['anxiety', 'none-given', 'physical-health']);
    expect(r.weeks).toEqual([
      { start: '2026-03-02', counts: { anxiety: 2 } },
      { start: '2026-03-09', counts: { 'physical-health': 1, 'none-given': 1 } },
    ]);
  });
});

describe('school codes and what the family noted', () => {
  it('says what each code means for the attendance figure', () => {
    expect(findCode('I')).toMatchObject({ kind: 'authorised', illness: true });
    expect(findCode('O')?.kind).toBe('unauthorised');
    expect(findCode('L')?.kind).toBe('present');
    expect(findCode('#')).toBeUndefined();
    expect(new Set(SCHOOL_CODES.map((c) => c.id)).size).toBe(SCHOOL_CODES.length);
  });

  it('finds illness recorded as unauthorised, an absence on a day the child went in, and the rest', () => {
    const entries = [
      day('2026-03-02', 'not-in', { reason: 'mental-health', schoolCode: 'O' }),
      day('2026-03-03', 'not-in', { reason: 'physical-health', schoolCode: 'I' }),
      day('2026-03-04', 'in', { schoolCode: 'N' }),
      day('2026-03-05', 'not-in', { schoolCode: 'present' }),
      day('2026-03-06', 'closed', { schoolCode: 'G' }),
      day('2026-03-09', 'late', { schoolCode: 'L' }),
    ];
    expect(codeMismatches(entries, MARCH).map((m) => [m.date, m.kind])).toEqual([
      ['2026-03-02', 'illness-unauthorised'],
      ['2026-03-04', 'absent-noted-in'],
      ['2026-03-05', 'present-noted-out'],
      ['2026-03-06', 'closed-but-absent'],
    ]);
  });
});

describe('bad input', () => {
  it('refuses a date in the future and text that is not a date', () => {
    expect(checkEntryDate('2026-03-10', '2026-03-09')).toBe('future');
    expect(checkEntryDate('2026-03-09', '2026-03-09')).toBeUndefined();
    expect(checkEntryDate('2026-02-30', '2026-03-09')).toBe('invalid');
    expect(checkEntryDate('<b>today</b>', '2026-03-09')).toBe('invalid');
    // A slip of the keyboard: a year no family could mean.
    expect(checkEntryDate('0026-03-09', '2026-03-09')).toBe('invalid');
  });

  it('says when a term has no school days, runs backwards or is too long, and still summarises it', () => {
    expect(checkTerm({ start: '2026-03-07', end: '2026-03-08' })).toBe('no-school-days');
    expect(checkTerm(MARCH, twoWeeks(Array(10).fill('closed')))).toBe('no-school-days');
    expect(checkTerm({ start: '2026-03-13', end: '2026-03-02' })).toBe('backwards');
    expect(checkTerm({ start: '2024-01-01', end: '2026-03-02' })).toBe('too-long');
    expect(checkTerm(MARCH)).toBeUndefined();
    const s = summarise([], { start: '2026-03-07', end: '2026-03-08' });
    expect(s.overall.percent).toBeNull();
    expect(s.weeks).toEqual([]);
  });

  it('handles thousands of entries quickly and correctly', () => {
    const entries = [];
    const start = '2025-09-01';
    for (let i = 0; i < 5000; i++) entries.push(day(addDays(start, i % 500), i % 3 === 0 ? 'not-in' : 'in', { updatedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}.000Z` }));
    const began = performance.now();
    const s = summarise(entries, { start, end: addDays(start, 364) });
    expect(performance.now() - began).toBeLessThan(200);
    expect(s.overall.possible).toBe(261);
    expect(s.weeks).toHaveLength(53);
  });

  it('keeps reasons and notes with markup or right-to-left characters as they were typed', () => {
    const note = '<img src=x onerror=alert(1)> مرحبا \u202Eevil';
    const entries = [day('2026-03-02', 'not-in', { reason: '<script>', note })];
    const r = reasonsOverTime(entries, MARCH);
    expect(r.reasons).toEqual(['<script>']);
    expect(summarise(entries, MARCH).overall.missed).toBe(1);
  });
});

describe('filling in a missed week', () => {
  it('offers Monday to Friday of the week, but never days after today', () => {
    expect(weekStart('2026-03-05')).toBe('2026-03-02');
    expect(weekStart('2026-03-08')).toBe('2026-03-02');
    expect(schoolDaysOfWeek('2026-03-02', '2026-03-20')).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']);
    expect(schoolDaysOfWeek('2026-03-02', '2026-03-04')).toEqual(['2026-03-02', '2026-03-03', '2026-03-04']);
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { EN_DATES, CY_DATES } from '../../support/dates';
import {
  addDays,
  addMonths,
  addWeeks,
  daysBetween,
  formatDate,
  isIsoDate,
  parseIsoDate,
  todayIso,
  weekday,
} from '../../../src/domain/dates';

describe('calendar dates', () => {
  it('adds a month to the 31st and lands on the last day of a shorter month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', 2)).toBe('2025-03-15');
  });

  it('carries months over the end of the year, both ways', () => {
    expect(addMonths('2025-11-30', 2)).toBe('2026-01-30');
    expect(addMonths('2025-12-31', 2)).toBe('2026-02-28');
    expect(addMonths('2026-01-10', -2)).toBe('2025-11-10');
    expect(addMonths('2025-06-01', 24)).toBe('2027-06-01');
  });

  it('knows 29 February only exists in leap years', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('refuses things that are not dates', () => {
    expect(parseIsoDate('2025-13-01')).toBeUndefined();
    expect(parseIsoDate('2025-04-31')).toBeUndefined();
    expect(parseIsoDate('25-04-01')).toBeUndefined();
    expect(parseIsoDate('')).toBeUndefined();
    // Stored data is never trusted: a sum on something that is not a date gives it back unchanged.
    expect(addDays('not a date', 1)).toBe('not a date');
  });

  it('counts 6, 16 and 20 weeks as whole days', () => {
    expect(addWeeks('2026-01-05', 6)).toBe('2026-02-16');
    expect(addWeeks('2026-01-05', 16)).toBe('2026-04-27');
    expect(addWeeks('2026-01-05', 20)).toBe('2026-05-25');
    expect(daysBetween('2026-01-05', addWeeks('2026-01-05', 20))).toBe(140);
    expect(weekday(addWeeks('2026-01-05', 20))).toBe(weekday('2026-01-05'));
  });

  describe('across the clocks changing (last Sunday of March and of October)', () => {
    const originalTz = process.env.TZ;
    afterEach(() => {
      process.env.TZ = originalTz;
      vi.useRealTimers();
    });

    it('does not lose or gain a day when British Summer Time starts or ends', () => {
      process.env.TZ = 'Europe/London';
      // 29 March 2026 and 25 October 2026 are the last Sundays of those months.
      expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
      expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
      expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
      expect(addWeeks('2026-03-02', 6)).toBe('2026-04-13');
      expect(addWeeks('2026-09-21', 6)).toBe('2026-11-02');
      expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
      expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    });

    it("reads today's date from the device's own calendar, just after midnight in summer time", () => {
      process.env.TZ = 'Europe/London';
      // 00:30 BST on 30 March 2026 is still 29 March in UTC.
      expect(todayIso(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    });

    it('writes a date in words without moving it, whatever the time zone', () => {
      for (const tz of ['Europe/London', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(formatDate('2026-03-29', EN_DATES)).toMatch(/^Sunday,? 29 March 2026$/);
        expect(formatDate('2026-10-25', EN_DATES, 'short')).toBe('25 October 2026');
      }
    });
  });

  it('writes dates in the chosen language', () => {
    expect(formatDate('2026-02-16', CY_DATES, 'short')).toMatch(/16.*2026/);
    expect(formatDate('2026-02-16', CY_DATES, 'short')).not.toBe(formatDate('2026-02-16', EN_DATES, 'short'));
  });

  it('writes Welsh month and day names even in a browser with no Welsh date data (as Chromium has)', () => {
    const Real = Intl.DateTimeFormat;
    // Chromium's trimmed ICU knows no Welsh: asked for cy-GB it answers in English.
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (_locale: unknown, options?: Intl.DateTimeFormatOptions) {
      return new Real('en-GB', options);
    } as never);
    expect(formatDate('2026-10-01', CY_DATES)).toBe('Dydd Iau, 1 Hydref 2026');
    expect(formatDate('2027-02-18', CY_DATES, 'short')).toBe('18 Chwefror 2027');
    expect(formatDate('2026-10-01', EN_DATES, 'short')).toBe('1 October 2026');
  });
});

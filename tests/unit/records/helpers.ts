import { aDiaryDay, aLogEntry } from '../../support/builders';
import type { AttendanceRecord, ContactLogRecord, DayStatus } from '../../../src/domain/records/types';

let n = 0;
export function day(date: string, status: DayStatus, over: Partial<AttendanceRecord> = {}): AttendanceRecord {
  n++;
  return aDiaryDay({ id: `a${n}`, familyId: 'f1', date, status, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z', ...over });
}

export function contact(date: string, over: Partial<ContactLogRecord> = {}): ContactLogRecord {
  n++;
  return aLogEntry({ id: `l${n}`, familyId: 'f1', date, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z', ...over });
}

/** Two school weeks from Monday 2 March 2026: the given statuses, Monday to Friday, week by week. */
export function twoWeeks(statuses: DayStatus[], over: Partial<AttendanceRecord> = {}): AttendanceRecord[] {
  const dates = ['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'];
  return statuses.map((s, i) => day(dates[i]!, s, over));
}

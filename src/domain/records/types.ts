import type { attendanceSchema, contactLogSchema, RecordOf } from '../recordSchemas';

/** What happened on one school day, as the family saw it. One tap in the diary. */
export const DAY_STATUSES = ['in', 'late', 'part', 'not-in', 'closed', 'no-school'] as const;
export type DayStatus = (typeof DAY_STATUSES)[number];

/** How the morning went, when the family wants to say. */
export const MORNINGS = ['calm', 'hard', 'very-hard'] as const;
export type Morning = (typeof MORNINGS)[number];

/** The ways a contact with the school or council happened. */
export const CONTACT_WAYS = ['call', 'email', 'letter', 'meeting', 'text', 'other'] as const;
export type ContactWay = (typeof CONTACT_WAYS)[number];

/**
 * One day in the attendance diary. Stored in the `attendance` store (indexed by `familyId` and `childId`). A child
 * has at most one entry per date: the diary replaces the entry for a day rather than adding another.
 */
export type AttendanceRecord = RecordOf<typeof attendanceSchema>;

/** One call, email, letter, meeting or text with the school, council or a service. `contactLog` store. */
export type ContactLogRecord = RecordOf<typeof contactLogSchema>;

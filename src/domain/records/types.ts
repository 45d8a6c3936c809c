import type { IsoDate } from '../dates';

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
export interface AttendanceRecord {
  id: string;
  /** The family the child belongs to (every family-owned record carries it). */
  familyId?: string;
  childId: string;
  date: IsoDate;
  status: DayStatus;
  /** Why, in the questionnaire's barrier words (its option ids), or 'other'. */
  reason?: string;
  morning?: Morning;
  /** The code the school put in the register, when the family knows it (see codes.ts). */
  schoolCode?: string;
  /** The family's own words about the day. */
  note?: string;
  createdAt: string;
  updatedAt: string;
}

/** One call, email, letter, meeting or text with the school, council or a service. `contactLog` store. */
export interface ContactLogRecord {
  id: string;
  familyId?: string;
  childId: string;
  date: IsoDate;
  /** 'HH:MM' on the family's own clock, when they want to note it. */
  time?: string;
  /** A saved contact (My contacts), when it was one of them. */
  contactId?: string;
  /** Who it was with, as the family typed it (or the saved contact's name at the time). */
  who: string;
  how: ContactWay;
  /** What was said or asked. */
  said: string;
  /** What was agreed or promised. */
  agreed: string;
  /** When something should happen next (a reply, a meeting): shown with the other dates. */
  followUpOn?: IsoDate;
  /** Carried into the meeting pack. */
  key?: boolean;
  createdAt: string;
  updatedAt: string;
}

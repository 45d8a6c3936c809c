import type { ChildRecord } from './questionnaire/types';
import type { PlanRecord } from './plan/types';
import type { LetterRecord } from './letters/types';
import type { ContactRecord } from './contacts/types';
import type { AttendanceRecord, ContactLogRecord } from './records/types';

/** A small setting kept on the device (language, chosen council, notices seen...). */
export interface SettingRecord {
  id: string;
  value: unknown;
}

/** Every store in the database, and the record it holds. All records are keyed by `id`. */
export interface StoreMap {
  children: ChildRecord;
  plans: PlanRecord;
  letters: LetterRecord;
  contacts: ContactRecord;
  settings: SettingRecord;
  /** The attendance diary: one record per child per day. */
  attendance: AttendanceRecord;
  /** The contact log: calls, emails, letters, meetings and texts. */
  contactLog: ContactLogRecord;
}
export type StoreName = keyof StoreMap;
export const STORE_NAMES: StoreName[] = ['children', 'plans', 'letters', 'contacts', 'settings', 'attendance', 'contactLog'];

/**
 * Stores whose records belong to one child, with a `childId` index: they are read through the
 * index (never the whole store) and deleted with the child.
 */
export const CHILD_STORES = ['attendance', 'contactLog'] as const;
export type ChildStoreName = (typeof CHILD_STORES)[number];

/**
 * The version of the *shape of the data*. It is kept apart from the IndexedDB version: raising it
 * means adding one step to MIGRATIONS in migrate.ts, never editing stored data by hand.
 */
export const SCHEMA_VERSION = 2;

/** Everything the app keeps, as plain data: what export writes and what migrations work on. */
export interface Snapshot {
  schemaVersion: number;
  data: { [K in StoreName]: StoreMap[K][] };
}

export function emptyData(): Snapshot['data'] {
  return { children: [], plans: [], letters: [], contacts: [], settings: [], attendance: [], contactLog: [] };
}

import type { ChildRecord } from './questionnaire/types';
import type { PlanRecord } from './plan/types';
import type { LetterRecord } from './letters/types';
import type { ContactRecord } from './contacts/types';

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
}
export type StoreName = keyof StoreMap;
export const STORE_NAMES: StoreName[] = ['children', 'plans', 'letters', 'contacts', 'settings'];

/**
 * The version of the *shape of the data*. It is kept apart from the IndexedDB version: raising it
 * means adding one step to MIGRATIONS in migrate.ts, never editing stored data by hand.
 */
export const SCHEMA_VERSION = 1;

/** Everything the app keeps, as plain data: what export writes and what migrations work on. */
export interface Snapshot {
  schemaVersion: number;
  data: { [K in StoreName]: StoreMap[K][] };
}

export function emptyData(): Snapshot['data'] {
  return { children: [], plans: [], letters: [], contacts: [], settings: [] };
}

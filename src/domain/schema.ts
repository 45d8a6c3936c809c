import type { ChildRecord } from './questionnaire/types';
import type { PlanRecord } from './plan/types';
import type { LetterRecord } from './letters/types';
import type { ContactRecord } from './contacts/types';
import type { FamilyRecord } from './families/types';
import type { AttendanceRecord, ContactLogRecord } from './records/types';
import type { LocalPackRecord } from './localPacks';
import type { CaseRecord } from './case/types';
import type { noteSchema, RecordOf, settingSchema } from './recordSchemas';

/** A small setting kept on the device (language, the family on screen, notices seen...). */
export type SettingRecord = RecordOf<typeof settingSchema>;

/** A volunteer's own notes during a session with a family: never printed, shared or handed over. */
export type NoteRecord = RecordOf<typeof noteSchema>;

/** Every store in the database, and the record it holds. All records are keyed by `id`. */
export interface StoreMap {
  families: FamilyRecord;
  children: ChildRecord;
  plans: PlanRecord;
  letters: LetterRecord;
  contacts: ContactRecord;
  notes: NoteRecord;
  settings: SettingRecord;
  /** The attendance diary: one record per child per day. */
  attendance: AttendanceRecord;
  /** The contact log: calls, emails, letters, meetings and texts. */
  contactLog: ContactLogRecord;
  /** Local packs: services a group has checked for an area, kept apart from every family (src/domain/localPacks.ts). */
  localPacks: LocalPackRecord;
  /** The case: each request a family made to the council and what has happened since (src/domain/case). */
  cases: CaseRecord;
}
export type StoreName = keyof StoreMap;

/**
 * How each store is kept. `family`: its records belong to one family (they carry `familyId`), so
 * the store is indexed by family and by child, every query is scoped to one family through the
 * index, and deleting a child or a family reaches it. A new store that holds a family's records
 * only needs `family: true` here. `private`: never leaves the device (no backup, no hand-over).
 * `device`: belongs to the device, not to a family: never in a backup or hand-over, untouched by
 * deleting a family or ending a session (only "Delete everything" removes it); shared in its own way.
 */
export const STORES: { [K in StoreName]: { family?: true; private?: true; device?: true } } = {
  families: {},
  children: { family: true },
  plans: { family: true },
  letters: { family: true },
  contacts: { family: true },
  notes: { family: true, private: true },
  settings: {},
  attendance: { family: true },
  contactLog: { family: true },
  localPacks: { device: true },
  cases: { family: true },
};
export const STORE_NAMES = Object.keys(STORES) as StoreName[];
export const FAMILY_STORES = STORE_NAMES.filter((s) => STORES[s].family);
export const PRIVATE_STORES = STORE_NAMES.filter((s) => STORES[s].private);
export const DEVICE_STORES = STORE_NAMES.filter((s) => STORES[s].device);
export type FamilyStoreName = Exclude<StoreName, 'families' | 'settings' | 'localPacks'>;
export const isFamilyStore = (s: StoreName): s is FamilyStoreName => STORES[s].family === true;

/** Device settings that belong to a volunteer's session: never in a backup. */
export const SESSION_SETTING = 'session';
export const ACTIVE_FAMILY_SETTING = 'activeFamilyId';
/** When a copy of everything was last saved to a file on this device (an ISO timestamp). */
export const LAST_COPY_SETTING = 'lastCopySaved';
/** The notice that this browser may clear what is saved has been shown once. */
export const KEEP_NOTICE_SETTING = 'keepNoticeSeen';
/** Settings about this device, not the family: never in a backup file. */
export const DEVICE_ONLY_SETTINGS: readonly string[] = [SESSION_SETTING, ACTIVE_FAMILY_SETTING, LAST_COPY_SETTING, KEEP_NOTICE_SETTING];

/**
 * Family-owned stores read one child at a time (the diary and the contact log): through the
 * `childId` index, never the whole store, and only the family on screen's records.
 */
export const CHILD_STORES = ['attendance', 'contactLog', 'cases'] as const;
export type ChildStoreName = (typeof CHILD_STORES)[number];

/**
 * The version of the *shape of the data*. It is kept apart from the IndexedDB version: raising it
 * means adding one step to MIGRATIONS in migrate.ts, never editing stored data by hand.
 * 2: the attendance diary and the contact log.
 * 3: families (every family-owned record carries a familyId).
 * 4: the case (`cases`): an older app must refuse such data rather than drop it unseen.
 */
export const SCHEMA_VERSION = 4;
/** The data version that brought families: older data is one household. */
export const FAMILIES_VERSION = 3;

/** Everything the app keeps, as plain data: what export writes and what migrations work on. */
export interface Snapshot {
  schemaVersion: number;
  data: { [K in StoreName]: StoreMap[K][] };
}

export function emptyData(): Snapshot['data'] {
  return Object.fromEntries(STORE_NAMES.map((s) => [s, []])) as unknown as Snapshot['data'];
}

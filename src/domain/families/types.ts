import type { familySchema, RecordOf } from '../recordSchemas';

/**
 * A family: the unit of data. Children, plans, letters, contacts and every later record carry the
 * `familyId` of the family they belong to (its schema: `familySchema`).
 */
export type FamilyRecord = RecordOf<typeof familySchema>;

/** Settings that used to be kept for the whole device and now belong to a family. */
export const FAMILY_SETTINGS = {
  councilId: 'councilId',
  lettersNation: 'lettersNation',
  activeChildId: 'activeChildId',
  letterLanguage: 'letterLanguage',
} as const satisfies Record<string, keyof FamilyRecord>;

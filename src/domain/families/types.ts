import type { Nation } from '../nations';

/**
 * A family: the unit of data. Children, plans, letters, contacts and every later record carry the
 * `familyId` of the family they belong to; the few choices that used to be kept once for the whole
 * device (council, the nation for letters, the child being worked on) live here instead.
 */
export interface FamilyRecord {
  id: string;
  /** A name for telling families apart ("The Joneses"); empty for a family nobody has named. */
  name: string;
  createdAt: string;
  updatedAt: string;
  /** The council the family chose on "Who can help" or in the questions. */
  councilId?: string;
  /** Where the family said they live when no child has answered yet (letters). */
  lettersNation?: Nation;
  /** The child the family is working on now. */
  activeChildId?: string;
  /** The language the family writes letters in, when they chose one (else the app's language). */
  letterLanguage?: string;
}

/** Settings that used to be kept for the whole device and now belong to a family. */
export const FAMILY_SETTINGS = {
  councilId: 'councilId',
  lettersNation: 'lettersNation',
  activeChildId: 'activeChildId',
  letterLanguage: 'letterLanguage',
} as const satisfies Record<string, keyof FamilyRecord>;

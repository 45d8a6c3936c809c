import type { Condition } from '../conditions';
import type { ContactRole } from '../contacts/types';
import type { IsoDate } from '../dates';
import type { Nation } from '../nations';
import type { letterSchema, RecordOf } from '../recordSchemas';

/**
 * Which statutory clock a letter starts, if any: England's EHC needs assessment request, Wales's
 * request for an ALN decision, Scotland's request for an ASN assessment (with the CSP timetable),
 * Northern Ireland's request for a statutory assessment, or none (a reminder to chase a reply).
 */
export type ClockKind = 'ehc-request' | 'aln-decision' | 'asn-request' | 'ni-assessment' | 'none';

/**
 * A letter the family drafted. Stored in the `letters` store (its schema: `letterSchema`). Every
 * field the person can edit is plain text they own.
 */
export type LetterRecord = RecordOf<typeof letterSchema>;

/** Facts from the answers and contacts that letters are filled with. Lists are already in words. */
export type FillId =
  | 'name'
  | 'school'
  | 'council'
  | 'needs'
  | 'signs'
  | 'attendance'
  | 'pattern'
  | 'healthReasons'
  | 'tried'
  | 'referrals'
  | 'helped'
  | 'worse'
  | 'childHard'
  | 'childHelps'
  | 'difficulties'
  | 'bullyingKinds'
  /** Full name, date of birth and year group, from the details for letters. */
  | 'childDetails'
  // From the attendance diary and contact log (src/domain/records/letter.ts).
  | 'recordAttendance'
  | 'recordContacts'
  | 'recordMismatch'
  // From the family's sent letters and their dates (src/domain/letters/later.ts).
  | 'requestDate'
  | 'decisionDate'
  | 'draftDate'
  | 'lateDates'
  /** The language the family reads best, named in the letter's language, when it is not the letter's. */
  | 'readerLanguage';

/**
 * One paragraph of a template: a text key (in the `letters` namespace) and when it is included.
 * A paragraph that uses a fill is left out when the family has not told us that fact, so a draft
 * never has gaps like "Things tried: ." in it.
 */
export interface ParagraphTemplate {
  key: string;
  /** Included only when this holds for the answers (nation, barriers, …). */
  when?: Condition;
  /** Fills this paragraph needs; it is left out if any of them is empty. */
  needs?: FillId[];
  /** Left out when any of these facts is known (for a simpler wording used only when they are not). */
  unless?: FillId[];
  /** Sentences of the same group that follow one another make one paragraph of the letter. */
  group?: string;
}

export interface LetterTemplate {
  id: string;
  /** Nations the letter is written for. A family elsewhere never sees it. */
  nations: Nation[];
  /** Shown first in the list when this holds for the answers. */
  suggestWhen?: Condition;
  /** Contacts whose details go in "To", in order of preference. */
  recipientRoles: ContactRole[];
  /** Text key of the recipient to use when the family has saved no such contact. */
  recipientFallbackKey: string;
  /** The same, for a nation where the letter goes to a different body (e.g. NI's Education Authority). */
  recipientFallbackKeyByNation?: Partial<Record<Nation, string>>;
  /** Text keys: title (in the list), summary (one line), subject. */
  titleKey: string;
  summaryKey: string;
  subjectKey: string;
  paragraphs: ParagraphTemplate[];
  clock: ClockKind;
  /** Ids of the documents (src/content/sources.ts) that the letter's statements of law rest on. */
  sources: string[];
  reviewed: IsoDate;
}

/** A letter as drafted, before it is saved: plain text the person then edits. */
export interface LetterDraft {
  recipient: string;
  subject: string;
  greeting: string;
  paragraphs: string[];
  signOff: string;
}

/** One date on a statutory clock (or a reminder the family can choose to keep). */
export interface Milestone {
  /** Stable within a letter: 'decide-assess', 'not-issue', 'final-plan', 'draft-comments', 'mediation', 'follow-up'. */
  id: string;
  date: IsoDate;
  /** Law-set dates are 'statutory'; 'reminder' is our suggestion of when to chase a reply. */
  kind: 'statutory' | 'reminder';
  /** The date is our rough count ("about"): `whyKey` says why, and the family can correct it. */
  approximate?: boolean;
  /** The family set this date themselves (it replaced our rough count). */
  corrected?: boolean;
  /** Text key: why the date is only approximate. */
  whyKey?: string;
  /** Text keys in the `letters` namespace: what should happen by then, and the law it comes from. */
  textKey: string;
  basisKey?: string;
}

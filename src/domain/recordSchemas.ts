import { z } from './zod';
import { isDateInRange, isIsoDate } from './dates';
import { LIMITS } from './limits';
import { NATIONS } from './nations';
import { CASE_REQUESTS } from './case/types';
import { CONTACT_ROLES } from './contacts/types';
import { ACTION_STATUSES } from './plan/types';
import { CONTACT_WAYS, DAY_STATUSES, MORNINGS } from './records/types';
import { localPackSchema } from './localPacks';
import type { StoreName } from './schema';

/*
 * Every stored record, defined once. Each schema below is the record's shape and its limits
 * (src/domain/limits.ts); its TypeScript type is derived from it in the record's types file
 * (`ChildRecord` in questionnaire/types.ts, `PlanRecord` in plan/types.ts…) with a type-only
 * import, so screens that use the types never load zod. The import (domain/import.ts), the
 * hand-over (which checks its payload as an import), the migrations' tests and the tests' builders
 * all check records against these.
 *
 * A record as the app holds it may lack its `familyId` until storage first saves it; a record in a
 * copy of the data (`storedSchemas`) always has one. Fields the app does not know are kept
 * (looseObject), so a copy restores exactly what was saved; the derived types leave them out.
 *
 * Error messages are reasons the import turns into plain words: 'bad-date', 'bad-year' and
 * 'too-big:<what>'.
 */

/** What was too big, for a plain message: the screen says which. */
export type TooBig = 'file' | 'depth' | 'items' | 'id' | 'name' | 'text' | 'list' | StoreName;

export const big = (what: TooBig) => ({ error: `too-big:${what}` });
const text = z.string().max(LIMITS.text, big('text'));
const shortText = z.string().max(LIMITS.name, big('name'));
const id = z.string().min(1).max(LIMITS.id, big('id'));
/** A child's id, or empty for "not linked to a child yet" (a first letter, written before any child). */
const childLink = z.union([z.literal(''), id]);
const list = <T extends z.ZodType>(of: T) => z.array(of).max(LIMITS.list, big('list'));

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
/** A real calendar date ('2026-02-30' is not) or an ISO date-time on a real day. */
export function isStoredDate(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 40) return false;
  if (isIsoDate(value)) return true;
  const m = DATE_TIME.exec(value);
  return !!m && isIsoDate(m[1]) && !Number.isNaN(Date.parse(value));
}
/**
 * A real day in a year no family could mean (9999, or 0026 for 2026) is refused as such: a deadline
 * counted from it would be nonsense (src/domain/dates.ts YEARS). A value that is no date at all is
 * left to the 'bad-date' check.
 */
const inYears = (v: string) => v === '' || !isIsoDate(v.slice(0, 10)) || isDateInRange(v.slice(0, 10));
/** A timestamp or calendar date. */
export const date = z.string().refine(isStoredDate, { error: 'bad-date' }).refine(inYears, { error: 'bad-year' });
/** A calendar date, or empty where the family has not given one. */
const dayOrEmpty = z.string().refine((v) => v === '' || isIsoDate(v), { error: 'bad-date' }).refine(inYears, { error: 'bad-year' });
/** A calendar date, 'YYYY-MM-DD'. */
const day = z.string().refine((v) => isIsoDate(v), { error: 'bad-date' }).refine(inYears, { error: 'bad-year' });

/** The family a record belongs to. */
const familyId = z.string().min(1).max(LIMITS.id, big('id'));
/** Set by storage when the record is first saved: a record being made may not have it yet. */
const familyIdOnSave = familyId.optional();

/* ---- families ---- */

/**
 * A family: the unit of data. Children, plans, letters, contacts and every later record carry the
 * `familyId` of the family they belong to; the few choices that used to be kept once for the whole
 * device (council, the nation for letters, the child being worked on) live here instead.
 */
export const familySchema = z.looseObject({
  id,
  /** A name for telling families apart ("The Joneses"); empty for a family nobody has named. */
  name: shortText,
  createdAt: date,
  updatedAt: date,
  /** The council the family chose on "Who can help" or in the questions. */
  councilId: id.optional(),
  /** Where the family said they live when no child has answered yet (letters). */
  lettersNation: z.enum(NATIONS).optional(),
  /** The language the family writes letters in, when they chose one (else the app's language). */
  letterLanguage: z.string().max(LIMITS.id, big('id')).optional(),
  /** The child the family is working on now. */
  activeChildId: id.optional(),
});

/* ---- children ---- */

/**
 * What letters and the meeting pack need that the questions do not ask: every field optional, kept
 * on the device only, with the child's record (so deleting the child deletes them).
 */
export const childDetailsSchema = z.looseObject({
  /** The child's full name, as the school and council know it. */
  fullName: shortText.optional(),
  /** Date of birth, YYYY-MM-DD. */
  dateOfBirth: z.union([z.literal(''), date]).optional(),
  school: shortText.optional(),
  /** As the family writes it: "Year 8", "P6", "S2", "Blwyddyn 8". */
  yearGroup: shortText.optional(),
  /** The parent or carer writing: their name under the letter. */
  parentName: shortText.optional(),
  /** Their address (and phone or email if they like), at the top of a letter. */
  parentAddress: text.optional(),
});

/** One child the family is answering for. Stored in the `children` store. */
export const childSchema = z.looseObject({
  id,
  familyId: familyIdOnSave,
  /** First name or nickname the family typed; may be empty. */
  displayName: shortText,
  createdAt: date,
  updatedAt: date,
  /** Answers keyed by question id: one option id, several option ids, or free text. */
  answers: z
    .record(z.string().max(LIMITS.id, big('id')), z.union([text, list(shortText)]))
    .refine((a) => Object.keys(a).length <= LIMITS.list, { error: 'too-big:list' }),
  /** Question id the person was last on, so they can resume there. */
  position: z.string().max(LIMITS.id, big('id')).optional(),
  /** Set once they reach "check your answers" at least once. */
  completedAt: date.optional(),
  /** Ids of "what you can ask for" items the family kept from their results (for the plan). */
  kept: list(z.string().max(LIMITS.name, big('name'))),
  /** Details for letters and the meeting pack, asked once and only if the family wants to give them. */
  details: childDetailsSchema.optional(),
});

/* ---- plans ---- */

/** One line in a list (a strength, a barrier, something tried, something asked for). */
export const planItemSchema = z.looseObject({
  id,
  text,
  /** Where a pre-filled line came from: a question id or an ask id (`<signpostId>:<askKey>`). */
  from: z.string().max(LIMITS.name, big('name')).optional(),
});

export const planActionSchema = z.looseObject({
  id,
  what: text,
  who: text,
  /** A date (yyyy-mm-dd) or empty. */
  byWhen: dayOrEmpty,
  status: z.enum(ACTION_STATUSES),
});

export const planPersonSchema = z.looseObject({
  id,
  name: shortText,
  role: text,
  /** How to reach them, as the family typed it (phone, email, "ask at reception"...). */
  reach: text,
  /** The saved contact this person was picked from, if any. */
  contactId: id.optional(),
});

/** Everything the family writes in one cycle. */
export const planContentSchema = z.looseObject({
  strengths: list(planItemSchema),
  interests: text,
  enjoys: text,
  barriers: list(planItemSchema),
  childHard: text,
  childHelps: text,
  childChange: text,
  parentVoice: text,
  tried: list(planItemSchema),
  helped: text,
  madeWorse: text,
  asks: list(planItemSchema),
  actions: list(planActionSchema),
  people: list(planPersonSchema),
  /** A date (yyyy-mm-dd) or empty. */
  nextReview: dayOrEmpty,
  meetingNotes: text,
  /** The meeting the pack is for: its date (yyyy-mm-dd) and who was there. Optional: older plans have none. */
  meetingDate: text.optional(),
  attendees: text.optional(),
});

/** What the family and school found when they looked back at a cycle. */
export const planReviewSchema = z.looseObject({
  worked: text,
  notWorked: text,
  /** Small steps forward: attending one session counts. */
  steps: text,
});

export const planCycleSchema = z.looseObject({
  /** 1, 2, 3... */
  number: z.number().int().positive(),
  startedAt: date,
  content: planContentSchema,
  /** Filled in while reviewing; kept when the cycle closes. */
  review: planReviewSchema.optional(),
  /** Set when a review closed this cycle and started the next. Closed cycles are read-only. */
  closedAt: date.optional(),
});

/**
 * A family's own plan for one child (Assess, Plan, Do, Review). Stored in the `plans` store (one
 * plan per child). A list of cycles, oldest first and never empty: the last one is open.
 */
export const planSchema = z.looseObject({
  id,
  familyId: familyIdOnSave,
  childId: id,
  createdAt: date,
  updatedAt: date,
  /** Oldest first; never empty. The last one is open. */
  cycles: list(planCycleSchema).min(1),
});

/* ---- letters ---- */

/** A letter's text as drafted from the family's answers, in one language. */
const letterDraftSchema = z.looseObject({ recipient: text, subject: text, greeting: text, paragraphs: list(text), signOff: text });

/**
 * A letter the family drafted. Stored in the `letters` store. Every field the person can edit is
 * plain text they own: the draft is filled in once from their answers and never re-filled over
 * their edits.
 */
export const letterSchema = z.looseObject({
  id,
  familyId: familyIdOnSave,
  /** The child the letter is about, or '' for a first letter written before any child. */
  childId: childLink,
  templateId: id,
  createdAt: date,
  updatedAt: date,
  /** The nation whose law the letter was written for (from the child's answers when drafted). */
  nation: z.enum(NATIONS),
  /** Their name, as it goes under the letter. */
  senderName: shortText,
  /** Their address, email or phone, as they want it at the top of the letter. Optional. */
  senderAddress: text,
  /** Who the letter goes to: name, role and address. */
  recipient: text,
  subject: text,
  /** e.g. "Dear Ms Patel," */
  greeting: text,
  paragraphs: list(text),
  /** e.g. "Yours sincerely," */
  signOff: text,
  /** The day they sent it, once they say so. Starts the statutory clock. */
  sentOn: day.optional(),
  /**
   * The date on the covering letter or email that came with a draft EHC plan (England) or a proposed
   * statement (Northern Ireland): 15 days to comment, beginning with that date (never the day it arrived).
   */
  draftOn: day.optional(),
  /** England EHC only: the date on a decision letter (2 months for mediation or appeal). */
  decisionOn: day.optional(),
  /** The language the letter is written in ('en' or 'cy'), when it was drafted. */
  language: z.string().max(LIMITS.id, big('id')).optional(),
  /**
   * The family's copy, when they read another language than the letter's: the letter as drafted in
   * their language (`draft`), and as it was drafted in the letter's (`drafted`), so that a part the
   * family has since changed is known and shown as they wrote it (src/domain/letters/copy.ts).
   */
  copy: z
    .looseObject({
      language: z.string().max(LIMITS.id, big('id')),
      draft: letterDraftSchema,
      drafted: letterDraftSchema,
    })
    .optional(),
  /**
   * Dates the family corrected, by milestone id. Only for dates we can give only roughly (school days
   * depend on term dates we do not know; Scotland's CSP timetable is the council's to set).
   */
  corrected: z
    .partialRecord(z.string().max(LIMITS.id, big('id')), day)
    .refine((c) => Object.keys(c).length <= LIMITS.list, { error: 'too-big:list' })
    .optional(),
});

/* ---- contacts ---- */

/** A person or service the family deals with, typed by them. Stored in the `contacts` store. */
export const contactSchema = z.looseObject({
  id,
  familyId: familyIdOnSave,
  role: z.enum(CONTACT_ROLES),
  /** The person's name or the service's name, as the family typed it. */
  name: shortText,
  organisation: shortText.optional(),
  phone: shortText.optional(),
  email: shortText.optional(),
  /** A web address the family found and saved themselves. */
  website: shortText.optional(),
  notes: text.optional(),
  /** The child this contact is about, when it is not for the whole family. */
  childId: childLink.optional(),
  createdAt: date,
  updatedAt: date,
});

/* ---- settings and notes ---- */

/** A small setting kept on the device (language, the family on screen, notices seen...). */
export const settingSchema = z.looseObject({ id, value: z.unknown() });
/** What a setting may hold in a copy of the data: a small plain value (a language, a chosen council, a notice seen). */
export const settingValueSchema = z.union([z.string().max(LIMITS.name, big('name')), z.number(), z.boolean(), z.null(), list(shortText)]);

/** A volunteer's own notes during a session with a family: never printed, shared or handed over. */
export const noteSchema = z.looseObject({ id, familyId: familyIdOnSave, text, updatedAt: date });

/* ---- the diary and the contact log ---- */

/**
 * One day in the attendance diary. Stored in the `attendance` store (indexed by `familyId` and `childId`). A child
 * has at most one entry per date: the diary replaces the entry for a day rather than adding another.
 */
export const attendanceSchema = z.looseObject({
  id,
  familyId: familyIdOnSave,
  childId: id,
  date: day,
  status: z.enum(DAY_STATUSES),
  /** Why, in the questionnaire's barrier words (its option ids), or 'other'. */
  reason: shortText.optional(),
  morning: z.enum(MORNINGS).optional(),
  /** The code the school put in the register, when the family knows it (see records/codes.ts). */
  schoolCode: shortText.optional(),
  /** The family's own words about the day. */
  note: text.optional(),
  createdAt: date,
  updatedAt: date,
});

/** One call, email, letter, meeting or text with the school, council or a service. `contactLog` store. */
export const contactLogSchema = z.looseObject({
  id,
  familyId: familyIdOnSave,
  childId: id,
  date: day,
  /** 'HH:MM' on the family's own clock, when they want to note it. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/, { error: 'bad-date' }).optional(),
  /** A saved contact (My contacts), when it was one of them. */
  contactId: id.optional(),
  /** Who it was with, as the family typed it (or the saved contact's name at the time). */
  who: shortText,
  how: z.enum(CONTACT_WAYS),
  /** What was said or asked. */
  said: text,
  /** What was agreed or promised. */
  agreed: text,
  /** When something should happen next (a reply, a meeting): shown with the other dates. */
  followUpOn: day.optional(),
  /** Carried into the meeting pack. */
  key: z.boolean().optional(),
  createdAt: date,
  updatedAt: date,
});

/* ---- the case ---- */

/** Something that arrived or happened on a day, as the family recorded it (one tap and a date). */
export const caseEventSchema = z.looseObject({
  id,
  /** What happened: a stage of the nation's process (the stage model in src/domain/case names them). */
  kind: z.string().min(1).max(LIMITS.id, big('id')),
  /** The day it happened, or the date on the covering letter ('YYYY-MM-DD'). */
  on: day,
  note: text.optional(),
  createdAt: date,
});

/** A report the family holds (an educational psychologist's, a doctor's...), for the evidence bundle. */
export const caseReportSchema = z.looseObject({
  id,
  title: shortText,
  author: shortText.optional(),
  /** 'YYYY-MM-DD' */
  date: day.optional(),
  notes: text.optional(),
});

/** What the family asks for, and which items of evidence support it. */
export const bundleAskSchema = z.looseObject({
  id,
  text,
  /** References to items of the bundle (see `items`). */
  evidence: list(id),
});

/** The evidence bundle: the items chosen, in order, by reference ('diary:<id>', 'log:<id>', 'letter:<id>', 'report:<id>', 'plan:<id>'). */
export const caseBundleSchema = z.looseObject({
  items: list(id),
  asks: list(bundleAskSchema),
});

/** One request a family has made to the council or authority, and what has happened since (the `cases` store). */
export const caseSchema = z.looseObject({
  id,
  familyId: familyIdOnSave,
  childId: id,
  request: z.enum(CASE_REQUESTS),
  events: list(caseEventSchema),
  reports: list(caseReportSchema),
  bundle: caseBundleSchema.optional(),
  createdAt: date,
  updatedAt: date,
});

/* ---- every store ---- */

/** Each store's record as the app holds it (a record being made may not have its `familyId` yet). */
export const recordSchemas = {
  families: familySchema,
  children: childSchema,
  plans: planSchema,
  letters: letterSchema,
  contacts: contactSchema,
  notes: noteSchema,
  settings: settingSchema,
  attendance: attendanceSchema,
  contactLog: contactLogSchema,
  localPacks: localPackSchema,
  cases: caseSchema,
} satisfies Record<StoreName, z.ZodType>;

/** Saved records of a family-owned store always name their family. */
const owned = { familyId };

/**
 * Each store's record as saved, and so in a copy of the data at the current version: every
 * family-owned record names its family, and a setting holds a small plain value.
 */
export const storedSchemas = {
  families: familySchema,
  children: childSchema.extend(owned),
  plans: planSchema.extend(owned),
  letters: letterSchema.extend(owned),
  contacts: contactSchema.extend(owned),
  notes: noteSchema.extend(owned),
  settings: settingSchema.extend({ value: settingValueSchema }),
  attendance: attendanceSchema.extend(owned),
  contactLog: contactLogSchema.extend(owned),
  localPacks: localPackSchema,
  cases: caseSchema.extend(owned),
} satisfies Record<StoreName, z.ZodType>;

/* ---- the derived types ---- */

/**
 * The type of a record: what its schema gives, without the index signature that looseObject adds
 * for fields the app does not know (they are kept in a copy, but no code reads them).
 */
export type Known<T> = T extends readonly (infer U)[]
  ? Known<U>[]
  : T extends object
    ? { [K in keyof T as string extends K ? (unknown extends T[K] ? never : K) : K]: Known<T[K]> }
    : T;
/** A record's type, from its schema. */
export type RecordOf<S extends z.ZodType> = Known<z.output<S>>;

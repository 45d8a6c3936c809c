import { isNation, type Nation } from '../nations';
import type { childDetailsSchema, childSchema, RecordOf } from '../recordSchemas';

/** The answer a person gave to one question: one option id, several option ids, or free text. */
export type AnswerValue = string | string[];

/** Option id every question accepts: the person is not sure. */
export const NOT_SURE = 'not-sure';

/** All answers for one child, keyed by question id. */
export type Answers = Record<string, AnswerValue>;

/** One child the family is answering for. Stored in the `children` store (its schema: `childSchema`). */
export type ChildRecord = RecordOf<typeof childSchema>;

/**
 * What letters and the meeting pack need that the questions do not ask: every field optional, kept
 * on the device only, with the child's record (so deleting the child deletes them).
 */
export type ChildDetails = RecordOf<typeof childDetailsSchema>;

export const DETAIL_FIELDS = ['fullName', 'dateOfBirth', 'school', 'yearGroup', 'parentName', 'parentAddress'] as const satisfies readonly (keyof ChildDetails)[];

/** The details with blank fields dropped and the rest trimmed. */
export function cleanDetails(details: ChildDetails | undefined): ChildDetails {
  const out: ChildDetails = {};
  for (const f of DETAIL_FIELDS) {
    const v = details?.[f]?.trim();
    if (v) out[f] = v;
  }
  return out;
}

/** The child's first name or nickname as typed in the questions, trimmed; '' when none was given. */
export function givenName(answers: Answers): string {
  const name = answers['child-name'];
  return typeof name === 'string' && name !== NOT_SURE ? name.trim() : '';
}

/** How to name this child in a list: the record's name (which can mark a copy), else the typed name. */
export function childLabel(child: ChildRecord | undefined | null): string {
  return child?.displayName?.trim() || (child ? givenName(child.answers) : '');
}

export function nationOf(answers: Answers): Nation | undefined {
  const n = answers['nation'];
  return isNation(n) ? n : undefined;
}

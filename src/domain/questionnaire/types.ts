import type { Nation } from '../nations';

/** The answer a person gave to one question: one option id, several option ids, or free text. */
export type AnswerValue = string | string[];

/** Option id every question accepts: the person is not sure. */
export const NOT_SURE = 'not-sure';

/** All answers for one child, keyed by question id. */
export type Answers = Record<string, AnswerValue>;

/** One child the family is answering for. Stored in the `children` store. */
export interface ChildRecord {
  id: string;
  /** First name or nickname the family typed; may be empty. */
  displayName: string;
  createdAt: string;
  updatedAt: string;
  answers: Answers;
  /** Question id the person was last on, so they can resume there. */
  position?: string;
  /** Set once they reach "check your answers" at least once. */
  completedAt?: string;
  /** Ids of "what you can ask for" items the family kept from their results (for the plan). */
  kept: string[];
}

export function nationOf(answers: Answers): Nation | undefined {
  const n = answers['nation'];
  return n === 'england' || n === 'wales' || n === 'scotland' || n === 'northern-ireland' ? n : undefined;
}

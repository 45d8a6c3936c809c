import { newId, nowIso } from '../../domain/ids';
import { setAnswer } from '../../content/questionnaire';
import { givenName, type AnswerValue, type ChildRecord } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';

/**
 * Changes one child's record in one step no other tab (or other save of this tab) can come between
 * (`Storage.update`: read, change and write in one transaction), so a text autosave and a position
 * save that happen together never overwrite each other. The transaction starts at once, with no read
 * of its own first, so typed text flushed as the page is hidden, closed or reloaded is written before
 * the page goes. A child that is gone (deleted here or in another tab) or of another family is left
 * alone: nothing brings it back.
 */
export async function updateChild(id: string, change: (child: ChildRecord) => ChildRecord): Promise<void> {
  const storage = getStorage();
  await storage.update('children', id, (child) =>
    child && child.familyId === storage.familyId() ? { ...change(child), updatedAt: nowIso() } : undefined,
  );
}

/** The child's record with one answer given (answers to questions no longer asked are removed). */
export function withAnswer(child: ChildRecord, questionId: string, value: AnswerValue | undefined): ChildRecord {
  const answers = setAnswer(child.answers, questionId, value);
  return { ...child, answers, displayName: givenName(answers) };
}

export function saveAnswer(id: string, questionId: string, value: AnswerValue | undefined): Promise<void> {
  return updateChild(id, (c) => withAnswer(c, questionId, value));
}

export function savePosition(id: string, position: string): Promise<void> {
  return updateChild(id, (c) => (c.position === position ? c : { ...c, position }));
}

export async function createChild(): Promise<ChildRecord> {
  const now = nowIso();
  const child: ChildRecord = {
    id: newId(),
    displayName: '',
    createdAt: now,
    updatedAt: now,
    answers: {},
    position: 'nation',
    kept: [],
  };
  await getStorage().put('children', child);
  await setActiveChild(child.id);
  return child;
}

/** Remember which child the family is working on (on the family, not the device). */
export function setActiveChild(id: string): Promise<void> {
  return getStorage().updateFamily({ activeChildId: id });
}

/** Clear a child's answers (the things they kept for their plan stay). */
export function restartChild(id: string): Promise<void> {
  return updateChild(id, (c) => ({ ...c, answers: {}, displayName: '', position: 'nation', completedAt: undefined }));
}

/** Delete a child and everything about it (plan, letters, dates, contacts kept for it) in one step. */
export async function deleteChild(id: string): Promise<void> {
  // The child's plan, letters, attendance diary, contact log and contacts go with them, in the same step.
  await getStorage().deleteChild(id);
}

import { newId, nowIso } from '../../domain/ids';
import { setAnswer } from '../../content/questionnaire';
import { givenName, type AnswerValue, type ChildRecord } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';

/**
 * Read-modify-write of one child's record, one at a time, so a text autosave and a position save
 * that happen together never overwrite each other.
 */
let queue: Promise<unknown> = Promise.resolve();

/** The last record this tab wrote for each child (newer than a copy on screen that has not reloaded yet). */
const written = new Map<string, ChildRecord>();

async function write(child: ChildRecord): Promise<void> {
  await getStorage().put('children', child);
  written.set(child.id, child);
}

export function updateChild(id: string, change: (child: ChildRecord) => ChildRecord): Promise<void> {
  const run = queue.then(async () => {
    const child = await getStorage().get('children', id);
    if (!child) return;
    await write({ ...change(child), updatedAt: nowIso() });
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * Save one answer onto a record already in hand (the copy on screen, kept current across tabs), so
 * the write starts at once, with no read first. The autosaver flushes typed text when the page is
 * hidden, closed or reloaded; a read there would not finish before the page goes, and the last
 * words typed would be lost.
 */
export function saveAnswerOnto(latest: ChildRecord, questionId: string, value: AnswerValue | undefined): Promise<void> {
  const run = queue.then(() => {
    const mine = written.get(latest.id);
    // Only a copy of the same record counts: the same id in another family (or after everything
    // was deleted) is not newer, it is something else.
    const same = mine && mine.familyId === latest.familyId && mine.createdAt === latest.createdAt;
    const base = same && mine.updatedAt >= latest.updatedAt ? mine : latest;
    return write({ ...withAnswer(base, questionId, value), updatedAt: nowIso() });
  });
  queue = run.catch(() => undefined);
  return run;
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
  written.delete(id);
}

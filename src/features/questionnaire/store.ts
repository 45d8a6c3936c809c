import { newId, nowIso } from '../../domain/ids';
import { setAnswer } from '../../domain/questionnaire/flow';
import type { AnswerValue, ChildRecord } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';

/**
 * Read-modify-write of one child's record, one at a time, so a text autosave and a position save
 * that happen together never overwrite each other.
 */
let queue: Promise<unknown> = Promise.resolve();

export function updateChild(id: string, change: (child: ChildRecord) => ChildRecord): Promise<void> {
  const run = queue.then(async () => {
    const storage = getStorage();
    const child = await storage.get('children', id);
    if (!child) return;
    await storage.put('children', { ...change(child), updatedAt: nowIso() });
  });
  queue = run.catch(() => undefined);
  return run;
}

/** The child's record with one answer given (answers to questions no longer asked are removed). */
export function withAnswer(child: ChildRecord, questionId: string, value: AnswerValue | undefined): ChildRecord {
  const answers = setAnswer(child.answers, questionId, value);
  const name = answers['child-name'];
  return { ...child, answers, displayName: typeof name === 'string' ? name.trim() : '' };
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
  await getStorage().put('settings', { id: 'activeChildId', value: child.id });
  return child;
}

/** Clear a child's answers (the things they kept for their plan stay). */
export function restartChild(id: string): Promise<void> {
  return updateChild(id, (c) => ({ ...c, answers: {}, displayName: '', position: 'nation', completedAt: undefined }));
}

export async function deleteChild(id: string): Promise<void> {
  const storage = getStorage();
  await storage.delete('children', id);
  const active = await storage.get('settings', 'activeChildId');
  if (active?.value === id) await storage.delete('settings', 'activeChildId');
}

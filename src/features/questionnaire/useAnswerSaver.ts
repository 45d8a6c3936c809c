import { useEffect, useMemo, useState } from 'react';
import type { Question } from '../../content/questions';
import { NOT_SURE, type AnswerValue, type ChildRecord } from '../../domain/questionnaire/types';
import { createAutosaver, getStorage } from '../../storage';
import { saveAnswer, savePosition, setActiveChild } from './store';

/** What could not be saved, to say on the page: the answer, or only where the person is. */
export type NotSaved = 'answer' | 'place' | undefined;

/**
 * Saving the answer to one question: typed text shortly after typing stops (and at once if the page
 * is hidden or closed), a choice at once; and remembering where the person is and which child.
 * Every save goes through one step that reads and writes the stored record together (`updateChild`).
 * A save that fails is said (`notSaved`) and what is on screen stays: the next change, or Continue,
 * tries again.
 */
export function useAnswerSaver(child: ChildRecord, question: Question) {
  const [notSaved, setNotSaved] = useState<NotSaved>(undefined);

  // Remember where the person is, and which child they are working on.
  useEffect(() => {
    let live = true;
    Promise.all([savePosition(child.id, question.id), setActiveChild(child.id)]).then(
      () => {},
      () => live && setNotSaved((was) => was ?? 'place'),
    );
    return () => {
      live = false;
    };
  }, [child.id, question.id]);

  const autosaver = useMemo(
    () =>
      createAutosaver<AnswerValue | undefined>((v) =>
        saveAnswer(child.id, question.id, v).then(
          () => setNotSaved(undefined),
          (error: unknown) => {
            setNotSaved('answer');
            // The autosaver keeps the value and tries again with the next change.
            throw error;
          },
        ),
      ),
    [child.id, question.id],
  );
  useEffect(() => () => autosaver.dispose(), [autosaver]);

  /** Saves a change as it is made. */
  const saveNow = (v: AnswerValue | undefined) => {
    if (question.kind === 'text') {
      autosaver.schedule(v);
      return;
    }
    const saves = [saveAnswer(child.id, question.id, v)];
    if (question.kind === 'council' && typeof v === 'string' && v !== NOT_SURE) saves.push(getStorage().updateFamily({ councilId: v }));
    Promise.all(saves).then(
      () => setNotSaved(undefined),
      () => setNotSaved('answer'),
    );
  };
  /** Saves the answer before moving on, waiting for the write. Resolves to whether it was saved. */
  const saveBeforeLeaving = async (v: AnswerValue | undefined): Promise<boolean> => {
    try {
      if (question.kind === 'text') {
        autosaver.schedule(v);
        if (!(await autosaver.flush())) throw new Error('not saved');
      } else {
        await saveAnswer(child.id, question.id, v);
      }
      setNotSaved(undefined);
      return true;
    } catch {
      // Not saved (the device is full, say): the page stays, with the answer still on screen, and says so.
      setNotSaved('answer');
      return false;
    }
  };
  return { saveNow, saveBeforeLeaving, notSaved };
}

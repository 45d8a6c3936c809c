import { useCallback, useRef, useState, type RefObject } from 'react';
import type { PlanContent } from '../../domain/plan/types';
import { usePlanText } from './text';

export interface Notice {
  text: string;
  /** Puts back what was removed. */
  undo?: (content: PlanContent) => PlanContent;
  /** The box to focus once it is back (the Undo button goes away, and must not take the focus with it). */
  undoFocus?: string;
}

/**
 * The editor's one line of news ("Saved to a file", "Action removed") and the Undo that goes with a
 * removal. `focus` moves the focus to a box by id once it is on screen.
 */
export function useNotice(edit: (change: (c: PlanContent) => PlanContent) => void, focus: (id: string | undefined) => void) {
  const { t } = usePlanText();
  const [notice, setNotice] = useState<Notice>({ text: '' });
  const undoButton = useRef<HTMLButtonElement>(null);
  const say = useCallback((text: string) => setNotice({ text }), []);
  const removed = useCallback(
    (text: string, undo: Notice['undo'], undoFocus: string) => {
      setNotice({ text, undo, undoFocus });
      focus(undefined);
      // The removed row took the focus with it: put it on Undo, the likeliest next step.
      requestAnimationFrame(() => undoButton.current?.focus());
    },
    [focus],
  );
  const undo = () => {
    if (notice.undo) edit(notice.undo);
    setNotice({ text: t('plan:undone') });
    focus(notice.undoFocus);
  };
  return { notice, say, removed, undo, undoButton };
}

/** Where the notice shows (announced to screen readers), with Undo after a removal. */
export function UndoNotice({ notice, onUndo, undoButton }: { notice: Notice; onUndo: () => void; undoButton: RefObject<HTMLButtonElement | null> }) {
  const { t } = usePlanText();
  return (
    <div role="status" className="plan-notice">
      {notice.text && (
        <p className="notice plan-notice__body">
          {notice.text}{' '}
          {notice.undo && (
            <button ref={undoButton} type="button" className="button button--secondary plan-undo" onClick={onUndo}>
              {t('plan:undo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

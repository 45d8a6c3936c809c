import { useMemo } from 'react';
import { nowIso } from '../../domain/ids';
import { mergePlan } from '../../domain/plan/merge';
import { updateContent } from '../../domain/plan/review';
import type { PlanContent, PlanRecord } from '../../domain/plan/types';
import { createAutosaver, getStorage } from '../../storage';
import { saveMerged } from '../../storage/merged';
import { useSyncedDocument, type DocumentStore } from '../../ui/records/useSyncedDocument';
import type { ReadFailure } from '../../storage/react';
import { readSavedPlan, useSavedPlan } from './useSavedPlan';

export interface PlanDocument {
  /** `undefined` while loading, `null` when the child has no plan (or it was deleted, here or elsewhere). */
  plan: PlanRecord | null | undefined;
  /** Changes the whole record (a review, a new cycle) and saves it. */
  save: (change: (p: PlanRecord) => PlanRecord) => void;
  /** Changes what the current cycle's plan says and saves it. */
  edit: (change: (c: PlanContent) => PlanContent) => void;
  flush: () => Promise<void>;
  /** Deletes the plan; false when that failed (and the plan is still there). */
  remove: (plan: PlanRecord) => Promise<boolean>;
  /** What is on screen is not saved yet (a full device); it is kept in the tab meanwhile. */
  unsaved: boolean;
  /** The plan could not be read: nothing is shown to edit, so nothing is saved over it. */
  failed: ReadFailure | undefined;
}

/** A child's plan as the editor holds it: saved as typed, merged with other tabs, gone for good once deleted. */
export function usePlanDocument(childId: string): PlanDocument {
  const [plan, setPlan, failed] = useSavedPlan(childId);
  const store = useMemo<DocumentStore<PlanRecord>>(
    () => ({
      write: (p) => getStorage().put('plans', p),
      writeMerged: (base, mine) => saveMerged('plans', base, mine, { create: true }),
      read: () => readSavedPlan(childId),
      subscribe: (onChange) => getStorage().onChange('plans', onChange),
      remove: (p) => getStorage().delete('plans', p.id),
      autosaver: (save) => createAutosaver(save),
      unsavedName: `plan:${childId}`,
    }),
    [childId],
  );
  const { save, flush, remove, unsaved } = useSyncedDocument(childId, [plan, setPlan], store, mergePlan);
  const edit = useMemo(() => (change: (c: PlanContent) => PlanContent) => save((p) => updateContent(p, change, nowIso())), [save]);
  return { plan, save, edit, flush, remove, unsaved, failed };
}

import { useMemo } from 'react';
import { REQUEST_OF } from '../../content/case';
import type { CaseRecord } from '../../domain/case/types';
import { todayIso, type IsoDate } from '../../domain/dates';
import { newId, nowIso } from '../../domain/ids';
import { givenName, nationOf } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';
import { useActiveChild } from '../../ui/records/useActiveChild';

/** The child whose requests are shown (the active child), their name and their nation's request. */
export function useCaseChild() {
  const { children, active, failed } = useActiveChild();
  const nation = active ? nationOf(active.answers) : undefined;
  const name = active ? givenName(active.answers) || active.displayName.trim() : '';
  const today = useMemo(() => todayIso(), []);
  return { loading: !failed && children === undefined, failed, child: active, name, nation, request: nation ? REQUEST_OF[nation] : undefined, today };
}

/** A new case for a child, with the request recorded on its day. Throws when the device will not store it. */
export async function startCase(childId: string, request: CaseRecord['request'], kind: string, on: IsoDate): Promise<string> {
  const now = nowIso();
  const id = newId();
  const record: CaseRecord = { id, familyId: '', childId, request, events: [{ id: newId(), kind, on, createdAt: now }], reports: [], createdAt: now, updatedAt: now };
  // A record with no family yet ('') is saved into the family on screen.
  await getStorage().put('cases', record);
  return id;
}

export { recordCaseEvent as recordEvent } from '../../ui/records/caseRecord';

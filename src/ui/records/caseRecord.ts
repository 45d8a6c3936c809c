import type { CaseEvent } from '../../domain/case/types';
import type { IsoDate } from '../../domain/dates';
import { newId, nowIso } from '../../domain/ids';
import { getStorage } from '../../storage';

/**
 * Adds what arrived to a request (the case pages and the contact log both record it), in one step
 * no other tab can come between. Throws when the device does not store it, so the screen can say so.
 */
export async function recordCaseEvent(caseId: string, kind: string, on: IsoDate): Promise<void> {
  const now = nowIso();
  const event: CaseEvent = { id: newId(), kind, on, createdAt: now };
  const written = await getStorage().update('cases', caseId, (current) => (current ? { ...current, events: [...current.events, event], updatedAt: now } : undefined));
  if (!written) throw new Error('The request is no longer on this device.');
}

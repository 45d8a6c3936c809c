import { newId } from './ids';
import { sameData } from './merge';
import { FAMILY_STORES, type FamilyStoreName, type Snapshot } from './schema';

/*
 * Records that point at each other: a plan, a letter, a diary day, a log entry or a contact names
 * its child (`childId`) and its family (`familyId`). The family's screens find a child's records
 * through the child, so a record is only reachable when its child is in the same family as it.
 *
 * An empty child id means "not linked to a child yet" (a first letter written before any question
 * was answered, a contact for the whole family): it is valid, and belongs to its family.
 */

/** Why a file's records do not belong together. */
export type LinkProblem =
  /** A record names a child that is not in the file. */
  | 'orphan'
  /** A record's family is not its child's family. */
  | 'family-mismatch';

type Linked = { id: string; familyId?: string; childId?: string };

const linkedStores = FAMILY_STORES.filter((s): s is FamilyStoreName => s !== 'children' && s !== 'notes');

/** The first way the records of `data` do not belong together, or undefined when every record is reachable from its family. */
export function linkProblem(data: Snapshot['data']): LinkProblem | undefined {
  const familyOf = new Map(data.children.map((c) => [c.id, c.familyId]));
  for (const store of linkedStores) {
    for (const r of data[store] as Linked[]) {
      if (!r.childId) continue;
      if (!familyOf.has(r.childId)) return 'orphan';
      if (familyOf.get(r.childId) !== r.familyId) return 'family-mismatch';
    }
  }
  return undefined;
}

/**
 * Every record on a device (or in a file) that its family's screens cannot reach: its family is
 * missing, its child is missing, or its child is in another family. Empty means all is reachable.
 */
export function unreachable(data: Snapshot['data']): string[] {
  const families = new Set(data.families.map((f) => f.id));
  const familyOf = new Map(data.children.map((c) => [c.id, c.familyId]));
  const out: string[] = [];
  for (const store of FAMILY_STORES) {
    if (store === 'notes') continue;
    for (const r of data[store] as Linked[]) {
      if (!r.familyId || !families.has(r.familyId)) out.push(`${store}/${r.id}: no family`);
      else if (store !== 'children' && r.childId && familyOf.get(r.childId) !== r.familyId) out.push(`${store}/${r.id}: child ${r.childId} not in its family`);
    }
  }
  return out;
}

/**
 * A child in the file whose id is on this device in another family is a different child (two
 * families cannot share one). It arrives under a new id, with its plan, letters, diary and log,
 * so nothing on the device moves out of its family and nothing in the file is lost.
 * Returns the file's data, changed only where that happens.
 */
export function separateChildren(incoming: Snapshot['data'], existing: Snapshot['data']): Snapshot['data'] {
  const familyHere = new Map(existing.children.map((c) => [c.id, c.familyId]));
  const moved = new Map<string, string>();
  for (const c of incoming.children) {
    const here = familyHere.get(c.id);
    if (here !== undefined && here !== c.familyId) moved.set(c.id, newId());
  }
  if (!moved.size) return incoming;
  const d = structuredClone(incoming);
  for (const c of d.children) c.id = moved.get(c.id) ?? c.id;
  for (const store of linkedStores) {
    for (const r of d[store] as Linked[]) {
      const to = r.childId ? moved.get(r.childId) : undefined;
      if (to) {
        r.childId = to;
        // The record goes with its child: a new id too, so the device's own record stays as it is.
        r.id = newId();
      }
    }
  }
  for (const f of d.families) if (f.activeChildId && moved.has(f.activeChildId)) f.activeChildId = moved.get(f.activeChildId);
  return d;
}

/**
 * A file saved before families (one household) given to one family on this device: every record
 * takes that family's id, and the file's own (unnamed) family is not added.
 */
export function intoFamily(incoming: Snapshot, familyId: string): Snapshot {
  const data = structuredClone(incoming.data);
  for (const store of FAMILY_STORES) {
    (data as Record<string, unknown[]>)[store] = data[store].map((r) => ({ ...r, familyId }));
  }
  data.families = [];
  return { ...incoming, data };
}

/**
 * Records of a file whose ids are on this device with other content, in whichever family: what an
 * older file (saved before families) would replace once it is given to one of them.
 */
export function differingHere(incoming: Snapshot['data'], existing: Snapshot['data']): number {
  let n = 0;
  for (const store of FAMILY_STORES) {
    const here = new Map<string, unknown>(existing[store].map((r) => [r.id, r]));
    for (const r of incoming[store] as Linked[]) {
      const mine = here.get(r.id);
      if (mine !== undefined && !sameData(mine, { ...r, familyId: (mine as Linked).familyId })) n++;
    }
  }
  return n;
}

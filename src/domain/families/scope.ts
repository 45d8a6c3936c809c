import type { FamilyRecord } from './types';

/*
 * Which records belong to a family or a child, worked out from the records themselves: any record
 * with a `familyId` belongs to that family, and any record with a `childId` to that child. A store
 * added later is covered as soon as its records carry a `familyId`, with nothing to list here.
 */

/** A snapshot's data, store by store, as plain records. */
export type StoreData = Record<string, readonly unknown[]>;

const field = (record: unknown, name: 'id' | 'familyId' | 'childId'): string | undefined => {
  const v = record && typeof record === 'object' ? (record as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' ? v : undefined;
};

/** What a delete removes: for each store, the ids of the records to remove. */
export type DeleteSet = Record<string, string[]>;

export type DeleteTarget = { kind: 'child'; id: string } | { kind: 'family'; id: string };

/**
 * Every record a delete must remove. A child: the child and every record about it (plan, letters,
 * dates, contacts kept for that child). A family: the family record and everything with its
 * familyId. Device settings pointing at what is removed (such as the active family) are the
 * caller's to clear; they name no child.
 */
export function recordsToDelete(data: StoreData, target: DeleteTarget): DeleteSet {
  const out: DeleteSet = {};
  for (const [store, records] of Object.entries(data)) {
    if (store === 'settings') continue;
    const ids = records
      .filter((r) => {
        if (store === 'families') return target.kind === 'family' && field(r, 'id') === target.id;
        if (target.kind === 'family') return field(r, 'familyId') === target.id;
        return (store === 'children' && field(r, 'id') === target.id) || field(r, 'childId') === target.id;
      })
      .map((r) => field(r, 'id'))
      .filter((id): id is string => id !== undefined);
    if (ids.length) out[store] = ids;
  }
  return out;
}

/** The data without the records of a delete set. */
export function withoutRecords<D extends StoreData>(data: D, remove: DeleteSet): D {
  const out: Record<string, unknown[]> = {};
  for (const [store, records] of Object.entries(data)) {
    const gone = new Set(remove[store] ?? []);
    out[store] = records.filter((r) => !gone.has(field(r, 'id') ?? ''));
  }
  return out as unknown as D;
}

export interface ScopeOptions {
  /** Stores that never leave the device (a volunteer's private notes): left out. */
  privateStores?: readonly string[];
}

/**
 * One family's data and nothing else: its family record, and the records of every family-owned
 * store that carry its id. Device settings and private stores are left out. Used for a hand-over
 * to the family's own phone and for a family's own copy.
 */
export function familyData<D extends StoreData>(data: D, familyId: string, { privateStores = [] }: ScopeOptions = {}): D {
  const out: Record<string, unknown[]> = {};
  for (const [store, records] of Object.entries(data)) {
    if (store === 'settings' || privateStores.includes(store)) out[store] = [];
    else if (store === 'families') out[store] = records.filter((r) => field(r, 'id') === familyId);
    else out[store] = records.filter((r) => field(r, 'familyId') === familyId);
  }
  return out as unknown as D;
}

/** The family a person sees when nothing else says: the one changed last. */
export function latestFamily(families: readonly FamilyRecord[]): FamilyRecord | undefined {
  return families.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

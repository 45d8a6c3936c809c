import { intoOneFamily } from './families/migrate';
import { newId, nowIso } from './ids';
import { SCHEMA_VERSION, type Snapshot } from './schema';

/** One step: turns data of version `to - 1` into data of version `to`. Steps never skip a version. */
export interface Migration {
  to: number;
  up(data: Record<string, unknown[]>): Record<string, unknown[]>;
}

/**
 * The app's data migrations, oldest first. Version 1 is the first shape.
 * To change the shape: raise SCHEMA_VERSION and add `{ to: N, up }` here, with a unit test.
 */
export const MIGRATIONS: Migration[] = [
  // 2: the attendance diary and the contact log. Older data has none; a copy that somehow holds
  // entries keeps them, and entries with no child are dropped (they could never be shown).
  {
    to: 2,
    up: (data) => {
      const ofChild = (list: unknown[] | undefined) =>
        (list ?? []).filter((r) => !!r && typeof r === 'object' && typeof (r as { childId?: unknown }).childId === 'string');
      return { ...data, attendance: ofChild(data.attendance), contactLog: ofChild(data.contactLog) };
    },
  },
  // 3: families. Everything on the device goes into one family; records of children already deleted go.
  { to: 3, up: (data) => intoOneFamily(data, { familyId: newId(), now: nowIso() }) },
  // 4: the case. Older data has none.
  { to: 4, up: (data) => ({ ...data, cases: data.cases ?? [] }) },
];

export class NewerDataError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(`Data has schema version ${found}; this app understands up to ${supported}.`);
    this.name = 'NewerDataError';
  }
}

export class MissingMigrationError extends Error {
  constructor(readonly to: number) {
    super(`No migration step to schema version ${to}.`);
    this.name = 'MissingMigrationError';
  }
}

/**
 * Brings data from `from` up to `target`, one version at a time. Refuses data from a newer app:
 * guessing at a shape we do not know could lose a family's work.
 */
export function migrateData(
  data: Record<string, unknown[]>,
  from: number,
  target: number = SCHEMA_VERSION,
  migrations: Migration[] = MIGRATIONS,
): Record<string, unknown[]> {
  if (from > target) throw new NewerDataError(from, target);
  let current = data;
  for (let v = from + 1; v <= target; v++) {
    const step = migrations.find((m) => m.to === v);
    if (!step) throw new MissingMigrationError(v);
    current = step.up(structuredClone(current));
  }
  return current;
}

export function migrateSnapshot(snapshot: Snapshot | { schemaVersion: number; data: Record<string, unknown[]> }): Snapshot {
  const data = migrateData(snapshot.data as Record<string, unknown[]>, snapshot.schemaVersion);
  return { schemaVersion: SCHEMA_VERSION, data: data as Snapshot['data'] };
}

import { z } from './zod';
import { sameData } from './merge';
import { newId } from './ids';
import { migrateSnapshot } from './migrate';
import { fitName, LIMITS } from './limits';
import { differingHere, intoFamily, linkProblem, separateChildren } from './importLinks';
import { countContainers } from './importScan';
import { big, date, isStoredDate, recordSchemas, storedSchemas, type TooBig } from './recordSchemas';
import { FAMILIES_VERSION, FAMILY_STORES, SCHEMA_VERSION, STORE_NAMES, type Snapshot, type StoreMap, type StoreName } from './schema';

/*
 * Reading a backup file (src/domain/backup.ts) back in. Nothing here writes: the file is read,
 * checked in full, brought up to the current data version, and compared with what is on the device.
 * Only then may the screen write it, in one step, after asking the person about any clash.
 *
 * Records are checked for the fields the app relies on; fields the app does not know are kept
 * (looseObject), so a copy restores exactly what was saved.
 */

export { LIMITS, isStoredDate, recordSchemas };
export type { TooBig };

const records = <T extends z.ZodType>(store: StoreName, of: T) =>
  z.array(of).max(LIMITS.records[store], big(store)).default([]);
/** A copy of the data at the current version: each store's saved records, within its limit. */
export const dataSchema = z.object({
  families: records('families', storedSchemas.families),
  children: records('children', storedSchemas.children),
  plans: records('plans', storedSchemas.plans),
  letters: records('letters', storedSchemas.letters),
  contacts: records('contacts', storedSchemas.contacts),
  notes: records('notes', storedSchemas.notes),
  settings: records('settings', storedSchemas.settings),
  attendance: records('attendance', storedSchemas.attendance),
  contactLog: records('contactLog', storedSchemas.contactLog),
  localPacks: records('localPacks', storedSchemas.localPacks),
  cases: records('cases', storedSchemas.cases),
});

/**
 * Records made before families (data versions 1 and 2): the same checks, without a family id (as
 * the app holds a record before storage first saves it).
 * (Versions 1 to 3 had no cases; a file that holds some anyway has them checked as today's.)
 */
const olderDataSchema = z.object({
  ...dataSchema.shape,
  children: records('children', recordSchemas.children),
  plans: records('plans', recordSchemas.plans),
  letters: records('letters', recordSchemas.letters),
  contacts: records('contacts', recordSchemas.contacts),
  notes: records('notes', recordSchemas.notes),
  attendance: records('attendance', recordSchemas.attendance),
  contactLog: records('contactLog', recordSchemas.contactLog),
});

/** The envelope, before migration: records of an older version may have another shape. */
const envelopeSchema = z.object({
  format: z.literal('barriers-navigator-backup'),
  schemaVersion: z.number().int().positive(),
  exportedAt: date,
  data: z.record(z.string(), z.array(z.unknown())),
});

/** `links`: a record names a child the file does not hold, or a child of another family. */
export type ImportFailure = 'not-json' | 'foreign' | 'newer' | 'invalid' | 'bad-date' | 'bad-year' | 'too-big' | 'links';
export type ParseResult =
  | { ok: true; snapshot: Snapshot; exportedAt: string; /** The file's own data version, before migration. */ fromVersion: number }
  | { ok: false; reason: ImportFailure; /** With 'too-big': what was too big. */ what?: TooBig };

/**
 * How deeply the file nests, and whether it holds a `__proto__` key, found without recursion (a
 * file of a million nested lists must not overflow the stack). Stops as soon as the depth is over.
 */
function shapeProblem(json: unknown): TooBig | 'proto' | undefined {
  // Too many records of one kind is said as such, before any time is spent on them.
  const data = (json as { data?: unknown }).data;
  if (data && typeof data === 'object') {
    for (const store of STORE_NAMES) {
      const list = (data as Record<string, unknown>)[store];
      if (Array.isArray(list) && list.length > LIMITS.records[store]) return store;
    }
  }
  const longest = Math.max(LIMITS.list, ...Object.values(LIMITS.records));
  const stack: [unknown, number][] = [[json, 0]];
  let items = 0;
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (!value || typeof value !== 'object') continue;
    if (depth >= LIMITS.depth) return 'depth';
    if (++items > LIMITS.items) return 'items';
    if (Array.isArray(value)) {
      if (value.length > longest) return 'list';
      for (const v of value) if (v && typeof v === 'object') stack.push([v, depth + 1]);
    } else {
      for (const key of Object.keys(value)) {
        if (key === '__proto__') return 'proto';
        const v = (value as Record<string, unknown>)[key];
        if (v && typeof v === 'object') stack.push([v, depth + 1]);
      }
    }
  }
  return undefined;
}

function failure(error: z.ZodError): ParseResult {
  for (const issue of error.issues) {
    const message = issue.message;
    if (message.startsWith('too-big:')) return { ok: false, reason: 'too-big', what: message.slice(8) as TooBig };
  }
  if (error.issues.some((i) => i.message === 'bad-date')) return { ok: false, reason: 'bad-date' };
  if (error.issues.some((i) => i.message === 'bad-year')) return { ok: false, reason: 'bad-year' };
  return { ok: false, reason: 'invalid' };
}

/**
 * Whether the app's own data, as a copy would hold it, would be refused when that copy is opened
 * again (data saved before today's limits or date rules): the reason, or undefined when it reads back.
 */
export function copyProblem(data: unknown): { reason: ImportFailure; what?: TooBig } | undefined {
  const checked = dataSchema.safeParse(data);
  if (checked.success) return undefined;
  const result = failure(checked.error);
  return result.ok ? undefined : { reason: result.reason, ...(result.what ? { what: result.what } : {}) };
}

/**
 * Reads the text of a backup file. Refuses, with a reason the screen can explain in plain words:
 * text that is not JSON, JSON that is not one of our files, a file from a newer app, a file too
 * big or too deep to be ours, a date that is not a real day, and a file with any record the app
 * could not use. Older files are brought up to date first. Never throws.
 */
export function parseBackup(fileText: string, supported: number = SCHEMA_VERSION): ParseResult {
  try {
    return parseChecked(fileText, supported);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}

function parseChecked(fileText: string, supported: number): ParseResult {
  if (fileText.length > LIMITS.fileChars) return { ok: false, reason: 'too-big', what: 'file' };
  // Many times more objects than any family's file: refused before anything is built. (Within
  // that, too many records of one kind is said as such, after reading.)
  if (countContainers(fileText, LIMITS.items * 20) > LIMITS.items * 20) return { ok: false, reason: 'too-big', what: 'items' };
  let json: unknown;
  try {
    json = JSON.parse(fileText.charCodeAt(0) === 0xfeff ? fileText.slice(1) : fileText);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== 'barriers-navigator-backup') {
    return { ok: false, reason: 'foreign' };
  }
  const shape = shapeProblem(json);
  if (shape === 'proto') return { ok: false, reason: 'invalid' };
  if (shape) return { ok: false, reason: 'too-big', what: shape };
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return failure(envelope.error);
  if (envelope.data.schemaVersion > supported) return { ok: false, reason: 'newer' };
  if (Object.keys(envelope.data.data).some((store) => !(STORE_NAMES as string[]).includes(store))) {
    return { ok: false, reason: 'invalid' };
  }
  // An older file is checked as it stands first (limits, dates, shapes), so nothing the migration
  // would set aside (such as the records of a child already deleted) can hide a damaged record.
  if (envelope.data.schemaVersion < SCHEMA_VERSION) {
    const older = olderDataSchema.safeParse(envelope.data.data);
    if (!older.success) return failure(older.error);
  }
  let migrated: Snapshot;
  try {
    migrated = migrateSnapshot({ schemaVersion: envelope.data.schemaVersion, data: envelope.data.data });
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const data = dataSchema.safeParse(migrated.data);
  if (!data.success) return failure(data.error);
  const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id)).size === list.length;
  if (!STORE_NAMES.every((s) => ids(data.data[s]))) return { ok: false, reason: 'invalid' };
  // Every record names a family that the file holds: nothing may arrive that no family would show.
  const families = new Set(data.data.families.map((f) => f.id));
  if (FAMILY_STORES.some((s) => (data.data[s] as { familyId: string }[]).some((r) => !families.has(r.familyId)))) return { ok: false, reason: 'invalid' };
  // Every record is reachable from its family's screens: its child (if it names one) is in the
  // file and in the same family. A file that says otherwise is refused, never guessed at.
  if (linkProblem(data.data as unknown as Snapshot['data'])) return { ok: false, reason: 'links' };
  // A volunteer's private notes never travel: none are taken from a file.
  data.data.notes = [];
  // Local packs travel only as packs (checked and previewed as such), never inside a family's backup.
  data.data.localPacks = [];
  return {
    ok: true,
    snapshot: { schemaVersion: migrated.schemaVersion, data: data.data as unknown as Snapshot['data'] },
    exportedAt: envelope.data.exportedAt,
    fromVersion: envelope.data.schemaVersion,
  };
}

/**
 * A file saved before families existed holds one household. Restored on a device that has exactly
 * one family, it is that family's (the same records then match, instead of arriving as a second,
 * unnamed family); with no family or several, it stays a family of its own.
 */
export function adoptOlderFile(incoming: Snapshot, fromVersion: number, existing: Snapshot): Snapshot {
  if (fromVersion >= FAMILIES_VERSION || existing.data.families.length !== 1) return incoming;
  return intoFamily(incoming, existing.data.families[0]!.id);
}

/**
 * Whether to ask which of the device's families an older file (one household, saved before
 * families) replaces: only when there is more than one it could be.
 */
export function asksWhichFamily(fromVersion: number, existing: Snapshot): boolean {
  return fromVersion < FAMILIES_VERSION && existing.data.families.length > 1;
}
export { intoFamily, differingHere };

/** A record in the file whose id is already on this device with different content. */
export interface ImportConflict {
  store: Exclude<StoreName, 'settings'>;
  id: string;
  /** The device's version was changed after the file's: replacing it would lose those changes. */
  newerHere: boolean;
}

export interface ImportPlan {
  /** Records not on this device yet. */
  added: { [K in StoreName]: number };
  /** Records already here exactly as in the file: nothing to do. */
  same: number;
  /** Records that would replace something different on this device. */
  conflicts: ImportConflict[];
}

export { sameData };

/** A child's record written with a plan-only file: its name, not its answers. */
const onlyName = (record: unknown) => (record as { onlyName?: unknown }).onlyName === true;

/** Compares a checked file with what is on the device, so the person can be asked before anything changes. */
export function planImport(file: Snapshot, existing: Snapshot): ImportPlan {
  const incoming = { ...file, data: separateChildren(file.data, existing.data) };
  const added = Object.fromEntries(STORE_NAMES.map((s) => [s, 0])) as { [K in StoreName]: number };
  const conflicts: ImportConflict[] = [];
  let same = 0;
  for (const store of STORE_NAMES) {
    const here = new Map<string, unknown>(existing.data[store].map((r) => [r.id, r]));
    for (const record of incoming.data[store]) {
      const mine = here.get(record.id);
      if (mine === undefined) added[store]++;
      // A child saved with its plan only (name, no answers) never replaces the child here.
      else if (onlyName(record)) same++;
      else if (sameData(mine, record)) same++;
      // A setting already chosen on this device is kept: it is never a reason to ask.
      else if (store !== 'settings') {
        const changed = (r: unknown) => String((r as { updatedAt?: unknown }).updatedAt ?? '');
        conflicts.push({ store, id: record.id, newerHere: changed(mine) > changed(record) });
      }
    }
  }
  return { added, same, conflicts };
}

export type ImportChoice = 'replace' | 'keep-both';

type Records = { [K in StoreName]?: StoreMap[K][] };

/**
 * The records to write, given the person's choice for clashes (with no clash, both choices give the
 * same result). 'replace': the file's version wins. 'keep-both': clashing records from the file get
 * new ids (and the child's plan, letters and contacts follow their child), so nothing on the device
 * changes. Settings on the device are never replaced.
 */
export function importRecords(
  incoming: Snapshot,
  existing: Snapshot,
  choice: ImportChoice,
  { copyName }: { copyName?: (name: string) => string } = {},
): Records {
  // A child of another family on this device is never taken over: the file's child arrives as a new one.
  incoming = { ...incoming, data: separateChildren(incoming.data, existing.data) };
  const plan = planImport(incoming, existing);
  const clash = new Set(plan.conflicts.map((c) => `${c.store}:${c.id}`));
  const here = (store: StoreName) => new Set(existing.data[store].map((r) => r.id));
  // Only keeping both changes the file's records (new ids); replacing writes them as they are, and
  // copying thousands of diary days first would hold the page for a few hundred ms.
  const d = choice === 'keep-both' ? structuredClone(incoming.data) : incoming.data;

  if (choice === 'keep-both') {
    // A child is copied when it, its plan or one of its letters clashes: the family then sees both
    // versions side by side as two children, and each plan stays with its own answers.
    const copyChild = new Set(d.children.filter((c) => clash.has(`children:${c.id}`)).map((c) => c.id));
    for (const r of [...d.plans.filter((p) => clash.has(`plans:${p.id}`)), ...d.letters.filter((l) => clash.has(`letters:${l.id}`))]) {
      if (d.children.some((c) => c.id === r.childId)) copyChild.add(r.childId);
    }
    const childIds = new Map<string, string>();
    for (const c of d.children) {
      if (copyChild.has(c.id)) {
        const id = newId();
        childIds.set(c.id, id);
        c.id = id;
        // So the family can tell the two apart ("Sam (from file)").
        // Never past the longest name the app keeps, or the next copy of everything would be refused.
        // The name is shortened to make room, so "(from file)" is still read.
        if (copyName) {
          const longer = copyName(c.displayName);
          const over = longer.length - LIMITS.name;
          c.displayName = over > 0 ? fitName(copyName(fitName(c.displayName, Math.max(0, c.displayName.length - over)))) : longer;
        }
      }
    }
    const follow = (childId: string | undefined) => (childId ? (childIds.get(childId) ?? childId) : childId);
    for (const p of d.plans) {
      if (clash.has(`plans:${p.id}`) || childIds.has(p.childId)) p.id = newId();
      p.childId = follow(p.childId)!;
    }
    for (const l of d.letters) {
      if (clash.has(`letters:${l.id}`) || childIds.has(l.childId)) l.id = newId();
      l.childId = follow(l.childId)!;
    }
    for (const c of d.contacts) {
      if (clash.has(`contacts:${c.id}`)) c.id = newId();
      if (c.childId) c.childId = follow(c.childId);
    }
    // Diary days and log entries follow their child too; a clashing one becomes a copy.
    for (const r of [...d.attendance, ...d.contactLog]) {
      const store = 'date' in r && 'status' in r ? 'attendance' : 'contactLog';
      if (clash.has(`${store}:${r.id}`) || childIds.has(r.childId)) r.id = newId();
      r.childId = follow(r.childId)!;
    }
  }
  const settingsHere = here('settings');
  const byId = new Map(STORE_NAMES.map((s) => [s, new Map<string, unknown>(existing.data[s].map((r) => [r.id, r]))]));
  const sameHere = (store: StoreName, r: { id: string }) => {
    const mine = byId.get(store)!.get(r.id);
    return mine !== undefined && sameData(mine, r);
  };
  const out: Records = {};
  for (const store of STORE_NAMES) {
    const list = (d[store] as { id: string }[]).filter((r) =>
      store === 'settings'
        ? !settingsHere.has(r.id)
        : // Keeping both: the family on the device keeps its own name and choices.
          !sameHere(store, r) &&
          !(onlyName(r) && byId.get(store)!.has(r.id)) &&
          !(choice === 'keep-both' && store === 'families' && clash.has(`families:${r.id}`)),
    );
    if (list.length) (out as Record<string, unknown[]>)[store] = list;
  }
  return out;
}

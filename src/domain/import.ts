import { z } from 'zod';
import { CONTACT_ROLES } from './contacts/types';
import { newId } from './ids';
import { NATIONS } from './nations';
import { ACTION_STATUSES } from './plan/types';
import { CONTACT_WAYS, DAY_STATUSES, MORNINGS } from './records/types';
import { migrateSnapshot } from './migrate';
import { FAMILY_STORES, SCHEMA_VERSION, STORE_NAMES, type Snapshot, type StoreMap, type StoreName } from './schema';

/*
 * Reading a backup file (src/domain/backup.ts) back in. Nothing here writes: the file is read,
 * checked in full, brought up to the current data version, and compared with what is on the device.
 * Only then may the screen write it, in one step, after asking the person about any clash.
 *
 * Records are checked for the fields the app relies on; fields the app does not know are kept
 * (looseObject), so a copy restores exactly what was saved.
 */

const text = z.string();
const date = z.string();

/** Every record of a family-owned store names its family (data older than families is migrated first). */
const familyId = z.string().min(1);

const familySchema = z.looseObject({
  id: z.string().min(1),
  name: text,
  createdAt: date,
  updatedAt: date,
  councilId: z.string().optional(),
  lettersNation: z.enum(NATIONS).optional(),
  activeChildId: z.string().optional(),
});

const childSchema = z.looseObject({
  id: z.string().min(1),
  familyId,
  displayName: text,
  createdAt: date,
  updatedAt: date,
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  position: z.string().optional(),
  completedAt: z.string().optional(),
  kept: z.array(z.string()),
  details: z
    .looseObject({
      fullName: z.string().optional(),
      dateOfBirth: z.string().optional(),
      school: z.string().optional(),
      yearGroup: z.string().optional(),
      parentName: z.string().optional(),
      parentAddress: z.string().optional(),
    })
    .optional(),
});

const item = z.looseObject({ id: z.string().min(1), text, from: z.string().optional() });
const contentSchema = z.looseObject({
  strengths: z.array(item),
  interests: text,
  enjoys: text,
  barriers: z.array(item),
  childHard: text,
  childHelps: text,
  childChange: text,
  parentVoice: text,
  tried: z.array(item),
  helped: text,
  madeWorse: text,
  asks: z.array(item),
  actions: z.array(
    z.looseObject({ id: z.string().min(1), what: text, who: text, byWhen: text, status: z.enum(ACTION_STATUSES) }),
  ),
  people: z.array(
    z.looseObject({ id: z.string().min(1), name: text, role: text, reach: text, contactId: z.string().optional() }),
  ),
  nextReview: text,
  meetingNotes: text,
  meetingDate: text.optional(),
  attendees: text.optional(),
});
const planSchema = z.looseObject({
  id: z.string().min(1),
  familyId,
  childId: z.string().min(1),
  createdAt: date,
  updatedAt: date,
  cycles: z
    .array(
      z.looseObject({
        number: z.number().int().positive(),
        startedAt: date,
        content: contentSchema,
        review: z.looseObject({ worked: text, notWorked: text, steps: text }).optional(),
        closedAt: z.string().optional(),
      }),
    )
    .min(1),
});

const letterSchema = z.looseObject({
  id: z.string().min(1),
  familyId,
  childId: z.string().min(1),
  templateId: z.string().min(1),
  createdAt: date,
  updatedAt: date,
  nation: z.enum(NATIONS),
  senderName: text,
  senderAddress: text,
  recipient: text,
  subject: text,
  greeting: text,
  paragraphs: z.array(text),
  signOff: text,
  sentOn: z.string().optional(),
  draftOn: z.string().optional(),
  decisionOn: z.string().optional(),
  corrected: z.record(z.string(), z.string()).optional(),
});

const contactSchema = z.looseObject({
  id: z.string().min(1),
  familyId,
  role: z.enum(CONTACT_ROLES),
  name: text,
  organisation: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  notes: z.string().optional(),
  childId: z.string().optional(),
  createdAt: date,
  updatedAt: date,
});

const settingSchema = z.looseObject({ id: z.string().min(1), value: z.unknown() });
const noteSchema = z.looseObject({ id: z.string().min(1), familyId, text, updatedAt: date });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const attendanceSchema = z.looseObject({
  id: z.string().min(1),
  familyId,
  childId: z.string().min(1),
  date: isoDate,
  status: z.enum(DAY_STATUSES),
  reason: z.string().optional(),
  morning: z.enum(MORNINGS).optional(),
  schoolCode: z.string().optional(),
  note: z.string().optional(),
  createdAt: date,
  updatedAt: date,
});

const contactLogSchema = z.looseObject({
  id: z.string().min(1),
  familyId,
  childId: z.string().min(1),
  date: isoDate,
  time: z.string().optional(),
  contactId: z.string().optional(),
  who: text,
  how: z.enum(CONTACT_WAYS),
  said: text,
  agreed: text,
  followUpOn: isoDate.optional(),
  key: z.boolean().optional(),
  createdAt: date,
  updatedAt: date,
});

/** The shape of every store's records, at the current data version. */
export const recordSchemas = {
  families: familySchema,
  children: childSchema,
  plans: planSchema,
  letters: letterSchema,
  contacts: contactSchema,
  notes: noteSchema,
  settings: settingSchema,
  attendance: attendanceSchema,
  contactLog: contactLogSchema,
} satisfies Record<StoreName, z.ZodType>;

export const dataSchema = z.object({
  families: z.array(familySchema).default([]),
  children: z.array(childSchema).default([]),
  plans: z.array(planSchema).default([]),
  letters: z.array(letterSchema).default([]),
  contacts: z.array(contactSchema).default([]),
  notes: z.array(noteSchema).default([]),
  settings: z.array(settingSchema).default([]),
  attendance: z.array(attendanceSchema).default([]),
  contactLog: z.array(contactLogSchema).default([]),
});

/** The envelope, before migration: records of an older version may have another shape. */
const envelopeSchema = z.object({
  format: z.literal('barriers-navigator-backup'),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.string(),
  data: z.record(z.string(), z.array(z.unknown())),
});

export type ImportFailure = 'not-json' | 'foreign' | 'newer' | 'invalid';
export type ParseResult = { ok: true; snapshot: Snapshot; exportedAt: string } | { ok: false; reason: ImportFailure };

/**
 * Reads the text of a backup file. Refuses, with a reason the screen can explain in plain words:
 * text that is not JSON, JSON that is not one of our files, a file from a newer app, and a file
 * with any record the app could not use. Older files are brought up to date first.
 */
export function parseBackup(fileText: string, supported: number = SCHEMA_VERSION): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== 'barriers-navigator-backup') {
    return { ok: false, reason: 'foreign' };
  }
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) return { ok: false, reason: 'invalid' };
  if (envelope.data.schemaVersion > supported) return { ok: false, reason: 'newer' };
  if (Object.keys(envelope.data.data).some((store) => !(STORE_NAMES as string[]).includes(store))) {
    return { ok: false, reason: 'invalid' };
  }
  let migrated: Snapshot;
  try {
    migrated = migrateSnapshot({ schemaVersion: envelope.data.schemaVersion, data: envelope.data.data });
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  const data = dataSchema.safeParse(migrated.data);
  if (!data.success) return { ok: false, reason: 'invalid' };
  const ids = (list: { id: string }[]) => new Set(list.map((r) => r.id)).size === list.length;
  if (!STORE_NAMES.every((s) => ids(data.data[s]))) return { ok: false, reason: 'invalid' };
  // Every record names a family that the file holds: nothing may arrive that no family would show.
  const families = new Set(data.data.families.map((f) => f.id));
  if (FAMILY_STORES.some((s) => (data.data[s] as { familyId: string }[]).some((r) => !families.has(r.familyId)))) return { ok: false, reason: 'invalid' };
  // A volunteer's private notes never travel: none are taken from a file.
  data.data.notes = [];
  return {
    ok: true,
    snapshot: { schemaVersion: migrated.schemaVersion, data: data.data as unknown as Snapshot['data'] },
    exportedAt: envelope.data.exportedAt,
  };
}

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

const stable = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** Compares a checked file with what is on the device, so the person can be asked before anything changes. */
export function planImport(incoming: Snapshot, existing: Snapshot): ImportPlan {
  const added = Object.fromEntries(STORE_NAMES.map((s) => [s, 0])) as { [K in StoreName]: number };
  const conflicts: ImportConflict[] = [];
  let same = 0;
  for (const store of STORE_NAMES) {
    const here = new Map<string, unknown>(existing.data[store].map((r) => [r.id, r]));
    for (const record of incoming.data[store]) {
      const mine = here.get(record.id);
      if (mine === undefined) added[store]++;
      else if (stable(mine) === stable(record)) same++;
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
  const plan = planImport(incoming, existing);
  const clash = new Set(plan.conflicts.map((c) => `${c.store}:${c.id}`));
  const here = (store: StoreName) => new Set(existing.data[store].map((r) => r.id));
  const d = structuredClone(incoming.data);

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
        if (copyName) c.displayName = copyName(c.displayName);
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
  const sameHere = (store: StoreName, r: { id: string }) => {
    const mine = existing.data[store].find((x) => x.id === r.id);
    return mine !== undefined && stable(mine) === stable(r);
  };
  const out: Records = {};
  for (const store of STORE_NAMES) {
    const list = (d[store] as { id: string }[]).filter((r) =>
      store === 'settings'
        ? !settingsHere.has(r.id)
        : // Keeping both: the family on the device keeps its own name and choices.
          !sameHere(store, r) && !(choice === 'keep-both' && store === 'families' && clash.has(`families:${r.id}`)),
    );
    if (list.length) (out as Record<string, unknown[]>)[store] = list;
  }
  return out;
}

import { z } from './zod';
import { addMonths, isIsoDate } from './dates';
import { CONTACT_ROLES } from './contacts/types';

/*
 * A local pack: a named, dated set of local services that a group (a parent carer forum, a
 * peer-support group) has checked for an area. It is kept on the device apart from any family's
 * records (the `localPacks` store), shown on each council's page as "added on this device", and
 * shared between volunteers' devices as a file or QR codes. The record is defined once, here, as
 * a schema with limits; its type is derived from it. The format is described in docs/local-packs.md.
 */

export const LOCAL_PACK_LIMITS = {
  /** The whole file, in characters. */
  fileChars: 500_000,
  services: 300,
  id: 100,
  name: 200,
  detail: 300,
  text: 2_000,
} as const;

/** The `format` of a pack's file, so a family's backup is never read as a pack (or a pack as a backup). */
export const LOCAL_PACK_FORMAT = 'barriers-navigator-local-pack';
export const LOCAL_PACK_FORMAT_VERSION = 1;
/** The first field of each of a pack's QR codes; a family's hand-over uses another, so neither is mistaken for the other. */
export const LOCAL_PACK_CODE_APP = 'BNPACK';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
// Control characters and the invisible marks that reverse text have no place in a name or a note.
// eslint-disable-next-line no-control-regex
const CLEAN = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF]*$/;
const clean = (max: number) => z.string().max(max).regex(CLEAN);
const required = (max: number) => clean(max).refine((v) => v.trim().length > 0);
const optionalDetail = clean(LOCAL_PACK_LIMITS.detail).optional();
const id = z.string().max(LOCAL_PACK_LIMITS.id).regex(ID);
const day = z.string().refine((v) => isIsoDate(v));
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const stamp = z.string().regex(DATE_TIME).refine((v) => isIsoDate(v.slice(0, 10)) && !Number.isNaN(Date.parse(v)));

/** A web address to tap: https only (never javascript: or data:), or a bare host and path. */
const website = clean(LOCAL_PACK_LIMITS.detail)
  .refine((v) => v === '' || /^(https:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v.trim()))
  .optional();
const email = clean(LOCAL_PACK_LIMITS.detail)
  .refine((v) => v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()))
  .optional();
const phone = clean(LOCAL_PACK_LIMITS.detail)
  .refine((v) => v === '' || /^[+0-9][0-9 ()-]{5,30}$/.test(v.trim()))
  .optional();

export const localServiceSchema = z.strictObject({
  id,
  name: required(LOCAL_PACK_LIMITS.name),
  /** What it helps with, in the words of whoever checked it. */
  helpsWith: required(LOCAL_PACK_LIMITS.text),
  phone,
  email,
  website,
  /** The council it serves (an id from the council list); its page shows the service. */
  councilId: id,
  /** The area it serves, in words, when that is narrower or wider than the council. */
  area: optionalDetail,
  /** Who checked it (a person or a group), and on what day. */
  checkedBy: required(LOCAL_PACK_LIMITS.name),
  checkedOn: day,
  /** How someone can check it again (where the details were found). */
  howToCheck: required(LOCAL_PACK_LIMITS.text),
  /** What a family can ask this service for, in plain words. */
  ask: clean(LOCAL_PACK_LIMITS.text).optional(),
  /** Words to search for when no address was checked ("West Berkshire Early Response Hub"). */
  search: optionalDetail,
  /** Who the service is, when the family saves it as a contact (the contact form's "Who are they?"). */
  role: z.enum(CONTACT_ROLES).optional(),
});

/** A public page the pack's facts were read on (shown under "Sources" on the council's page). */
const packSourceSchema = z.strictObject({
  title: required(LOCAL_PACK_LIMITS.name),
  publisher: optionalDetail,
  /** Only an https address read and checked; without one, the page is named by its title. */
  url: clean(LOCAL_PACK_LIMITS.detail)
    .refine((v) => /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(v))
    .optional(),
  checked: day,
});

export const localPackSchema = z.strictObject({
  id,
  /** Whose pack it is: "Kirklees parent carer forum". */
  name: required(LOCAL_PACK_LIMITS.name),
  /** The language the pack is written in ("en", "cy"): read aloud in that language. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/)
    .optional(),
  /** A few words about the pack: who made it, what it covers, what was and was not checked. */
  about: clean(LOCAL_PACK_LIMITS.text).optional(),
  sources: z.array(packSourceSchema).max(10).optional(),
  /** When the pack was last changed: a newer copy of the same pack replaces an older one. */
  updatedAt: stamp,
  services: z.array(localServiceSchema).max(LOCAL_PACK_LIMITS.services),
});

export type LocalService = z.infer<typeof localServiceSchema>;
export type LocalPackRecord = z.infer<typeof localPackSchema>;

/** A pack item is stale when it was checked more than a year before today. */
export function isStale(checkedOn: string, today: string): boolean {
  return addMonths(checkedOn, 12) < today;
}

/** The day the pack's services were last checked (the latest), or undefined for an empty pack. */
export function packChecked(pack: LocalPackRecord): string | undefined {
  return pack.services.reduce<string | undefined>((latest, s) => (!latest || s.checkedOn > latest ? s.checkedOn : latest), undefined);
}

/** Every service of every pack for one council, with the pack it came from. */
export function servicesForCouncil(packs: readonly LocalPackRecord[], councilId: string): { pack: LocalPackRecord; service: LocalService }[] {
  return packs.flatMap((pack) => pack.services.filter((s) => s.councilId === councilId).map((service) => ({ pack, service })));
}

/** A pack id made from its name ("Kirklees parent forum" → "kirklees-parent-forum-x1y2"), unique enough to share. */
export function packIdFrom(name: string, suffix: string): string {
  const base = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  const tail = suffix.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 8) || 'pack';
  return base ? `${base}-${tail}` : tail;
}

/** The text of a pack's file. */
export function localPackFile(pack: LocalPackRecord): string {
  return JSON.stringify({ format: LOCAL_PACK_FORMAT, formatVersion: LOCAL_PACK_FORMAT_VERSION, pack });
}

export function localPackFileName(pack: LocalPackRecord): string {
  return `local-pack-${pack.id}-${pack.updatedAt.slice(0, 10)}.json`;
}

export type LocalPackFailure =
  /** Not a pack's file (a family's backup, a picture, another app's file). */
  | 'foreign'
  /** Made by a newer version of the app. */
  | 'newer'
  /** Too large to be a pack. */
  | 'too-big'
  /** A pack's file, but damaged or with something the app cannot take (a missing name, a bad date...). */
  | 'invalid';

export type LocalPackParse = { ok: true; pack: LocalPackRecord } | { ok: false; reason: LocalPackFailure };

/**
 * Reads a pack's file (or the text of its QR codes). Nothing here writes: the whole pack is checked
 * (limits, shape, dates, ids used once) and only then given back for the person to look at.
 */
export function parseLocalPackFile(text: string, knownCouncil: (id: string) => boolean = () => true): LocalPackParse {
  if (text.length > LOCAL_PACK_LIMITS.fileChars) return { ok: false, reason: 'too-big' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'foreign' };
  }
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== LOCAL_PACK_FORMAT) return { ok: false, reason: 'foreign' };
  const version = (json as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > LOCAL_PACK_FORMAT_VERSION) return { ok: false, reason: 'newer' };
  const envelope = z.strictObject({ format: z.literal(LOCAL_PACK_FORMAT), formatVersion: z.literal(LOCAL_PACK_FORMAT_VERSION), pack: z.unknown() }).safeParse(json);
  if (!envelope.success) return { ok: false, reason: 'invalid' };
  const services = (envelope.data.pack as { services?: unknown } | null)?.services;
  if (Array.isArray(services) && services.length > LOCAL_PACK_LIMITS.services) return { ok: false, reason: 'too-big' };
  const pack = localPackSchema.safeParse(envelope.data.pack);
  if (!pack.success) return { ok: false, reason: 'invalid' };
  const ids = new Set(pack.data.services.map((s) => s.id));
  if (ids.size !== pack.data.services.length) return { ok: false, reason: 'invalid' };
  if (pack.data.services.some((s) => !knownCouncil(s.councilId))) return { ok: false, reason: 'invalid' };
  return { ok: true, pack: pack.data };
}

/** What adding a pack that was read would do to the packs on this device. */
export type PackArrival = 'new' | 'newer' | 'same-or-older';
export function packArrival(incoming: LocalPackRecord, existing: readonly LocalPackRecord[]): PackArrival {
  const had = existing.find((p) => p.id === incoming.id);
  if (!had) return 'new';
  return Date.parse(incoming.updatedAt) > Date.parse(had.updatedAt) ? 'newer' : 'same-or-older';
}

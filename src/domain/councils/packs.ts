import { CONTACT_ROLES, type ContactRole } from '../contacts/types';
import { findContactDetails, normaliseDetail, sourceProblems, type ContactDetail, type ServiceSource } from './sources';

/**
 * A local pack: what one area's council and partners offer families, as data plus text.
 * The format is described for contributors in docs/local-packs.md.
 */
export const PACK_ITEM_KINDS = ['team', 'service', 'meeting', 'plan', 'pathway', 'information'] as const;
export type PackItemKind = (typeof PACK_ITEM_KINDS)[number];

export interface PackItem {
  /** lower-case-with-hyphens, unique in the pack. Text: items.<id>.name / .what / .how (+ optional .ask, .search) */
  id: string;
  kind: PackItemKind;
  /** The role to suggest when the family saves this as one of their contacts. */
  role?: ContactRole;
  /** Keys of the pack's `sources` that this item's facts come from. */
  sources: string[];
  /** Only details checked against a source. Seeds hold none, so the seed packs have none. */
  contacts?: ContactDetail[];
}

export interface LocalPack {
  /** The council id from src/content/councils.ts. */
  councilId: string;
  /** The i18next namespace with the pack's text: always `pack-<councilId>` (locales/<lang>/pack-<councilId>.json). */
  namespace: string;
  /** YYYY-MM-DD: when someone last checked the whole pack. */
  reviewed: string;
  sources: Record<string, ServiceSource>;
  items: PackItem[];
}

/** The text of one pack in one language, as loaded from its JSON file. */
export interface PackText {
  title?: unknown;
  intro?: unknown;
  items?: Record<string, Record<string, unknown> | undefined>;
  [key: string]: unknown;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const REQUIRED_ITEM_TEXT = ['name', 'what', 'how'] as const;
const OPTIONAL_ITEM_TEXT = ['ask', 'search'] as const;

const isText = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

/**
 * Everything wrong with a pack and its English text, in plain words. An empty list means the
 * pack is valid. `councilIds` is the set of known council ids.
 */
export function validatePack(pack: LocalPack, text: PackText | undefined, councilIds: ReadonlySet<string>): string[] {
  const p: string[] = [];
  const at = `pack ${pack.councilId}`;
  if (!councilIds.has(pack.councilId)) p.push(`${at}: "${pack.councilId}" is not a council id in src/content/councils.ts`);
  if (pack.namespace !== `pack-${pack.councilId}`) p.push(`${at}: namespace must be "pack-${pack.councilId}"`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pack.reviewed) || Number.isNaN(Date.parse(pack.reviewed))) {
    p.push(`${at}: reviewed must be a date (YYYY-MM-DD)`);
  }
  const sourceIds = Object.keys(pack.sources);
  if (sourceIds.length === 0) p.push(`${at}: needs at least one source`);
  for (const id of sourceIds) p.push(...sourceProblems(pack.sources[id], `${at} source ${id}`));
  if (pack.items.length === 0) p.push(`${at}: has no items`);

  const sourced = new Set<string>();
  const seen = new Set<string>();
  for (const item of pack.items) {
    const where = `${at} item ${item.id}`;
    if (!ID.test(item.id)) p.push(`${where}: id must be lower-case words joined by hyphens`);
    if (seen.has(item.id)) p.push(`${where}: id is used twice`);
    seen.add(item.id);
    if (!(PACK_ITEM_KINDS as readonly string[]).includes(item.kind)) p.push(`${where}: unknown kind "${item.kind}"`);
    if (item.role && !(CONTACT_ROLES as readonly string[]).includes(item.role)) p.push(`${where}: unknown role "${item.role}"`);
    if (item.sources.length === 0) p.push(`${where}: needs at least one source`);
    for (const s of item.sources) if (!pack.sources[s]) p.push(`${where}: source "${s}" is not in the pack's sources`);
    for (const c of item.contacts ?? []) {
      p.push(...sourceProblems(c.source, `${where} ${c.kind} ${c.value}`));
      if (!c.value?.trim()) p.push(`${where}: empty ${c.kind}`);
      sourced.add(normaliseDetail(c.value));
    }
  }

  if (!text) {
    p.push(`${at}: no text file locales/en/${pack.namespace}.json`);
    return p;
  }
  if (!isText(text.title)) p.push(`${at}: text needs "title"`);
  if (!isText(text.intro)) p.push(`${at}: text needs "intro"`);
  for (const item of pack.items) {
    const t = text.items?.[item.id];
    for (const key of REQUIRED_ITEM_TEXT) {
      if (!isText(t?.[key])) p.push(`${at} item ${item.id}: text needs "items.${item.id}.${key}"`);
    }
    for (const key of OPTIONAL_ITEM_TEXT) {
      if (t && key in t && !isText(t[key])) p.push(`${at} item ${item.id}: "items.${item.id}.${key}" is empty`);
    }
  }
  for (const id of Object.keys(text.items ?? {})) {
    if (!seen.has(id)) p.push(`${at}: text has items.${id} but the data file has no such item`);
  }
  for (const s of allStrings(text)) {
    for (const detail of findContactDetails(s)) {
      if (!sourced.has(normaliseDetail(detail))) {
        p.push(`${at}: the text states "${detail}", which is not a sourced contact detail of the pack`);
      }
    }
  }
  return p;
}

import { newId, nowIso } from '../ids';
import { CONTACT_ROLES, type ContactRecord, type ContactRole } from './types';

/** What the contact form edits: every field as typed (empty string = not given). */
export interface ContactDraft {
  role: ContactRole;
  name: string;
  organisation: string;
  phone: string;
  email: string;
  website: string;
  notes: string;
  /** '' = the whole family. */
  childId: string;
}

export type ContactField = keyof ContactDraft;
/** Error ids; the text is in services.json under `form.errors.<id>`. */
export type ContactError = 'nameMissing' | 'emailInvalid' | 'phoneInvalid' | 'roleInvalid';

export function emptyDraft(overrides: Partial<ContactDraft> = {}): ContactDraft {
  return { role: 'other', name: '', organisation: '', phone: '', email: '', website: '', notes: '', childId: '', ...overrides };
}

export function draftFrom(record: ContactRecord): ContactDraft {
  return {
    role: record.role,
    name: record.name,
    organisation: record.organisation ?? '',
    phone: record.phone ?? '',
    email: record.email ?? '',
    website: record.website ?? '',
    notes: record.notes ?? '',
    childId: record.childId ?? '',
  };
}

export function isContactRole(value: unknown): value is ContactRole {
  return typeof value === 'string' && (CONTACT_ROLES as readonly string[]).includes(value);
}

/**
 * Checks what the family typed. Only the name is needed; the rest is optional and only checked
 * when given, gently (phone numbers may be written in many ways).
 */
export function validateContact(draft: ContactDraft): Partial<Record<ContactField, ContactError>> {
  const errors: Partial<Record<ContactField, ContactError>> = {};
  if (!isContactRole(draft.role)) errors.role = 'roleInvalid';
  if (!draft.name.trim()) errors.name = 'nameMissing';
  const email = draft.email.trim();
  if (email && !mailtoHref(email)) errors.email = 'emailInvalid';
  const phone = draft.phone.trim();
  if (phone && (!/^[\d\s()+\-.]+$/.test(phone) || phone.replace(/\D/g, '').length < 3)) errors.phone = 'phoneInvalid';
  return errors;
}

const opt = (v: string) => {
  const t = v.trim();
  return t ? t : undefined;
};

/** The record to store: trims text, drops empty fields, keeps the id and createdAt of an existing record. */
export function toContactRecord(draft: ContactDraft, existing?: ContactRecord, now = nowIso()): ContactRecord {
  const record: ContactRecord = {
    id: existing?.id ?? newId(),
    role: draft.role,
    name: draft.name.trim(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  const optional = {
    organisation: opt(draft.organisation),
    phone: opt(draft.phone),
    email: opt(draft.email),
    website: opt(draft.website),
    notes: opt(draft.notes),
    childId: opt(draft.childId),
  };
  for (const [k, v] of Object.entries(optional)) if (v !== undefined) (record as unknown as Record<string, string>)[k] = v;
  return record;
}

const ROLE_ORDER = new Map(CONTACT_ROLES.map((r, i) => [r, i]));

/** Contacts in a steady order: by role (school first, as CONTACT_ROLES lists them), then by name. */
export function sortContacts(list: readonly ContactRecord[]): ContactRecord[] {
  return [...list].sort(
    (a, b) =>
      (ROLE_ORDER.get(a.role) ?? 99) - (ROLE_ORDER.get(b.role) ?? 99) ||
      a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }),
  );
}

/**
 * The contacts that matter for one child: the whole family's contacts plus that child's own.
 * Without a child id, every contact.
 */
export function contactsFor(list: readonly ContactRecord[], childId?: string, roles?: readonly ContactRole[]): ContactRecord[] {
  return sortContacts(
    list.filter((c) => (!childId || !c.childId || c.childId === childId) && (!roles || roles.includes(c.role))),
  );
}

/** A web address the family typed, made safe to link to (http/https only), or undefined. */
export function safeWebsiteHref(website: string | undefined): string | undefined {
  const w = website?.trim();
  if (!w || /\s/.test(w)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(w) ? w : `https://${w}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An email address as a mailto: link target, or undefined. Only a plain address: nothing that could
 * add a subject, a body or more recipients (`?`, `&`, `,`, `%`, `#`, `/`...), whatever a file held.
 */
export function mailtoHref(email: string | undefined): string | undefined {
  const e = email?.trim();
  if (!e || e.length > 254) return undefined;
  return /^[\p{L}\p{N}._+'-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u.test(e) ? `mailto:${e}` : undefined;
}

/** A phone number as a tel: link target (digits and a leading +), or undefined. */
export function telHref(phone: string | undefined): string | undefined {
  const digits = phone?.replace(/[^\d+]/g, '');
  return digits && digits.replace(/\D/g, '').length >= 3 ? `tel:${digits}` : undefined;
}

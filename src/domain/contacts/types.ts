/** Roles the family can give a contact; the text for each is in locales/<lang>/services.json (`roles.<id>`). */
export const CONTACT_ROLES = [
  'senco',
  'head-of-year',
  'class-teacher',
  'head-teacher',
  'attendance-officer',
  'gp',
  'camhs',
  'paediatrician',
  'educational-psychologist',
  'sendiass',
  'early-help',
  'social-worker',
  'council-send',
  'medical-needs',
  'local-offer',
  'other',
] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** A person or service the family deals with, typed by them. Stored in the `contacts` store. */
export interface ContactRecord {
  id: string;
  /** The family it belongs to (set by storage when first saved). */
  familyId?: string;
  role: ContactRole;
  /** The person's name or the service's name, as the family typed it. */
  name: string;
  organisation?: string;
  phone?: string;
  email?: string;
  /** A web address the family found and saved themselves. */
  website?: string;
  notes?: string;
  /** The child this contact is about, when it is not for the whole family. */
  childId?: string;
  createdAt: string;
  updatedAt: string;
}

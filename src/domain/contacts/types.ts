import type { contactSchema, RecordOf } from '../recordSchemas';

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

/** A person or service the family deals with, typed by them. Stored in the `contacts` store (its schema: `contactSchema`). */
export type ContactRecord = RecordOf<typeof contactSchema>;

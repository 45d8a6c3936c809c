/** A person or service the family deals with, typed by them. Stored in the `contacts` store. */
export interface ContactRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

/** A letter the family drafted. Stored in the `letters` store; refined by the letters feature. */
export interface LetterRecord {
  id: string;
  childId: string;
  templateId: string;
  createdAt: string;
  updatedAt: string;
  [field: string]: unknown;
}

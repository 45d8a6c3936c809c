import { cleanDetails, type ChildDetails } from '../questionnaire/types';
import type { LetterRecord } from './types';

/** The details a letter's sender lines can give: who signs it, and the address at its top. */
export type SenderField = 'fullName' | 'parentName' | 'parentAddress';

/** The details field that holds the name a letter is signed with: the young person's own, or the parent's. */
export const signerField = (self: boolean): 'fullName' | 'parentName' => (self ? 'fullName' : 'parentName');

export interface KnownDetails {
  /** The saved details, with what a letter told us put in where they were blank. */
  details: ChildDetails;
  /** The fields filled in from a letter (not saved as details yet). */
  fromLetters: SenderField[];
}

/**
 * The details for a child, with the name and address the family typed into a letter offered where
 * the saved details are blank: a family that started with a letter is not asked for them again.
 * The latest letter with the line filled in wins. `self`: the young person signs with their own
 * name (the details' full name), as their letters do.
 */
export function knownDetails(saved: ChildDetails | undefined, letters: readonly LetterRecord[], childId: string | undefined, self: boolean): KnownDetails {
  const details = cleanDetails(saved);
  const fromLetters: SenderField[] = [];
  const mine = letters.filter((l) => !childId || !l.childId || l.childId === childId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const offer = (field: SenderField, line: (l: LetterRecord) => string) => {
    if (details[field]) return;
    const found = mine.map((l) => line(l).trim()).find(Boolean);
    if (!found) return;
    details[field] = found;
    fromLetters.push(field);
  };
  offer(signerField(self), (l) => l.senderName);
  offer('parentAddress', (l) => l.senderAddress);
  return { details, fromLetters };
}

/** What a letter's blank sender lines can be filled with from the details known now (nothing when none). */
export function senderFill(letter: Pick<LetterRecord, 'senderName' | 'senderAddress'>, details: ChildDetails, self: boolean): Partial<Pick<LetterRecord, 'senderName' | 'senderAddress'>> {
  const fill: Partial<Pick<LetterRecord, 'senderName' | 'senderAddress'>> = {};
  const name = details[signerField(self)]?.trim();
  const address = details.parentAddress?.trim();
  if (!letter.senderName.trim() && name) fill.senderName = name;
  if (!letter.senderAddress.trim() && address) fill.senderAddress = address;
  return fill;
}

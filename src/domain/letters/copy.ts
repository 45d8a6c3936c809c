import type { LetterDraft, LetterRecord } from './types';

/** One part of the family's copy: in their language, or the family's own words where they changed it. */
export interface CopyPart {
  text: string;
  /** The family wrote or changed this part: it is shown as it is in the letter, not translated. */
  own: boolean;
}

export interface LetterCopyView {
  language: string;
  recipient: CopyPart;
  subject: CopyPart;
  greeting: CopyPart;
  paragraphs: CopyPart[];
  signOff: CopyPart;
}

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * The family's copy of a letter as it stands now, kept in step with every edit: each part still as
 * drafted shows its translation; a part the family changed or added shows their words as they are
 * in the letter (marked `own`); a paragraph they removed is gone from the copy too; moved paragraphs
 * keep their translation. `undefined` when the letter has no copy (written in the family's language).
 */
export function copyOf(letter: LetterRecord): LetterCopyView | undefined {
  const copy = letter.copy;
  if (!copy) return undefined;
  const part = (now: string, drafted: string, translated: string): CopyPart =>
    same(now, drafted) ? { text: translated, own: false } : { text: now, own: true };
  const used = new Set<number>();
  const paragraphs = letter.paragraphs
    .filter((p) => p.trim())
    .map((p) => {
      const at = copy.drafted.paragraphs.findIndex((d, i) => !used.has(i) && same(p, d));
      if (at < 0 || copy.draft.paragraphs[at] === undefined) return { text: p, own: true };
      used.add(at);
      return { text: copy.draft.paragraphs[at]!, own: false };
    });
  const field = (name: keyof Omit<LetterDraft, 'paragraphs'>) => part(letter[name], copy.drafted[name], copy.draft[name]);
  return {
    language: copy.language,
    recipient: field('recipient'),
    subject: field('subject'),
    greeting: field('greeting'),
    paragraphs,
    signOff: field('signOff'),
  };
}

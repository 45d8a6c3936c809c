import { describe, expect, it } from 'vitest';
import { copyOf } from '../../../src/domain/letters/copy';
import type { LetterRecord } from '../../../src/domain/letters/types';

const NOW = '2026-11-01T10:00:00.000Z';
const english = { recipient: 'The head teacher', subject: 'Support for Sam', greeting: 'Dear Sir or Madam,', paragraphs: ['First.', 'Second.', 'Third.'], signOff: 'Yours faithfully,' };
const polish = { recipient: 'Dyrektor szkoły', subject: 'Wsparcie dla Sama', greeting: 'Szanowni Państwo,', paragraphs: ['Pierwszy.', 'Drugi.', 'Trzeci.'], signOff: 'Z poważaniem,' };
const letter = (change: Partial<LetterRecord> = {}): LetterRecord => ({
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: NOW, updatedAt: NOW, nation: 'england', senderName: 'Ann', senderAddress: '',
  ...english, language: 'en', copy: { language: 'pl', draft: polish, drafted: english }, ...change,
});

describe("the family's copy of a letter", () => {
  it('is the letter in their language while nothing has changed', () => {
    const copy = copyOf(letter())!;
    expect(copy.language).toBe('pl');
    expect(copy.subject).toEqual({ text: 'Wsparcie dla Sama', own: false });
    expect(copy.paragraphs.map((p) => p.text)).toEqual(['Pierwszy.', 'Drugi.', 'Trzeci.']);
    expect(copy.paragraphs.every((p) => !p.own)).toBe(true);
  });

  it('follows every edit: a changed part shows the family’s words, a removed one goes, a moved one keeps its translation', () => {
    const copy = copyOf(letter({ subject: 'Sam’s support', paragraphs: ['Third.', 'First.', 'A new paragraph I wrote.'] }))!;
    expect(copy.subject).toEqual({ text: 'Sam’s support', own: true });
    expect(copy.paragraphs).toEqual([
      { text: 'Trzeci.', own: false },
      { text: 'Pierwszy.', own: false },
      { text: 'A new paragraph I wrote.', own: true },
    ]);
    expect(copy.greeting.own).toBe(false);
  });

  it('shows a paragraph written twice as two, each translated once', () => {
    const copy = copyOf(letter({ paragraphs: ['First.', 'First.'] }))!;
    expect(copy.paragraphs).toEqual([{ text: 'Pierwszy.', own: false }, { text: 'First.', own: true }]);
  });

  it('is not there for a letter written in the family’s own language', () => {
    expect(copyOf(letter({ copy: undefined }))).toBeUndefined();
  });
});

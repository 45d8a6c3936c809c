import { describe, expect, it } from 'vitest';
import { mapCaret, mergeText } from '../../../src/domain/merge';

/** Puts the caret (`|`) of `before` where mapCaret says it goes in `after`. */
function caretAfter(beforeWithCaret: string, after: string): string {
  const offset = beforeWithCaret.indexOf('|');
  const before = beforeWithCaret.replace('|', '');
  const at = mapCaret(before, after, offset);
  return `${after.slice(0, at)}|${after.slice(at)}`;
}

describe('the caret when the other tab’s words are merged in', () => {
  it('moves on by what was put in before it', () => {
    expect(caretAfter('Hello| world', 'Oh Hello world')).toBe('Oh Hello| world');
  });
  it('stays where it is when words were put in after it', () => {
    expect(caretAfter('Hello| world', 'Hello world and more')).toBe('Hello| world and more');
  });
  it('stays in the person’s own word when text goes in before and after it at once', () => {
    expect(caretAfter('We want| help', 'Today we want| help now'.replace('|', ''))).toBe('Today we want| help now');
  });
  it('stays before words the other tab put right where the person was typing', () => {
    expect(caretAfter('First. alpha|', 'First. alpha beta')).toBe('First. alpha| beta');
  });
  it('moves back by what was taken out before it', () => {
    expect(caretAfter('one two three|', 'one three')).toBe('one three|');
  });
  it('goes to where the words were when the text around it was taken out', () => {
    expect(caretAfter('one xy|z three', 'one three')).toBe('one |three');
  });
  it('counts characters outside the basic plane as the text box does', () => {
    expect(caretAfter('😀 hi|', '😀😀 hi')).toBe('😀😀 hi|');
  });
  it('keeps typing together through a merge: the next keys land where the person was', () => {
    // Tab A has "Dear all, we" with the caret after "we"; tab B's " Thanks." arrives at the end,
    // and "Hi. " at the start; A goes on typing " ask" at the caret.
    const base = 'Dear all, we';
    const theirs = 'Hi. Dear all, we Thanks.';
    const mine = base;
    const merged = mergeText(base, mine, theirs);
    const at = mapCaret(mine, merged, mine.length);
    const typed = `${merged.slice(0, at)} ask${merged.slice(at)}`;
    expect(typed).toBe('Hi. Dear all, we ask Thanks.');
  });
  it('handles a caret past the end and empty text', () => {
    expect(mapCaret('', 'abc', 0)).toBe(0);
    expect(mapCaret('abc', '', 3)).toBe(0);
    expect(mapCaret('abc', 'abc', 10)).toBe(3);
  });
});

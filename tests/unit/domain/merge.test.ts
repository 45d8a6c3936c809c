import { describe, expect, it } from 'vitest';
import { merge3, mergeText } from '../../../src/domain/merge';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('one merge for every editor', () => {
  it('keeps words typed in two places of one text', () => {
    expect(mergeText('We met the school.', 'We met the school on Monday.', 'Today we met the school.')).toBe(
      'Today we met the school on Monday.',
    );
  });

  it('keeps both sides’ words when both changed the same words', () => {
    const merged = mergeText('He is fine', 'He is anxious', 'He is tired');
    expect(merged).toBe('He is anxious tired');
  });

  it('loses no word when two people type alternately in one box', () => {
    let base = '';
    let a = '';
    let b = '';
    for (let i = 0; i < 8; i++) {
      a = `${a} alpha${i}`.trim();
      b = `${b} beta${i}`.trim();
      const merged = mergeText(base, a, b);
      base = a = b = merged;
    }
    for (let i = 0; i < 8; i++) expect(words(base)).toEqual(expect.arrayContaining([`alpha${i}`, `beta${i}`]));
  });

  it('merges records field by field and lists item by item', () => {
    const base = { name: 'Ms Patel', notes: '', items: [{ id: 'a', text: 'one' }] };
    const mine = { name: 'Ms Patel', notes: 'Call on Tuesdays', items: [{ id: 'a', text: 'one' }, { id: 'b', text: 'two' }] };
    const theirs = { name: 'Mrs Patel', notes: '', items: [{ id: 'a', text: 'one more' }, { id: 'c', text: 'three' }] };
    expect(merge3(base, mine, theirs)).toEqual({
      name: 'Mrs Patel',
      notes: 'Call on Tuesdays',
      items: [{ id: 'a', text: 'one more' }, { id: 'c', text: 'three' }, { id: 'b', text: 'two' }],
    });
  });

  it('drops an item removed on one side only when the other side left it alone', () => {
    const base = { items: [{ id: 'a', text: 'x' }, { id: 'b', text: 'y' }] };
    expect(merge3(base, { items: [{ id: 'b', text: 'y' }] }, base)).toEqual({ items: [{ id: 'b', text: 'y' }] });
    expect(merge3(base, { items: [{ id: 'b', text: 'y' }] }, { items: [{ id: 'a', text: 'x changed' }, { id: 'b', text: 'y' }] })).toEqual({
      items: [{ id: 'a', text: 'x changed' }, { id: 'b', text: 'y' }],
    });
  });

  it('merges a letter’s paragraphs one by one, and fields added or cleared on one side', () => {
    const base = { paragraphs: ['Dear', 'Body'], sentOn: undefined as string | undefined };
    const mine = { paragraphs: ['Dear Sir', 'Body'], sentOn: '2026-01-02' };
    const theirs = { paragraphs: ['Dear', 'Body text'] };
    expect(merge3(base, mine, theirs as typeof mine)).toEqual({ paragraphs: ['Dear Sir', 'Body text'], sentOn: '2026-01-02' });
  });

  it('does not stall or throw on long and odd text', () => {
    const long = 'word '.repeat(20_000);
    const start = performance.now();
    const merged = mergeText(long, `${long}mine`, `theirs ${long}`);
    expect(merged.startsWith('theirs ')).toBe(true);
    expect(merged.endsWith('mine')).toBe(true);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(() => merge3({ a: 1 }, { a: [1, { b: 2 }] }, { a: 'x' })).not.toThrow();
  });
});

describe('single values are never joined', () => {
  it('keeps one date, one id and one choice where both sides changed them', () => {
    const base = { id: 'l1', sentOn: '2026-01-01', updatedAt: '2026-01-01T09:00:00.000Z', role: 'gp', name: '' };
    const mine = { ...base, sentOn: '2026-01-02', updatedAt: '2026-01-01T09:02:00.000Z', role: 'senco', name: 'Ann' };
    const theirs = { ...base, sentOn: '2026-01-03', updatedAt: '2026-01-01T09:01:00.000Z', role: 'camhs', name: 'Bo' };
    expect(merge3(base, mine, theirs)).toEqual({ ...mine, name: 'Ann Bo' });
  });
});

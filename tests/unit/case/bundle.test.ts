import { describe, expect, it } from 'vitest';
import { EMPTY_BUNDLE, mondayOf, moveItem, pageNumbers, refParts, toggleItem, weekRef } from '../../../src/domain/case/bundle';

describe('the evidence bundle', () => {
  it('adds items in the order chosen, moves them, and takes an item out of every ask’s evidence when it is removed', () => {
    let b = toggleItem(toggleItem(toggleItem(EMPTY_BUNDLE, 'log:a'), 'report:r'), weekRef('2026-03-02'));
    expect(b.items).toEqual(['log:a', 'report:r', 'diary:week:2026-03-02']);
    b = moveItem(b, 2, -1);
    expect(b.items).toEqual(['log:a', 'diary:week:2026-03-02', 'report:r']);
    expect(moveItem(b, 0, -1)).toBe(b);
    expect(moveItem(b, 2, 1)).toBe(b);
    b = { ...b, asks: [{ id: 'x', text: 'A TA every morning', evidence: ['log:a', 'report:r'] }] };
    b = toggleItem(b, 'report:r');
    expect(b.items).toEqual(['log:a', 'diary:week:2026-03-02']);
    expect(b.asks[0]?.evidence).toEqual(['log:a']);
  });

  it('finds the Monday of any day, and reads a reference', () => {
    expect(mondayOf('2026-03-04')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(refParts('diary:week:2026-03-02')).toEqual({ kind: 'diary', id: 'week:2026-03-02' });
    expect(refParts('nonsense')).toBeUndefined();
  });

  it('gives each item the page it starts on, every item on a new page after the front pages', () => {
    // Front pages 1.5 pages high (2 pages); items of half a page, 2.3 pages and nothing measured yet.
    expect(pageNumbers(1500, [500, 2300, 0], 1000)).toEqual({ starts: [3, 4, 7], total: 7 });
    expect(pageNumbers(0, [], 1000)).toEqual({ starts: [], total: 1 });
  });
});

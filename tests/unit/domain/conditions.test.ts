import { describe, expect, it } from 'vitest';
import { explain, matches, type Condition } from '../../../src/domain/conditions';

const answers = { nation: 'england', barriers: ['anxiety', 'bullying'], missed: 'most', name: 'Sam' };

describe('conditions over answers', () => {
  it('matches a single answer and a choice inside a multiple answer', () => {
    expect(matches({ q: 'missed', is: 'most' }, answers)).toBe(true);
    expect(matches({ q: 'barriers', is: 'bullying' }, answers)).toBe(true);
    expect(matches({ q: 'barriers', is: 'send' }, answers)).toBe(false);
    expect(matches({ q: 'unasked', is: 'x' }, answers)).toBe(false);
  });

  it('matches any of several values and any answer at all', () => {
    expect(matches({ q: 'missed', anyOf: ['all', 'most'] }, answers)).toBe(true);
    expect(matches({ q: 'name', answered: true }, answers)).toBe(true);
    expect(matches({ q: 'other', answered: true }, answers)).toBe(false);
    expect(matches({ q: 'other', answered: true }, { other: '' })).toBe(false);
  });

  it('knows the nation', () => {
    expect(matches({ nation: ['england', 'wales'] }, answers)).toBe(true);
    expect(matches({ nation: ['scotland'] }, answers)).toBe(false);
    expect(matches({ nation: ['scotland'] }, {})).toBe(false);
  });

  it('combines with all, any and not', () => {
    const c: Condition = { all: [{ nation: ['england'] }, { any: [{ q: 'barriers', is: 'send' }, { q: 'barriers', is: 'anxiety' }] }, { not: { q: 'missed', is: 'none' } }] };
    expect(matches(c, answers)).toBe(true);
    expect(matches({ not: c }, answers)).toBe(false);
    expect(matches({ all: [{ nation: ['wales'] }, { q: 'missed', is: 'most' }] }, answers)).toBe(false);
  });

  it('explains which answers made it true, merged by question, and never cites a "not"', () => {
    const c: Condition = { any: [{ q: 'barriers', is: 'anxiety' }, { q: 'barriers', is: 'bullying' }, { q: 'missed', is: 'most' }, { not: { q: 'name', is: 'Alex' } }] };
    expect(explain(c, answers)).toEqual([
      { questionId: 'barriers', values: ['anxiety', 'bullying'] },
      { questionId: 'missed', values: ['most'] },
    ]);
    expect(explain({ q: 'barriers', is: 'send' }, answers)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { fillEmpty } from '../../../src/domain/plan/prefill';
import { emptyContent, type PlanContent, type PlanRecord } from '../../../src/domain/plan/types';

const NOW = '2026-11-01T10:00:00.000Z';
const plan = (content: Partial<PlanContent>, closed = false): PlanRecord => ({
  id: 'p1', childId: 'c1', createdAt: NOW, updatedAt: NOW,
  cycles: [{ number: 1, startedAt: NOW, content: { ...emptyContent(), ...content }, ...(closed ? { closedAt: NOW } : {}) }],
});
const answers: PlanContent = {
  ...emptyContent(),
  barriers: [{ id: 'b1', text: 'Anxiety' }],
  childHard: 'The noise.',
  helped: 'A quiet room.',
  tried: [{ id: 't1', text: 'Talked to the SENCo' }],
};

describe('a blank plan filled from answers given later', () => {
  it('fills only the parts that are still empty and keeps every word the family typed', () => {
    const typed = plan({ childHard: 'Crowds at lunch.', strengths: [{ id: 's1', text: 'Kind' }], helped: '  ' });
    const after = fillEmpty(typed, answers, '2026-11-02T10:00:00.000Z');
    const content = after.cycles[0]!.content;
    expect(content.childHard).toBe('Crowds at lunch.');
    expect(content.strengths).toEqual([{ id: 's1', text: 'Kind' }]);
    expect(content.barriers).toEqual([{ id: 'b1', text: 'Anxiety' }]);
    expect(content.tried).toEqual([{ id: 't1', text: 'Talked to the SENCo' }]);
    expect(content.helped).toBe('A quiet room.');
    expect(after.updatedAt).toBe('2026-11-02T10:00:00.000Z');
  });

  it('changes nothing when every part is filled or the cycle is closed', () => {
    const full = plan({ barriers: [{ id: 'x', text: 'Mine' }], childHard: 'a', helped: 'b', tried: [{ id: 'y', text: 'c' }] });
    expect(fillEmpty(full, answers)).toBe(full);
    const closed = plan({}, true);
    expect(fillEmpty(closed, answers)).toBe(closed);
  });
});

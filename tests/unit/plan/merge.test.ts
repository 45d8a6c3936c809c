import { describe, expect, it } from 'vitest';
import { mergePlan } from '../../../src/domain/plan/merge';
import { startNextCycle, updateContent } from '../../../src/domain/plan/review';
import { currentCycle, emptyContent, type PlanRecord } from '../../../src/domain/plan/types';

const T0 = '2026-01-05T09:00:00.000Z';
const T1 = '2026-01-05T09:01:00.000Z';
const T2 = '2026-01-05T09:02:00.000Z';

const base: PlanRecord = {
  id: 'p1',
  childId: 'c1',
  createdAt: T0,
  updatedAt: T0,
  cycles: [{ number: 1, startedAt: T0, content: { ...emptyContent(), barriers: [{ id: 'b1', text: 'Noise' }] } }],
};

describe('the same plan changed in two tabs', () => {
  it('keeps the words typed in each tab when they changed different parts', () => {
    const theirs = updateContent(base, (c) => ({ ...c, interests: 'Drawing' }), T1);
    const ours = updateContent(base, (c) => ({ ...c, enjoys: 'Football' }), T2);
    const merged = mergePlan(base, ours, theirs);
    expect(currentCycle(merged).content).toMatchObject({ interests: 'Drawing', enjoys: 'Football' });
    expect(merged.updatedAt).toBe(T2);
  });

  it('takes the other tab’s version whole when nothing was typed here', () => {
    const theirs = updateContent(base, (c) => ({ ...c, barriers: [] }), T1);
    expect(mergePlan(base, base, theirs)).toBe(theirs);
  });

  it('keeps both tabs’ words when both typed in the same box', () => {
    const theirs = updateContent(base, (c) => ({ ...c, interests: 'Drawing' }), T1);
    const ours = updateContent(base, (c) => ({ ...c, interests: 'Dinosaurs' }), T2);
    expect(currentCycle(mergePlan(base, ours, theirs)).content.interests).toBe('Dinosaurs Drawing');
  });

  it('keeps both tabs’ words typed in two items of one list at the same time', () => {
    const two = updateContent(base, (c) => ({ ...c, barriers: [...c.barriers, { id: 'b2', text: 'Crowds' }] }), T1);
    const theirs = updateContent(two, (c) => ({ ...c, barriers: c.barriers.map((b) => (b.id === 'b1' ? { ...b, text: 'Noise at lunch' } : b)) }), T2);
    const ours = updateContent(two, (c) => ({ ...c, barriers: c.barriers.map((b) => (b.id === 'b2' ? { ...b, text: 'Crowds in corridors' } : b)) }), T2);
    expect(currentCycle(mergePlan(two, ours, theirs)).content.barriers.map((b) => b.text)).toEqual(['Noise at lunch', 'Crowds in corridors']);
  });

  it('puts this tab’s typing into the new cycle when a review was finished in the other tab', () => {
    const review = { worked: 'Side door', notWorked: '', steps: '' };
    const theirs = startNextCycle(base, review, T1);
    const ours = updateContent(base, (c) => ({ ...c, parentVoice: 'We want to work together' }), T2);
    const merged = mergePlan(base, ours, theirs);
    expect(merged.cycles.map((c) => c.number)).toEqual([1, 2]);
    expect(merged.cycles[0]?.review).toEqual(review);
    expect(currentCycle(merged).content.parentVoice).toBe('We want to work together');
  });
});

import { describe, expect, it } from 'vitest';
import { startNextCycle, updateContent, updateReview, hasReview } from '../../../src/domain/plan/review';
import { currentCycle, earlierCycles, emptyContent, type PlanRecord } from '../../../src/domain/plan/types';

const T0 = '2026-01-05T09:00:00.000Z';
const T1 = '2026-02-16T09:00:00.000Z';

function plan(): PlanRecord {
  return {
    id: 'p1',
    childId: 'c1',
    createdAt: T0,
    updatedAt: T0,
    cycles: [
      {
        number: 1,
        startedAt: T0,
        content: {
          ...emptyContent(),
          barriers: [{ id: 'b1', text: 'Noise' }],
          actions: [
            { id: 'a1', what: 'Quiet room at lunch', who: 'SENCo', byWhen: '2026-01-20', status: 'done' },
            { id: 'a2', what: 'Referral to OT', who: 'GP', byWhen: '', status: 'in-progress' },
          ],
          meetingNotes: 'Met Mrs K',
          nextReview: '2026-02-16',
        },
      },
    ],
  };
}

describe('review cycles', () => {
  it('a review closes the cycle with what worked, what did not and the small steps, and opens the next', () => {
    const review = { worked: 'Quiet room', notWorked: 'Mornings still hard', steps: 'Went in for one lesson' };
    const next = startNextCycle(updateReview(plan(), review, T1), review, T1);
    expect(next.cycles).toHaveLength(2);
    const [first, second] = next.cycles;
    expect(first).toMatchObject({ number: 1, closedAt: T1, review });
    expect(first!.content.meetingNotes).toBe('Met Mrs K');
    expect(second).toMatchObject({ number: 2, startedAt: T1 });
    expect(currentCycle(next).number).toBe(2);
    expect(earlierCycles(next).map((c) => c.number)).toEqual([1]);
  });

  it('carries the plan forward without finished actions, old notes or the old review date', () => {
    const next = startNextCycle(plan(), { worked: 'x', notWorked: '', steps: '' }, T1);
    const content = currentCycle(next).content;
    expect(content.barriers.map((b) => b.text)).toEqual(['Noise']);
    expect(content.actions.map((a) => a.what)).toEqual(['Referral to OT']);
    expect(content.meetingNotes).toBe('');
    expect(content.nextReview).toBe('2026-03-30');
    expect(currentCycle(next).review).toBeUndefined();
  });

  it('edits after a review change only the new cycle, never the reviewed one', () => {
    const next = startNextCycle(plan(), { worked: 'x', notWorked: '', steps: '' }, T1);
    const edited = updateContent(next, (c) => ({ ...c, barriers: [{ id: 'b1', text: 'Noise at lunch' }] }), T1);
    expect(edited.cycles[0]!.content.barriers[0]!.text).toBe('Noise');
    expect(edited.cycles[1]!.content.barriers[0]!.text).toBe('Noise at lunch');
  });

  it('keeps three cycles in order after two reviews', () => {
    const r = { worked: 'a', notWorked: 'b', steps: 'c' };
    const third = startNextCycle(startNextCycle(plan(), r, T1), r, '2026-03-30T09:00:00.000Z');
    expect(third.cycles.map((c) => c.number)).toEqual([1, 2, 3]);
    expect(earlierCycles(third).map((c) => c.number)).toEqual([2, 1]);
  });

  it('counts a review as started only once something is written in it', () => {
    expect(hasReview(undefined)).toBe(false);
    expect(hasReview({ worked: ' ', notWorked: '', steps: '' })).toBe(false);
    expect(hasReview({ worked: '', notWorked: '', steps: 'Attended one session' })).toBe(true);
  });
});

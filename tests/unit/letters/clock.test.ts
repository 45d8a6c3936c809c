import { describe, expect, it } from 'vitest';
import { milestonesFor, splitByToday, statutoryClock } from '../../../src/domain/letters/clock';
import type { LetterRecord } from '../../../src/domain/letters/types';
import { clockFor, clockOf } from '../../../src/content/letters';

const letter = (over: Partial<LetterRecord>): LetterRecord => ({
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: '', updatedAt: '', nation: 'england',
  senderName: '', senderAddress: '', recipient: '', subject: '', greeting: '', paragraphs: [], signOff: '', ...over,
});

describe('the statutory clock for an EHC needs assessment request', () => {
  it('gives the 6, 16 and 20 week dates from the day the request was sent', () => {
    const m = statutoryClock('ehc-request', '2026-01-05');
    expect(m.map((x) => [x.id, x.date])).toEqual([
      ['decide-assess', '2026-02-16'],
      ['not-issue', '2026-04-27'],
      ['final-plan', '2026-05-25'],
    ]);
    expect(m.every((x) => x.kind === 'statutory' && x.basisKey)).toBe(true);
  });

  it('adds 15 days to comment on a draft plan, and 2 months from a decision letter, when those dates are recorded', () => {
    const m = statutoryClock('ehc-request', '2026-01-05', { draftOn: '2026-04-20', decisionOn: '2025-12-31' });
    expect(m.find((x) => x.id === 'draft-comments')?.date).toBe('2026-05-05');
    // 31 December + 2 months is the end of February.
    expect(m.find((x) => x.id === 'mediation')?.date).toBe('2026-02-28');
    expect(m.map((x) => x.date)).toEqual([...m.map((x) => x.date)].sort());
  });

  it('gives letters with no legal deadline only a reminder, never a statutory date', () => {
    const m = statutoryClock('none', '2026-03-20');
    expect(m).toEqual([{ id: 'follow-up', date: '2026-04-03', kind: 'reminder', textKey: 'clock.follow-up' }]);
  });

  it('collects dates from sent letters only, soonest first, and splits them around today', () => {
    const all = milestonesFor(
      [letter({ id: 'a', sentOn: '2026-01-05' }), letter({ id: 'b' }), letter({ id: 'c', templateId: 'bullying', sentOn: '2026-02-01' })],
      (l) => clockOf(l.templateId),
    );
    expect(all.map((m) => `${m.letterId}:${m.id}:${m.date}`)).toEqual([
      'c:follow-up:2026-02-15',
      'a:decide-assess:2026-02-16',
      'a:not-issue:2026-04-27',
      'a:final-plan:2026-05-25',
    ]);
    const { upcoming, past } = splitByToday(all, '2026-02-16');
    expect(upcoming.map((m) => m.id)).toEqual(['decide-assess', 'not-issue', 'final-plan']);
    expect(past.map((m) => m.id)).toEqual(['follow-up']);
  });

  it('starts the statutory EHC clock for a parent or a young person of 16 or over, but not for an under-16 writing for themselves', () => {
    expect(clockFor('ehc-request', { nation: 'england', role: 'parent' })).toBe('ehc-request');
    expect(clockFor('ehc-request', { nation: 'england', role: 'young-person', 'age-stage': 'post-16' })).toBe('ehc-request');
    expect(clockFor('ehc-request', { nation: 'england', role: 'young-person', 'age-stage': 'secondary' })).toBe('none');
    expect(clockFor('ehc-request', { nation: 'england', role: 'young-person' })).toBe('none');
    expect(clockFor('bullying', { nation: 'england', role: 'parent' })).toBe('none');
    const young = milestonesFor([letter({ id: 'y', sentOn: '2026-01-05' })], () => clockFor('ehc-request', { role: 'young-person', 'age-stage': 'secondary' }));
    expect(young.map((m) => m.kind)).toEqual(['reminder']);
  });
});

import { describe, expect, it } from 'vitest';
import { caseModel } from '../../../src/content/case';
import { caseLetterDates } from '../../../src/domain/case/letterDates';
import { aCase } from '../../support/builders';

const model = (c: { request: Parameters<typeof caseModel>[0] }) => caseModel(c.request);
const event = (kind: string, on: string) => ({ id: `${kind}-${on}`, kind, on, createdAt: '2026-11-01T10:00:00.000Z' });

describe('the dates a next letter takes from what the family recorded on a request', () => {
  it('England: the request, the refusal to assess (a decision the family may dispute) and nothing else', () => {
    const c = aCase({ request: 'ehc', events: [event('requested', '2026-09-01'), event('assess-no', '2026-10-13')] });
    expect(caseLetterDates([c], 'c1', model)).toEqual({ requestDate: '2026-09-01', decisionDate: '2026-10-13' });
  });

  it('England: the latest draft, and a final plan as the decision that can be appealed', () => {
    const c = aCase({
      request: 'ehc',
      events: [event('requested', '2026-01-05'), event('assess-yes', '2026-02-10'), event('draft', '2026-05-01'), event('final', '2026-05-20')],
    });
    expect(caseLetterDates([c], 'c1', model)).toEqual({ requestDate: '2026-01-05', decisionDate: '2026-05-20', draftDate: '2026-05-01' });
  });

  it('Northern Ireland: the proposed statement is the draft; another child’s request is never used', () => {
    const mine = aCase({ request: 'ni-statutory', events: [event('requested', '2026-03-02'), event('proposed', '2026-08-14')] });
    const theirs = aCase({ id: 'case2', childId: 'c2', request: 'ni-statutory', events: [event('assess-no', '2026-11-01')] });
    expect(caseLetterDates([mine, theirs], 'c1', model)).toEqual({ requestDate: '2026-03-02', draftDate: '2026-08-14' });
  });

  it('says nothing when nothing was recorded', () => {
    expect(caseLetterDates([aCase({ events: [] })], 'c1', model)).toEqual({});
  });
});

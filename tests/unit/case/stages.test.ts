import { describe, expect, it } from 'vitest';
import { CASE_MODELS } from '../../../src/content/case';
import { caseMilestones, caseView, moveSenAppealDay, withinDays } from '../../../src/domain/case/model';
import type { CaseEvent, CaseRequest } from '../../../src/domain/case/types';

let n = 0;
const e = (kind: string, on: string): CaseEvent => ({ id: `e${++n}`, kind, on, createdAt: `2026-01-01T00:00:${String(n % 60).padStart(2, '0')}.000Z` });
const view = (request: CaseRequest, events: CaseEvent[], today = '2026-01-01') => caseView(CASE_MODELS[request], events, today);
const dates = (request: CaseRequest, events: CaseEvent[], today = '2026-01-01') => Object.fromEntries(view(request, events, today).dates.map((d) => [d.id, d.date]));
const statuses = (request: CaseRequest, events: CaseEvent[]) => view(request, events).stages.map((s) => `${s.id}:${s.status}`);

describe('England: EHC needs assessment', () => {
  it('counts 6 weeks for the decision whether to assess from the day the request was received', () => {
    expect(dates('ehc', [e('requested', '2026-03-02')])).toEqual({ 'decide-assess': '2026-04-13' });
    expect(statuses('ehc', [e('requested', '2026-03-02')])).toEqual(['request:done', 'decide:now', 'assessment:next', 'draft:later', 'final:later', 'review:later']);
  });

  it('after a yes, gives 16 and 20 weeks from the request, not from the yes', () => {
    expect(dates('ehc', [e('requested', '2026-03-02'), e('assess-yes', '2026-04-01')])).toEqual({ 'not-issue': '2026-06-22', 'final-plan': '2026-07-20' });
  });

  it('gives 15 days beginning with the date on the covering letter of a draft (last day +14), with the 20 weeks still standing', () => {
    const d = dates('ehc', [e('requested', '2026-01-05'), e('assess-yes', '2026-02-10'), e('draft', '2026-04-20')]);
    expect(d).toEqual({ 'draft-comments': '2026-05-04', 'final-plan': '2026-05-25' });
    expect(view('ehc', [e('requested', '2026-01-05'), e('draft', '2026-04-20')]).letter).toBe('draft-comments');
  });

  it('a draft dated at a month end runs into the next month, in leap years too', () => {
    expect(dates('ehc', [e('draft', '2028-02-20')])['draft-comments']).toBe('2028-03-05');
    expect(dates('ehc', [e('draft', '2027-02-20')])['draft-comments']).toBe('2027-03-06');
  });

  it('a refusal to assess leads to mediation and appeal dates 2 months from the date the decision was sent, and to the mediation letter', () => {
    const v = view('ehc', [e('requested', '2026-01-05'), e('assess-no', '2026-02-13')]);
    expect(v.disagreement).toBe(true);
    expect(v.letter).toBe('mediation');
    expect(Object.fromEntries(v.dates.map((d) => [d.id, d.date]))).toEqual({ mediation: '2026-04-13', appeal: '2026-04-13' });
  });

  it('a decision sent on 31 December or 31 August counts to the month end 2 months on (28 or 29 February)', () => {
    expect(dates('ehc', [e('issue-no', '2026-12-31')])).toEqual({ mediation: '2027-02-28', appeal: '2027-02-28' });
    expect(dates('ehc', [e('issue-no', '2027-12-31')])).toEqual({ mediation: '2028-02-29', appeal: '2028-02-29' });
  });

  it('a certificate gives 1 month from it when that is later than 2 months from the decision', () => {
    const v = view('ehc', [e('assess-no', '2026-02-13'), e('certificate', '2026-04-01')]);
    expect(v.dates.map((d) => [d.id, d.date, d.fromKind])).toEqual([['appeal', '2026-05-01', 'certificate']]);
    expect(v.disagreement).toBe(true);
    // An early certificate does not shorten the 2 months.
    expect(dates('ehc', [e('assess-no', '2026-02-13'), e('certificate', '2026-02-20')])).toEqual({ appeal: '2026-04-13' });
  });

  it('moves an appeal day in the Christmas week to the first working day of January, and one in August to September', () => {
    // 27 Oct 2026 + 2 months = 27 Dec 2026 (a Sunday): 1 Jan 2027 is a Friday, so Monday 4 January.
    const christmas = view('ehc', [e('assess-no', '2026-10-27')]).dates.find((d) => d.id === 'appeal')!;
    expect(christmas).toMatchObject({ date: '2027-01-04', movedFrom: '2026-12-27' });
    // 15 June 2026 + 2 months = 15 August: the first working day of September 2026 is Tuesday 1 September.
    expect(dates('ehc', [e('review-cease', '2026-06-15')])).toMatchObject({ appeal: '2026-09-01', mediation: '2026-08-15' });
  });

  it('works out the first working day after New Year when 1 January falls at a weekend', () => {
    // 1 Jan 2022 was a Saturday: the bank holiday was Monday 3 January, so the first working day is the 4th.
    expect(moveSenAppealDay('2021-12-28')).toBe('2022-01-04');
    // 1 Jan 2023 was a Sunday: the bank holiday was Monday 2 January.
    expect(moveSenAppealDay('2022-12-25')).toBe('2023-01-03');
    expect(moveSenAppealDay('2026-01-01')).toBe('2026-01-02');
    expect(moveSenAppealDay('2027-08-31')).toBe('2027-09-01');
    expect(moveSenAppealDay('2026-12-24')).toBe('2026-12-24');
    expect(moveSenAppealDay('2026-09-01')).toBe('2026-09-01');
  });

  it('the final plan opens the appeal on sections B, F and I and the annual review within 12 months', () => {
    expect(dates('ehc', [e('final', '2028-02-29')])).toEqual({ 'appeal-plan': '2028-04-29', 'annual-review': '2029-02-28' });
  });

  it('an annual review meeting gives the 4-week decision and links to the views letter', () => {
    const v = view('ehc', [e('final', '2025-05-01'), e('review-meeting', '2026-01-29')]);
    expect(Object.fromEntries(v.dates.map((d) => [d.id, d.date]))).toEqual({ 'review-decision': '2026-02-26', 'review-latest': '2026-04-23' });
    expect(v.letter).toBe('review-views');
    expect(v.stages.find((s) => s.status === 'now')?.id).toBe('review');
  });

  it('proposed amendments: 15 days to comment and the amended plan within 8 weeks of the notice; the next review 12 months from the meeting', () => {
    expect(dates('ehc', [e('review-meeting', '2026-01-29'), e('review-amend', '2026-02-20')])).toEqual({ 'amend-comments': '2026-03-06', 'amended-final': '2026-04-17' });
    expect(dates('ehc', [e('review-meeting', '2026-01-29'), e('review-amend', '2026-02-20'), e('final-amended', '2026-04-01')])).toEqual({
      'appeal-plan': '2026-06-01',
      'next-review': '2027-01-29',
    });
  });

  it('a date passed with no answer turns the next step into a complaint, and "no answer" keeps the stage', () => {
    const v = view('ehc', [e('requested', '2026-01-05')], '2026-03-01');
    expect(v.passed.map((d) => d.id)).toEqual(['decide-assess']);
    expect(v.stepKey).toBe('step.late');
    expect(v.letter).toBe('complaint-late');
    const told = view('ehc', [e('requested', '2026-01-05'), e('no-answer', '2026-02-20')], '2026-02-20');
    expect(told.noAnswer).toBe(true);
    expect(told.latest?.kind).toBe('requested');
    expect(CASE_MODELS.ehc.ombudsman).toBe('lgsco');
  });

  it('a family\'s own last day passing (to appeal about the plan) is not the council being late', () => {
    const v = view('ehc', [e('final', '2026-01-05')], '2026-04-01');
    expect(v.passed).toEqual([]);
    expect(v.stepKey).toBe('step.ehc.final');
    expect(v.next?.id).toBe('annual-review');
    const dates = caseMilestones([{ id: 'a', childId: 'c1', request: 'ehc', events: [e('final', '2026-01-05')] }], (r) => CASE_MODELS[r], '2026-04-01');
    expect(dates.map((d) => d.id)).toEqual(['annual-review']);
  });

  it('orders events by their date, not the order they were typed in', () => {
    expect(view('ehc', [e('draft', '2026-04-20'), e('requested', '2026-01-05')]).latest?.kind).toBe('draft');
  });
});

describe('Wales: ALN decision and IDP', () => {
  it('a school has about 35 school days (7 weeks, approximate); a council 12 weeks', () => {
    const school = view('aln', [e('requested', '2026-01-31')]).dates[0]!;
    expect(school).toMatchObject({ id: 'aln-school', date: '2026-03-21', approximate: true });
    expect(dates('aln', [e('requested-la', '2026-01-31')])).toEqual({ 'aln-council': '2026-04-25' });
  });

  it('an IDP reaches its own next step: a review within 12 months (29 February to 28 February), never England\'s', () => {
    const v = view('aln', [e('requested', '2027-01-10'), e('idp', '2028-02-29')]);
    expect(v.dates.map((d) => [d.id, d.date])).toEqual([['idp-review', '2029-02-28']]);
    expect(v.stages.find((s) => s.status === 'now')?.id).toBe('idp');
    expect(v.letter).toBeUndefined();
    expect(v.canRecord).not.toContain('draft');
  });

  it('a school saying no leads to reconsideration (about 7 weeks), then about 8 weeks to appeal to the tribunal', () => {
    expect(view('aln', [e('aln-no', '2026-03-02')]).disagreement).toBe(true);
    expect(view('aln', [e('aln-no', '2026-03-02')]).canRecord).toContain('reconsider-asked');
    expect(dates('aln', [e('aln-no', '2026-03-02'), e('reconsider-asked', '2026-03-09')])).toEqual({ reconsider: '2026-04-27' });
    const appeal = view('aln', [e('aln-no', '2026-03-02'), e('reconsider-asked', '2026-03-09'), e('la-no', '2026-04-20')]).dates[0]!;
    expect(appeal).toMatchObject({ id: 'aln-appeal', date: '2026-06-15', approximate: true });
    expect(CASE_MODELS.aln.ombudsman).toBe('psow');
  });
});

describe('Scotland: assessment and CSP', () => {
  it('a CSP is due about 16 weeks after the council proposes to find out whether one is needed', () => {
    expect(view('asn', [e('requested', '2026-01-05'), e('csp-proposed', '2026-02-27')]).dates[0]).toMatchObject({ id: 'csp', date: '2026-06-19', approximate: true });
  });

  it('a CSP reaches its own next step: reviewed at least every 12 months (leap day to 28 February)', () => {
    const v = view('asn', [e('csp', '2028-02-29')]);
    expect(v.dates.map((d) => [d.id, d.date])).toEqual([['csp-review', '2029-02-28']]);
    expect(v.stages.find((s) => s.status === 'now')?.id).toBe('review');
    expect(v.canRecord).toEqual(['review-meeting', 'no-answer']);
    expect(CASE_MODELS.asn.ombudsman).toBe('spso');
  });

  it('a refused assessment gives no invented date, only the way to disagree', () => {
    const v = view('asn', [e('requested', '2026-01-05'), e('assess-no', '2026-01-20')]);
    expect(v.disagreement).toBe(true);
    expect(v.dates).toEqual([]);
  });
});

describe('Northern Ireland: statutory assessment and statement', () => {
  it('6 weeks beginning with the day the request arrived (day + 41), 26 weeks for the whole', () => {
    expect(dates('ni-statutory', [e('requested', '2026-01-31')])).toEqual({ 'ni-decide': '2026-03-13' });
    expect(dates('ni-statutory', [e('requested', '2026-01-31'), e('assess-yes', '2026-03-01')])).toEqual({ 'ni-complete': '2026-08-01' });
  });

  it('a proposed statement reaches its own next step: 15 days beginning with the covering letter, never England\'s draft plan', () => {
    const v = view('ni-statutory', [e('requested', '2026-01-31'), e('proposed', '2026-02-20')]);
    expect(Object.fromEntries(v.dates.map((d) => [d.id, d.date]))).toEqual({ 'ni-comments': '2026-03-06', 'ni-complete': '2026-08-01' });
    expect(v.dates.find((d) => d.id === 'ni-comments')?.textKey).toBe('due.ni-comments');
    expect(v.stages.find((s) => s.status === 'now')?.id).toBe('proposed');
    expect(v.canRecord).toEqual(['proposed-meeting', 'statement', 'no-answer']);
  });

  it('a refusal or Note in Lieu: 2 months to appeal to SENDIST, counted from the date on the letter, with no Christmas move', () => {
    expect(dates('ni-statutory', [e('assess-no', '2026-10-27')])).toEqual({ 'ni-appeal': '2026-12-27' });
    expect(dates('ni-statutory', [e('statement-no', '2027-12-31')])).toEqual({ 'ni-appeal': '2028-02-29' });
    expect(CASE_MODELS['ni-statutory'].ombudsman).toBe('nipso');
    expect(CASE_MODELS['ni-statutory'].events.certificate).toBeUndefined();
  });
});

describe('the dates of every case', () => {
  it('lists each case\'s open dates soonest first, and picks those within 14 days for home', () => {
    const cases = [
      { id: 'a', childId: 'c1', request: 'ehc' as const, events: [e('requested', '2026-01-05')] },
      { id: 'b', childId: 'c1', request: 'ni-statutory' as const, events: [e('proposed', '2026-01-01')] },
    ];
    const all = caseMilestones(cases, (r) => CASE_MODELS[r], '2026-01-10');
    expect(all.map((m) => [m.caseId, m.id, m.date])).toEqual([
      ['b', 'ni-comments', '2026-01-15'],
      ['a', 'decide-assess', '2026-02-16'],
    ]);
    expect(withinDays(all, '2026-01-10', 14).map((m) => m.id)).toEqual(['ni-comments']);
  });

  it('ignores an event with a date that is not a day, and a kind it does not know', () => {
    expect(view('ehc', [e('requested', '2026-02-30'), e('made-up', '2026-01-01')]).latest).toBeUndefined();
  });
});

import type { CaseLetterId, CaseModel, Count, DueRule, EventDef } from '../domain/case/model';
import type { CaseRequest } from '../domain/case/types';
import type { Nation } from '../domain/nations';
import type { SourceId } from './sources';

/**
 * The case, nation by nation: the stages of each nation's own request, what each thing that can
 * arrive means, the dates that follow (with the law they come from) and the family's next step.
 * Text keys are in the `case` namespace: `stage.<request>.<stage>`, `event.<request>.<kind>`,
 * `step.<request>.<kind>`, `due.<date id>`, `basis.<date id>`.
 *
 * England: SEND Regulations 2014 (regs 5, 10, 13 and the reviews, regs 18–22), appeals counted from
 * the day the decision was sent (Tribunal Procedure (HESC) Rules 2008 r20), with the Christmas and
 * August moves for SEN appeals. Wales: the ALN Code for Wales 2021 and the 2018 Act (s23 reviews).
 * Scotland: the 2004 Act, with the CSP's "about 16 weeks" (the exact rule is not confirmed). Northern
 * Ireland: the SEN Regulations (NI) 2005 (6 weeks, 26 weeks, 15 days) and SENDIST's 2 months.
 */
// Reviewed against FACTS.md and the law on 2026-12-07.

/** The request each nation's law gives a family. */
export const REQUEST_OF: Record<Nation, CaseRequest> = {
  england: 'ehc',
  wales: 'aln',
  scotland: 'asn',
  'northern-ireland': 'ni-statutory',
};

/** The letter that makes each nation's request (templates in src/content/letters.ts). */
export const REQUEST_LETTER: Record<CaseRequest, string> = {
  ehc: 'ehc-request',
  aln: 'aln-decision',
  asn: 'asn-assessment',
  'ni-statutory': 'ni-statutory-assessment',
};

export const NATION_OF: Record<CaseRequest, Nation> = {
  ehc: 'england',
  aln: 'wales',
  asn: 'scotland',
  'ni-statutory': 'northern-ireland',
};

function due(id: string, count: Count, sources: SourceId[], extra: Partial<DueRule> = {}): DueRule {
  return { id, count, textKey: `due.${id}`, basisKey: `basis.${id}`, sources, ...extra };
}

function ev(request: CaseRequest, kind: string, def: Omit<EventDef, 'kind' | 'stepKey'> & { letter?: CaseLetterId }): EventDef {
  return { kind, stepKey: `step.${request}.${kind}`, ...def };
}

const REGS: SourceId[] = ['send-regs-2014'];
const APPEAL: SourceId[] = ['hesc-rules-2008', 'send-code-2015'];
const REVIEWS: SourceId[] = ['send-regs-2014-reviews', 'cfa-2014'];
const englandAppeal = (id = 'appeal') => due(id, { senAppeal: true }, APPEAL, { senMoves: true, family: true });
const mediation = due('mediation', { months: 2 }, APPEAL, { family: true });

const ENGLAND: CaseModel = {
  request: 'ehc',
  stages: ['request', 'decide', 'assessment', 'draft', 'final', 'review'],
  start: 'requested',
  ombudsman: 'lgsco',
  routeKeys: ['route.askAgain', 'route.england.complain', 'route.england.ombudsman'],
  always: ['no-answer'],
  events: Object.fromEntries(
    [
      ev('ehc', 'requested', { stage: 'decide', due: [due('decide-assess', { weeks: 6 }, REGS)], next: ['assess-yes', 'assess-no'], letter: 'records-request' }),
      ev('ehc', 'assess-yes', {
        stage: 'assessment',
        due: [due('not-issue', { weeks: 16 }, REGS, { from: 'requested' }), due('final-plan', { weeks: 20 }, REGS, { from: 'requested' })],
        next: ['draft', 'issue-no'],
      }),
      ev('ehc', 'assess-no', { stage: 'decide', disagreement: true, due: [mediation, englandAppeal()], next: ['certificate', 'appeal-sent', 'assess-yes'], letter: 'mediation' }),
      ev('ehc', 'issue-no', { stage: 'assessment', disagreement: true, due: [mediation, englandAppeal()], next: ['certificate', 'appeal-sent', 'draft'], letter: 'mediation' }),
      ev('ehc', 'certificate', { keepsDisagreement: true, due: [englandAppeal()], next: ['appeal-sent'] }),
      ev('ehc', 'appeal-sent', { keepsDisagreement: true, due: [], next: [] }),
      ev('ehc', 'draft', {
        stage: 'draft',
        due: [due('draft-comments', { daysBeginningWith: 15 }, REGS, { family: true }), due('final-plan', { weeks: 20 }, REGS, { from: 'requested' })],
        next: ['final'],
        letter: 'draft-comments',
      }),
      ev('ehc', 'final', { stage: 'final', appealable: true, due: [englandAppeal('appeal-plan'), due('annual-review', { months: 12 }, REVIEWS)], next: ['review-meeting', 'certificate'], letter: 'early-review' }),
      ev('ehc', 'review-meeting', {
        stage: 'review',
        due: [due('review-decision', { weeks: 4 }, REVIEWS), due('review-latest', { weeks: 12 }, REVIEWS)],
        next: ['review-keep', 'review-amend', 'review-cease'],
        letter: 'review-views',
      }),
      ev('ehc', 'review-keep', {
        stage: 'review',
        appealable: true,
        due: [englandAppeal('appeal-plan'), due('next-review', { months: 12 }, REVIEWS, { from: 'review-meeting' })],
        next: ['review-meeting', 'certificate'],
        letter: 'early-review',
      }),
      ev('ehc', 'review-amend', {
        stage: 'review',
        due: [due('amend-comments', { daysBeginningWith: 15 }, REVIEWS, { family: true }), due('amended-final', { weeks: 8 }, REVIEWS)],
        next: ['final-amended'],
        letter: 'draft-comments',
      }),
      ev('ehc', 'final-amended', {
        stage: 'review',
        appealable: true,
        due: [englandAppeal('appeal-plan'), due('next-review', { months: 12 }, REVIEWS, { from: 'review-meeting' })],
        next: ['review-meeting', 'certificate'],
        letter: 'early-review',
      }),
      ev('ehc', 'review-cease', { stage: 'review', disagreement: true, due: [mediation, englandAppeal()], next: ['certificate', 'appeal-sent'], letter: 'mediation' }),
    ].map((e) => [e.kind, e]),
  ),
};

const ALN: SourceId[] = ['aln-code-wales', 'alnet-2018'];
const WALES: CaseModel = {
  request: 'aln',
  stages: ['request', 'decide', 'idp', 'review'],
  start: 'requested',
  ombudsman: 'psow',
  routeKeys: ['route.askAgain', 'route.wales.complain', 'route.wales.ombudsman'],
  always: ['no-answer'],
  events: Object.fromEntries(
    [
      ev('aln', 'requested', { stage: 'decide', due: [due('aln-school', { schoolDays: 35 }, ALN)], next: ['idp', 'aln-no'] }),
      ev('aln', 'requested-la', { stage: 'decide', due: [due('aln-council', { weeks: 12 }, ALN)], next: ['idp', 'la-no'] }),
      ev('aln', 'idp', { stage: 'idp', due: [due('idp-review', { months: 12 }, ['alnet-2018'])], next: ['review-meeting', 'reconsider-asked'] }),
      ev('aln', 'aln-no', { stage: 'decide', disagreement: true, due: [], next: ['reconsider-asked'] }),
      ev('aln', 'reconsider-asked', { keepsDisagreement: true, due: [due('reconsider', { weeks: 7 }, ['alnet-2018', 'snap-cymru-la'], { approximate: true })], next: ['idp', 'la-no'] }),
      ev('aln', 'la-no', { disagreement: true, due: [due('aln-appeal', { weeks: 8 }, ['alnet-notes', 'snap-cymru-la'], { approximate: true, family: true })], next: ['appeal-sent', 'idp'] }),
      ev('aln', 'appeal-sent', { keepsDisagreement: true, due: [], next: ['idp'] }),
      ev('aln', 'review-meeting', { stage: 'review', due: [due('idp-review', { months: 12 }, ['alnet-2018'])], next: ['review-meeting', 'reconsider-asked'] }),
    ].map((e) => [e.kind, e]),
  ),
};

const ASL: SourceId[] = ['asl-scotland-2004'];
const SCOTLAND: CaseModel = {
  request: 'asn',
  stages: ['request', 'assessment', 'csp', 'review'],
  start: 'requested',
  ombudsman: 'spso',
  routeKeys: ['route.askAgain', 'route.scotland.complain', 'route.scotland.ombudsman'],
  always: ['no-answer'],
  events: Object.fromEntries(
    [
      ev('asn', 'requested', { stage: 'assessment', due: [due('ask-again', { weeks: 2 }, ASL, { approximate: true })], next: ['assess-yes', 'assess-no', 'csp-proposed'] }),
      ev('asn', 'assess-yes', { stage: 'assessment', due: [], next: ['csp-proposed', 'csp-no'] }),
      ev('asn', 'assess-no', { stage: 'assessment', disagreement: true, due: [], next: ['appeal-sent', 'assess-yes'] }),
      ev('asn', 'csp-proposed', { stage: 'csp', due: [due('csp', { weeks: 16 }, ASL, { approximate: true })], next: ['csp', 'csp-no'] }),
      ev('asn', 'csp-no', { stage: 'csp', disagreement: true, due: [], next: ['appeal-sent', 'csp'] }),
      ev('asn', 'csp', { stage: 'review', due: [due('csp-review', { months: 12 }, ASL, { approximate: true })], next: ['review-meeting'] }),
      ev('asn', 'appeal-sent', { keepsDisagreement: true, due: [], next: ['csp'] }),
      ev('asn', 'review-meeting', { stage: 'review', due: [due('csp-review-end', { weeks: 12 }, ASL, { approximate: true })], next: ['csp'] }),
    ].map((e) => [e.kind, e]),
  ),
};

const NI_REGS: SourceId[] = ['sen-regs-ni-2005', 'education-ni-order-1996', 'ea-timeline'];
const NI_APPEAL: SourceId[] = ['ea-disagree', 'sen-regs-ni-2005'];
const niAppeal = due('ni-appeal', { months: 2 }, NI_APPEAL, { family: true });
const niComplete = due('ni-complete', { weeks: 26 }, NI_REGS, { from: 'requested' });
const NORTHERN_IRELAND: CaseModel = {
  request: 'ni-statutory',
  stages: ['request', 'decide', 'assessment', 'proposed', 'statement', 'review'],
  start: 'requested',
  ombudsman: 'nipso',
  routeKeys: ['route.askAgainNi', 'route.northern-ireland.complain', 'route.northern-ireland.ombudsman'],
  always: ['no-answer'],
  events: Object.fromEntries(
    [
      ev('ni-statutory', 'requested', { stage: 'decide', due: [due('ni-decide', { daysBeginningWith: 42 }, NI_REGS)], next: ['assess-yes', 'assess-no'] }),
      ev('ni-statutory', 'assess-yes', { stage: 'assessment', due: [niComplete], next: ['proposed', 'statement-no'] }),
      ev('ni-statutory', 'assess-no', { stage: 'decide', disagreement: true, due: [niAppeal], next: ['appeal-sent', 'assess-yes'] }),
      ev('ni-statutory', 'statement-no', { stage: 'assessment', disagreement: true, due: [niAppeal], next: ['appeal-sent', 'proposed'] }),
      ev('ni-statutory', 'proposed', {
        stage: 'proposed',
        due: [due('ni-comments', { daysBeginningWith: 15 }, NI_REGS, { family: true }), niComplete],
        next: ['proposed-meeting', 'statement'],
        letter: 'draft-comments',
      }),
      ev('ni-statutory', 'proposed-meeting', {
        stage: 'proposed',
        due: [due('ni-after-meeting', { daysBeginningWith: 15 }, NI_REGS, { approximate: true, family: true }), niComplete],
        next: ['statement'],
      }),
      ev('ni-statutory', 'statement', {
        stage: 'statement',
        appealable: true,
        due: [niAppeal, due('ni-review', { months: 12 }, NI_REGS)],
        next: ['review-meeting'],
      }),
      ev('ni-statutory', 'appeal-sent', { keepsDisagreement: true, due: [], next: ['statement'] }),
      ev('ni-statutory', 'review-meeting', { stage: 'review', due: [due('ni-review', { months: 12 }, NI_REGS)], next: ['review-meeting'] }),
    ].map((e) => [e.kind, e]),
  ),
};

export const CASE_MODELS: Record<CaseRequest, CaseModel> = {
  ehc: ENGLAND,
  aln: WALES,
  asn: SCOTLAND,
  'ni-statutory': NORTHERN_IRELAND,
};

export function caseModel(request: CaseRequest): CaseModel | undefined {
  return CASE_MODELS[request];
}

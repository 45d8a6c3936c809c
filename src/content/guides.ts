import type { Nation } from '../domain/nations';
import { LATER_STAGES_REVIEWED, SIGNPOSTS_REVIEWED } from './signposts';
import type { SourceRef } from './sources';

/**
 * One guide per nation to its statutory route for children who need more help than a school can give
 * from its own resources: the EHC needs assessment (England), additional learning needs and an IDP
 * (Wales), additional support needs and a CSP (Scotland), and statements (Northern Ireland).
 *
 * Where a fact is not confirmed (Scotland's exact CSP rule, the Welsh tribunal's time limit) the
 * guide says less ("about") and tells the family whom to ask.
 *
 * Text: locales/<lang>/support.json under `guides.<nation>.title`, `.intro` and
 * `guides.<nation>.sections.<sectionId>.heading` / `.body` (a string or a list of paragraphs) /
 * `.items` (optional list). Each nation's clock is `guides.<nation>.clock.<stepId>`.
 */
export interface GuideSection {
  id: string;
  /** Shown as a bulleted list after the body. */
  list?: boolean;
  /** Shown as the nation's time limits (a numbered timeline), from `Guide.clock`. */
  clock?: boolean;
}

export interface Guide {
  id: string;
  nation: Nation;
  /** The signpost that leads here. */
  signpostId: string;
  sections: GuideSection[];
  /** The time limits, in order; text is `guides.<nation>.clock.<stepId>`. */
  clock: ClockStep[];
  sources: SourceRef[];
  reviewed: string;
}

/** One step of a nation's time limits, shown as a numbered timeline in its guide. */
export interface ClockStep {
  id: string;
  /** How long: whole weeks, days, or school days ("about", since term dates are not known). */
  weeks?: number;
  days?: number;
  schoolDays?: number;
  source: SourceRef;
}

/** England's statutory clock, counted from the day the council receives the request (SI 2014/1530). */
export const EHC_CLOCK = [
  { id: 'decide', weeks: 6, source: { source: 'send-regs-2014', section: 'reg 5' } },
  { id: 'advice', weeks: undefined, source: { source: 'send-regs-2014', section: 'reg 8' } },
  { id: 'no-plan', weeks: 16, source: { source: 'send-regs-2014', section: 'reg 10' } },
  { id: 'draft', weeks: undefined, source: { source: 'send-regs-2014', section: 'reg 13(1)' } },
  { id: 'final', weeks: 20, source: { source: 'send-regs-2014', section: 'reg 13(2)' } },
  { id: 'exceptions', weeks: undefined, source: { source: 'send-regs-2014', section: 'reg 10(4)' } },
] as const satisfies readonly { id: string; weeks: number | undefined; source: SourceRef }[];

/** Wales: the ALN Code's time limits for a decision and an IDP, requirements the Act has the Code set (s4). */
export const ALN_CLOCK: ClockStep[] = [
  { id: 'school', schoolDays: 35, source: { source: 'aln-code-wales', section: 'ALN Code for Wales 2021: 35 school days for a school' } },
  { id: 'council', weeks: 12, source: { source: 'aln-code-wales', section: 'ALN Code for Wales 2021: 12 weeks for a local authority' } },
  { id: 'reconsider', source: { source: 'alnet-2018', section: 'ss26–27' } },
];

/** Scotland: the CSP timetable, given only as "about 16 weeks" (the exact rule is not confirmed). */
export const ASN_CLOCK: ClockStep[] = [
  { id: 'assess', source: { source: 'asl-scotland-2004', section: 's8' } },
  { id: 'csp', weeks: 16, source: { source: 'asl-scotland-2004', section: 's9' } },
];

/** Northern Ireland: the Education Authority's statutory assessment (SEN Regulations (NI) 2005). */
export const NI_CLOCK: ClockStep[] = [
  { id: 'decide', weeks: 6, source: { source: 'ea-timeline' } },
  { id: 'advice', weeks: 6, source: { source: 'ea-timeline' } },
  { id: 'comments', days: 15, source: { source: 'ea-statutory-assessment' } },
  { id: 'complete', weeks: 26, source: { source: 'ea-timeline' } },
];

export const GUIDES: Record<Nation, Guide> = {
  england: {
    id: 'guide-england',
    nation: 'england',
    signpostId: 'ehc-needs-assessment',
    sections: [
      { id: 'what' },
      { id: 'test' },
      { id: 'diagnosis' },
      { id: 'who', list: true },
      { id: 'how', list: true },
      { id: 'clock', clock: true },
      { id: 'evidence', list: true },
      { id: 'refused', list: true },
      { id: 'criteria' },
      { id: 'reform' },
      { id: 'complaints' },
      { id: 'help' },
    ],
    clock: EHC_CLOCK.map((s) => ({ id: s.id, ...(s.weeks !== undefined ? { weeks: s.weeks } : {}), source: s.source })),
    sources: [
      { source: 'cfa-2014', section: 's36(1)' },
      { source: 'cfa-2014', section: 's36(8)' },
      { source: 'send-regs-2014', section: 'regs 5, 8, 10, 13' },
      { source: 'send-code-2015', section: 'ch. 6' },
      { source: 'cfa-2014', section: 's30 and s32' },
      { source: 'school-complaints-england' },
      { source: 'white-paper-2026' },
    ],
    reviewed: SIGNPOSTS_REVIEWED,
  },
  wales: {
    id: 'guide-wales',
    nation: 'wales',
    signpostId: 'aln-wales',
    sections: [
      { id: 'what' },
      { id: 'who-decides' },
      { id: 'diagnosis' },
      { id: 'how', list: true },
      { id: 'clock', clock: true },
      { id: 'idp', list: true },
      { id: 'evidence', list: true },
      { id: 'disagree', list: true },
      { id: 'complaints' },
      { id: 'help' },
    ],
    clock: ALN_CLOCK,
    sources: [
      { source: 'alnet-2018', section: 'ss10–13' },
      { source: 'alnet-2018', section: 'ss26–27, s70' },
      { source: 'aln-code-wales', section: 'ALN Code for Wales 2021' },
      { source: 'school-complaints-wales' },
      { source: 'snap-cymru-la' },
    ],
    reviewed: LATER_STAGES_REVIEWED,
  },
  scotland: {
    id: 'guide-scotland',
    nation: 'scotland',
    signpostId: 'asn-scotland',
    sections: [
      { id: 'what' },
      { id: 'diagnosis' },
      { id: 'how', list: true },
      { id: 'young' },
      { id: 'csp' },
      { id: 'clock', clock: true },
      { id: 'evidence', list: true },
      { id: 'disagree', list: true },
      { id: 'complaints' },
      { id: 'help' },
    ],
    clock: ASN_CLOCK,
    sources: [
      { source: 'asl-scotland-2004', section: 'ss8–9, 15–18' },
      { source: 'my-rights-my-say' },
      { source: 'health-education-chamber' },
      { source: 'spso' },
    ],
    reviewed: LATER_STAGES_REVIEWED,
  },
  'northern-ireland': {
    id: 'guide-northern-ireland',
    nation: 'northern-ireland',
    signpostId: 'statement-ni',
    sections: [
      { id: 'what' },
      { id: 'diagnosis' },
      { id: 'how', list: true },
      { id: 'clock', clock: true },
      { id: 'evidence', list: true },
      { id: 'disagree', list: true },
      { id: 'changes' },
      { id: 'complaints' },
      { id: 'help' },
    ],
    clock: NI_CLOCK,
    sources: [
      { source: 'education-ni-order-1996', section: 'Part II' },
      { source: 'ea-timeline' },
      { source: 'ea-statutory-assessment' },
      { source: 'ea-disagree' },
      { source: 'dars-ni' },
      { source: 'nipso-act-2016', section: 's26' },
    ],
    reviewed: LATER_STAGES_REVIEWED,
  },
};

export function guideFor(nation: Nation): Guide {
  return GUIDES[nation];
}

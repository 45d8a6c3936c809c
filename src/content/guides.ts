import type { Nation } from '../domain/nations';
import { SIGNPOSTS_REVIEWED } from './signposts';
import type { SourceRef } from './sources';

/**
 * One guide per nation to its statutory route for children who need more help than a school can give
 * from its own resources: the EHC needs assessment (England), additional learning needs and an IDP
 * (Wales), additional support needs and a CSP (Scotland), and statements (Northern Ireland).
 *
 * Facts come only from /work/shared/FACTS.md. Where it marks a fact UNVERIFIED (Wales commencement,
 * the Northern Ireland timescale) the guide does not state it.
 *
 * Text: locales/<lang>/support.json under `guides.<nation>.title`, `.intro` and
 * `guides.<nation>.sections.<sectionId>.heading` / `.body` (a string or a list of paragraphs) /
 * `.items` (optional list). England's clock is `guides.england.clock.<stepId>`.
 */
export interface GuideSection {
  id: string;
  /** Shown as a bulleted list after the body. */
  list?: boolean;
  /** Shown as the statutory clock (a numbered timeline). England only. */
  clock?: boolean;
}

export interface Guide {
  id: string;
  nation: Nation;
  /** The signpost that leads here. */
  signpostId: string;
  sections: GuideSection[];
  sources: SourceRef[];
  reviewed: string;
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
      { id: 'help' },
    ],
    sources: [
      { source: 'cfa-2014', section: 's36(1)' },
      { source: 'cfa-2014', section: 's36(8)' },
      { source: 'send-regs-2014', section: 'regs 5, 8, 10, 13' },
      { source: 'send-code-2015', section: 'ch. 6' },
      { source: 'cfa-2014', section: 's30 and s32' },
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
      { id: 'idp', list: true },
      { id: 'evidence', list: true },
      { id: 'disagree' },
      { id: 'help' },
    ],
    sources: [
      { source: 'alnet-2018', section: 's11' },
      { source: 'alnet-2018', section: 's13' },
    ],
    reviewed: SIGNPOSTS_REVIEWED,
  },
  scotland: {
    id: 'guide-scotland',
    nation: 'scotland',
    signpostId: 'asn-scotland',
    sections: [
      { id: 'what' },
      { id: 'diagnosis' },
      { id: 'how', list: true },
      { id: 'csp' },
      { id: 'evidence', list: true },
      { id: 'disagree', list: true },
      { id: 'help' },
    ],
    sources: [{ source: 'asl-scotland-2004' }],
    reviewed: SIGNPOSTS_REVIEWED,
  },
  'northern-ireland': {
    id: 'guide-northern-ireland',
    nation: 'northern-ireland',
    signpostId: 'statement-ni',
    sections: [
      { id: 'what' },
      { id: 'diagnosis' },
      { id: 'how', list: true },
      { id: 'evidence', list: true },
      { id: 'disagree' },
      { id: 'changes' },
      { id: 'help' },
    ],
    sources: [{ source: 'education-ni-order-1996' }, { source: 'send-act-ni-2016' }],
    reviewed: SIGNPOSTS_REVIEWED,
  },
};

export function guideFor(nation: Nation): Guide {
  return GUIDES[nation];
}

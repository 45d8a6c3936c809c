import { NATIONS, type Nation } from '../domain/nations';

/**
 * Every document the support content rests on. Each fact we state traces to /work/shared/FACTS.md,
 * and FACTS.md names these documents. Titles and publishers are text, so they live in
 * locales/<lang>/support.json under `sources.<id>.title` and `sources.<id>.publisher`.
 *
 * No web addresses: FACTS.md gives none for these documents.
 */
export const SOURCE_IDS = [
  'cfa-2014',
  'send-regs-2014',
  'send-code-2015',
  'equality-act-2010',
  'working-together-attendance',
  'illness-absence-response',
  'ipsea-attendance-summary',
  'education-act-1996',
  'health-needs-guidance-2023',
  'children-act-1989',
  'eia-2006',
  'independent-school-standards',
  'preventing-bullying',
  'kcsie',
  'cwsa-2026',
  'white-paper-2026',
  'alnet-2018',
  'asl-scotland-2004',
  'education-ni-order-1996',
  'send-act-ni-2016',
  'define-fine',
  'graduated-approach',
  'hf-attendance-strategy',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  /** The nations whose law or guidance it is. Peer and local documents apply to all as general advice. */
  nations: Nation[];
  /** Law, statutory guidance, government advice, or advice from a charity or council. */
  kind: 'law' | 'statutory-guidance' | 'guidance' | 'advice';
}

const ENGLAND: Nation[] = ['england'];
const ALL: Nation[] = [...NATIONS];

export const SOURCES: Record<SourceId, Source> = {
  'cfa-2014': { id: 'cfa-2014', nations: ENGLAND, kind: 'law' },
  'send-regs-2014': { id: 'send-regs-2014', nations: ENGLAND, kind: 'law' },
  'send-code-2015': { id: 'send-code-2015', nations: ENGLAND, kind: 'statutory-guidance' },
  'equality-act-2010': { id: 'equality-act-2010', nations: ['england'], kind: 'law' },
  'working-together-attendance': { id: 'working-together-attendance', nations: ENGLAND, kind: 'statutory-guidance' },
  'illness-absence-response': { id: 'illness-absence-response', nations: ENGLAND, kind: 'guidance' },
  'ipsea-attendance-summary': { id: 'ipsea-attendance-summary', nations: ENGLAND, kind: 'advice' },
  'education-act-1996': { id: 'education-act-1996', nations: ENGLAND, kind: 'law' },
  'health-needs-guidance-2023': { id: 'health-needs-guidance-2023', nations: ENGLAND, kind: 'statutory-guidance' },
  'children-act-1989': { id: 'children-act-1989', nations: ENGLAND, kind: 'law' },
  'eia-2006': { id: 'eia-2006', nations: ENGLAND, kind: 'law' },
  'independent-school-standards': { id: 'independent-school-standards', nations: ENGLAND, kind: 'law' },
  'preventing-bullying': { id: 'preventing-bullying', nations: ENGLAND, kind: 'guidance' },
  kcsie: { id: 'kcsie', nations: ENGLAND, kind: 'statutory-guidance' },
  'cwsa-2026': { id: 'cwsa-2026', nations: ENGLAND, kind: 'law' },
  'white-paper-2026': { id: 'white-paper-2026', nations: ENGLAND, kind: 'guidance' },
  'alnet-2018': { id: 'alnet-2018', nations: ['wales'], kind: 'law' },
  'asl-scotland-2004': { id: 'asl-scotland-2004', nations: ['scotland'], kind: 'law' },
  'education-ni-order-1996': { id: 'education-ni-order-1996', nations: ['northern-ireland'], kind: 'law' },
  'send-act-ni-2016': { id: 'send-act-ni-2016', nations: ['northern-ireland'], kind: 'law' },
  'define-fine': { id: 'define-fine', nations: ALL, kind: 'advice' },
  'graduated-approach': { id: 'graduated-approach', nations: ALL, kind: 'advice' },
  'hf-attendance-strategy': { id: 'hf-attendance-strategy', nations: ALL, kind: 'advice' },
};

/** A source as cited by one piece of content: the document, and where in it (e.g. "s36(8)", "reg 5"). */
export interface SourceRef {
  source: SourceId;
  /** A citation within the document, written the way lawyers write it; optional. */
  section?: string;
}

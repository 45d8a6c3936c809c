/**
 * The case: one request a family has made to the council or authority (England: an EHC needs
 * assessment; Wales: an ALN decision and IDP; Scotland: an assessment and a CSP; Northern Ireland: a
 * statutory assessment and statement), and what has happened since, as the family recorded it.
 * Family-owned, one child's (the `cases` store): deleted with the family, handed over with it, in backups.
 */

/** The request a case follows, one per nation's law. */
export const CASE_REQUESTS = ['ehc', 'aln', 'asn', 'ni-statutory'] as const;
export type CaseRequest = (typeof CASE_REQUESTS)[number];

/** Something that arrived or happened on a day, as the family recorded it (one tap and a date). */
export interface CaseEvent {
  id: string;
  /** What happened: a stage of the nation's process (the stage model in src/domain/case names them). */
  kind: string;
  /** The day it happened, or the date on the covering letter ('YYYY-MM-DD'). */
  on: string;
  note?: string;
  createdAt: string;
}

/** A report the family holds (an educational psychologist's, a doctor's...), for the evidence bundle. */
export interface CaseReport {
  id: string;
  title: string;
  author?: string;
  /** 'YYYY-MM-DD' */
  date?: string;
  notes?: string;
}

/** What the family asks for, and which items of evidence support it. */
export interface BundleAsk {
  id: string;
  text: string;
  /** References to items of the bundle (see `items`). */
  evidence: string[];
}

/** The evidence bundle: the items chosen, in order, by reference ('diary:<id>', 'log:<id>', 'letter:<id>', 'report:<id>', 'plan:<id>'). */
export interface CaseBundle {
  items: string[];
  asks: BundleAsk[];
}

export interface CaseRecord {
  id: string;
  familyId: string;
  childId: string;
  request: CaseRequest;
  events: CaseEvent[];
  reports: CaseReport[];
  bundle?: CaseBundle;
  createdAt: string;
  updatedAt: string;
}

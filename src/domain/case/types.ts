/**
 * The case: one request a family has made to the council or authority (England: an EHC needs
 * assessment; Wales: an ALN decision and IDP; Scotland: an assessment and a CSP; Northern Ireland: a
 * statutory assessment and statement), and what has happened since, as the family recorded it.
 * Family-owned, one child's (the `cases` store): deleted with the family, handed over with it, in backups.
 */

import type { bundleAskSchema, caseBundleSchema, caseEventSchema, caseReportSchema, caseSchema, RecordOf } from '../recordSchemas';

/** The request a case follows, one per nation's law. */
export const CASE_REQUESTS = ['ehc', 'aln', 'asn', 'ni-statutory'] as const;
export type CaseRequest = (typeof CASE_REQUESTS)[number];

/** Something that arrived or happened on a day, as the family recorded it (one tap and a date). */
export type CaseEvent = RecordOf<typeof caseEventSchema>;

/** A report the family holds (an educational psychologist's, a doctor's...), for the evidence bundle. */
export type CaseReport = RecordOf<typeof caseReportSchema>;

/** What the family asks for, and which items of evidence support it. */
export type BundleAsk = RecordOf<typeof bundleAskSchema>;

/** The evidence bundle: the items chosen, in order, by reference ('diary:<id>', 'log:<id>', 'letter:<id>', 'report:<id>', 'plan:<id>'). */
export type CaseBundle = RecordOf<typeof caseBundleSchema>;

/** One request and what happened since, kept in the `cases` store (its schema: `caseSchema`). */
export type CaseRecord = RecordOf<typeof caseSchema>;

import type { Answers } from '../../domain/questionnaire/types';
import { nationOf } from '../../domain/questionnaire/types';
import { signpostsFor } from '../../content/signposting';
import { SOURCES, type SourceRef } from '../../content/sources';

/**
 * One-line reminders of rights for the printed meeting pack. Each belongs to a signpost: it is shown
 * only when the signposting rules show that signpost to this family (so only in its own nations, and
 * only when the answers bring it up or it is shown to everyone), and it cites its basis
 * (src/content/sources.ts). Text: locales/<lang>/plan.json `rights.<key>`.
 */
export interface RightLine {
  key: string;
  signpost: string;
  source: SourceRef;
}

export const RIGHT_LINES: RightLine[] = [
  { key: 'support-first', signpost: 'support-first-england', source: { source: 'working-together-attendance' } },
  { key: 'illness-authorised', signpost: 'illness-absence-england', source: { source: 'working-together-attendance' } },
  { key: 'medical-conditions', signpost: 'medical-conditions-england', source: { source: 'cfa-2014-s100', section: 's100' } },
  // The duty is Education Act 1996 s19; the 15 days comes from the DfE guidance, so that is what we cite.
  { key: 'health-education', signpost: 'health-education-england', source: { source: 'health-needs-guidance-2023' } },
  { key: 'ehc-assessment', signpost: 'ehc-needs-assessment', source: { source: 'cfa-2014', section: 's36(1)' } },
  { key: 'sen-support', signpost: 'sen-support-england', source: { source: 'send-code-2015', section: 'ch. 6' } },
  { key: 'reasonable-adjustments', signpost: 'disability-england', source: { source: 'equality-act-2010', section: 's6, s20' } },
  { key: 'bullying-policy', signpost: 'bullying-england', source: { source: 'eia-2006', section: 's89' } },
  { key: 'no-off-roll-pressure', signpost: 'off-rolling-england', source: { source: 'education-act-1996', section: 's7' } },
  { key: 'sendiass', signpost: 'local-offer-sendiass', source: { source: 'cfa-2014', section: 's32' } },
  { key: 'wales-aln', signpost: 'aln-wales', source: { source: 'alnet-2018', section: 'ss10–13' } },
  { key: 'wales-health-education', signpost: 'health-education-wales', source: { source: 'education-act-1996-s19a', section: 's19A' } },
  { key: 'scotland-asn', signpost: 'asn-scotland', source: { source: 'asl-scotland-2004' } },
  { key: 'scotland-health-education', signpost: 'health-education-scotland', source: { source: 'ill-health-scotland' } },
  { key: 'ni-sen', signpost: 'statement-ni', source: { source: 'ea-timeline' } },
  { key: 'ni-health-education', signpost: 'health-education-ni', source: { source: 'education-ni-order-1998', section: 'Article 86' } },
  { key: 'ni-bullying', signpost: 'bullying-ni', source: { source: 'abs-act-ni-2016' } },
];

/** At most this many reminders, so that a typical plan still fits on two pages. */
export const MAX_RIGHTS = 4;

/** The reminders for this child, most relevant first (the signposting order). */
export function rightsFor(answers: Answers, max = MAX_RIGHTS): RightLine[] {
  const nation = nationOf(answers);
  if (!nation) return [];
  const order = signpostsFor(answers).map((r) => r.signpost);
  const out: RightLine[] = [];
  for (const signpost of order) {
    for (const line of RIGHT_LINES) {
      if (line.signpost !== signpost.id) continue;
      // Belt and braces: the signpost and the source must both belong to this nation.
      if (!signpost.nations.includes(nation) || !SOURCES[line.source.source].nations.includes(nation)) continue;
      out.push(line);
    }
  }
  return out.slice(0, max);
}

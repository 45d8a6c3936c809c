import { NATIONS, type Nation } from '../domain/nations';
import type { SignpostRule } from '../domain/signposting';
import { URGENT_CONDITION, type KnownCondition as Condition, type OptionId } from './questions';
import type { SourceRef } from './sources';

/**
 * What a family can do next, as data. The structure follows the Define Fine resource "Barriers to
 * School Attendance" (seed 003) and the attendance graduated approach, Assess, Plan, Do, Review
 * (seed 002). Facts come only from /work/shared/FACTS.md.
 *
 * Text lives in locales/<lang>/support.json under `signposts.<id>.*`:
 *   title, means (what it means for you), rights (your rights), contact (who to contact),
 *   asks.<askKey> (what you can ask for). `{{name}}` is the child's name or "your child";
 *   `{{council}}` is the council the family chose, or "your council".
 *
 * Rules (see src/domain/signposting.ts):
 * - `nations` decides where a signpost may ever appear. It is checked by the engine, never by text.
 * - `when` is what in the answers brings it up; `stronger` raises it further, with reasons.
 * - `always` signposts appear for every family of their nations, low down when nothing brings them up.
 * - No content ever tells a family they do not qualify for something they can ask for.
 */

export const THEMES = [
  'urgent',
  'send',
  'health',
  'referrals',
  'plan',
  'psychologist',
  'statutory',
  'early-help',
  'absence',
  'learning-absent',
  'bullying',
  'attendance',
  'part-time',
  'home-education',
  'advice',
] as const;
export type ThemeId = (typeof THEMES)[number];

export interface Ask {
  /** Globally unique: `<signpostId>:<askKey>`. Stored in ChildRecord.kept. */
  id: string;
  key: string;
  /** Text key in the `support` namespace. */
  text: string;
}

export interface SignpostText {
  title: string;
  means: string;
  rights: string;
  contact: string;
}

export interface Signpost extends SignpostRule {
  id: string;
  theme: ThemeId;
  nations: Nation[];
  /** What in the answers brings this signpost up. Absent: only shown when `always`. */
  when?: Condition;
  /** Answers that make it more useful still: each adds `by` to the priority and gives its reasons. */
  stronger?: { when: Condition; by: number }[];
  /** How useful it is when `when` holds (0–100; urgent help is above 100). */
  priority: number;
  /** Shown to every family of its nations, low down when nothing in the answers brings it up. */
  always?: boolean;
  /** The nation's statutory assessment route (EHC needs assessment, ALN, ASN, statement). */
  statutory?: boolean;
  /** Links to the nation's guide at /support/guide. */
  guide?: boolean;
  /** Shows the council the family chose in its text. */
  usesCouncil?: boolean;
  text: SignpostText;
  asks: Ask[];
  sources: SourceRef[];
  /** ISO date the content was last checked against FACTS.md. */
  reviewed: string;
}

export const SIGNPOSTS_REVIEWED = '2026-11-22';

export const ENGLAND: Nation[] = ['england'];
export const OTHER_NATIONS: Nation[] = NATIONS.filter((n) => n !== 'england');
export const ALL_NATIONS: Nation[] = [...NATIONS];

// Conditions used by several signposts.
const barrier = (...ids: OptionId<'barriers'>[]): Condition => ({ q: 'barriers', anyOf: ids });
const MISSING_A_LOT: Condition = { q: 'missed', anyOf: ['about-a-day-a-week', 'most-days', 'all'] };
const MISSING_ANY: Condition = { q: 'missed', anyOf: ['a-little', 'about-a-day-a-week', 'most-days', 'all'] };
const NEEDS: Condition = {
  any: [
    barrier('send', 'learning'),
    { q: 'send-diagnosis', anyOf: ['diagnosed', 'waiting', 'suspected'] },
    { q: 'anxiety-signs', is: 'fine-in-school-not-at-home' },
  ],
};
const HEALTH: Condition = barrier('anxiety', 'mental-health', 'physical-health');
const ACTION: Condition = {
  q: 'attendance-action',
  anyOf: ['letters', 'meeting', 'attendance-contract', 'fine-warning', 'penalty-notice', 'prosecution'],
};
const FINES: Condition = { q: 'attendance-action', anyOf: ['fine-warning', 'penalty-notice', 'prosecution'] };
const NOT_IN_SCHOOL: Condition = {
  any: [{ q: 'school-type', anyOf: ['home-educating', 'not-on-roll'] }, { q: 'off-roll-pressure', is: 'yes' }],
};
const STATUTORY_WHEN: Condition = {
  any: [
    NEEDS,
    { q: 'send-support', anyOf: ['none', 'sen-support', 'assessment-requested', 'assessment-refused'] },
    { q: 'missed', anyOf: ['most-days', 'all'] },
    { q: 'health-days-15', is: 'yes' },
    { q: 'learning', anyOf: ['falling-behind', 'work-too-hard', 'needs-not-understood'] },
  ],
};

type Spec = Omit<Signpost, 'text' | 'asks' | 'reviewed'> & { asks: string[]; reviewed?: string };

function signpost(spec: Spec): Signpost {
  const base = `signposts.${spec.id}`;
  return {
    ...spec,
    text: { title: `${base}.title`, means: `${base}.means`, rights: `${base}.rights`, contact: `${base}.contact` },
    asks: spec.asks.map((key) => ({ id: `${spec.id}:${key}`, key, text: `${base}.asks.${key}` })),
    reviewed: spec.reviewed ?? SIGNPOSTS_REVIEWED,
  };
}

export const SIGNPOSTS: Signpost[] = [
  // Urgent help: first whenever URGENT_CONDITION holds.
  signpost({
    id: 'urgent-safety',
    theme: 'urgent',
    nations: ALL_NATIONS,
    when: URGENT_CONDITION,
    priority: 1000,
    asks: ['gp-today', 'tell-school', 'safety-plan'],
    sources: [{ source: 'define-fine', section: 'Respond to all incidents of bullying and assault' }],
  }),

  // Assess and acknowledge special educational needs and disabilities.
  signpost({
    id: 'needs-noticed',
    theme: 'send',
    nations: ALL_NATIONS,
    when: { any: [NEEDS, barrier('anxiety', 'environment')] },
    stronger: [
      { when: { q: 'send-diagnosis', anyOf: ['waiting', 'suspected'] }, by: 10 },
      { when: { q: 'anxiety-signs', is: 'fine-in-school-not-at-home' }, by: 10 },
    ],
    priority: 70,
    asks: ['meeting', 'write-down', 'support-now'],
    sources: [
      { source: 'define-fine', section: 'Assess and acknowledge special educational needs and disabilities' },
      { source: 'graduated-approach', section: 'Assess' },
    ],
  }),
  signpost({
    id: 'sen-support-england',
    theme: 'send',
    nations: ENGLAND,
    when: { any: [NEEDS, barrier('anxiety')] },
    stronger: [{ when: { q: 'send-support', anyOf: ['none', 'sen-support'] }, by: 10 }],
    priority: 65,
    asks: ['senco-meeting', 'written-support', 'information-report'],
    sources: [{ source: 'send-code-2015', section: 'ch. 6' }],
  }),
  signpost({
    id: 'disability-england',
    theme: 'send',
    nations: ENGLAND,
    when: { any: [NEEDS, barrier('anxiety', 'mental-health', 'physical-health', 'environment')] },
    stronger: [{ when: { q: 'environment', anyOf: ['noise', 'crowds', 'uniform', 'toilets', 'behaviour-rules'] }, by: 10 }],
    priority: 60,
    asks: ['adjustments', 'in-writing'],
    sources: [
      { source: 'equality-act-2010', section: 's6' },
      { source: 'equality-act-2010', section: 's20 and Sch 13' },
    ],
  }),

  // Support mental and physical health.
  signpost({
    id: 'health-support',
    theme: 'health',
    nations: ALL_NATIONS,
    when: { any: [HEALTH, { q: 'health-days-15', is: 'yes' }] },
    stronger: [{ when: { q: 'anxiety-signs', anyOf: ['physical-symptoms', 'distress-before-school', 'sleep'] }, by: 5 }],
    priority: 62,
    asks: ['health-meeting', 'health-plan', 'named-adult'],
    sources: [{ source: 'define-fine', section: 'Support mental and physical health' }],
  }),

  // Referrals to CAMHS and other health professionals.
  signpost({
    id: 'health-referrals',
    theme: 'referrals',
    nations: ALL_NATIONS,
    when: {
      any: [
        HEALTH,
        NEEDS,
        { q: 'referrals', anyOf: ['camhs', 'paediatrician', 'occupational-therapy', 'speech-language-therapy'] },
      ],
    },
    stronger: [{ when: { q: 'referrals-status', anyOf: ['waiting', 'refused'] }, by: 10 }],
    priority: 55,
    asks: ['gp-referral', 'school-letter', 'while-waiting'],
    sources: [{ source: 'define-fine', section: 'Referrals to CAMHS and other health professionals' }],
  }),

  // Collaborate on an individual plan.
  signpost({
    id: 'individual-plan',
    theme: 'plan',
    nations: ALL_NATIONS,
    when: { any: [MISSING_ANY, { q: 'barriers', answered: true }, { q: 'pattern', answered: true }] },
    stronger: [{ when: MISSING_A_LOT, by: 10 }],
    priority: 58,
    asks: ['plan-meeting', 'child-views', 'shared-with-staff', 'review-date'],
    sources: [
      { source: 'graduated-approach', section: 'Assess, Plan, Do, Review' },
      { source: 'define-fine', section: 'Collaborate on an individualised plan' },
    ],
  }),

  // Educational psychologist.
  signpost({
    id: 'educational-psychologist',
    theme: 'psychologist',
    nations: ALL_NATIONS,
    when: { any: [NEEDS, barrier('anxiety'), { q: 'missed', anyOf: ['most-days', 'all'] }] },
    stronger: [{ when: { q: 'learning', anyOf: ['falling-behind', 'needs-not-understood'] }, by: 10 }],
    priority: 48,
    asks: ['ep-involved', 'ep-report'],
    sources: [
      { source: 'define-fine', section: 'Referral to an educational psychologist' },
      { source: 'hf-attendance-strategy', section: 'Appendix 1: Educational Psychology Service' },
    ],
  }),

  // The statutory route in each nation. Always reachable; higher when the answers point to it.
  signpost({
    id: 'ehc-needs-assessment',
    theme: 'statutory',
    nations: ENGLAND,
    when: STATUTORY_WHEN,
    stronger: [
      { when: { q: 'send-diagnosis', anyOf: ['waiting', 'suspected'] }, by: 10 },
      { when: { q: 'send-support', anyOf: ['none', 'sen-support'] }, by: 5 },
    ],
    priority: 75,
    always: true,
    statutory: true,
    guide: true,
    asks: ['request-letter', 'school-evidence', 'keep-date'],
    sources: [
      { source: 'cfa-2014', section: 's36(1)' },
      { source: 'cfa-2014', section: 's36(8)' },
      { source: 'send-regs-2014', section: 'regs 5, 8, 10, 13' },
    ],
  }),
  signpost({
    id: 'ehc-refused-england',
    theme: 'statutory',
    nations: ENGLAND,
    when: { q: 'send-support', is: 'assessment-refused' },
    priority: 90,
    guide: true,
    asks: ['decision-letter', 'mediation-adviser', 'sendiass-help'],
    sources: [
      { source: 'send-regs-2014', section: 'reg 5' },
      { source: 'cfa-2014', section: 's36(8)' },
    ],
  }),
  signpost({
    id: 'ehc-plan-law-england',
    theme: 'statutory',
    nations: ENGLAND,
    when: { q: 'send-support', is: 'statutory-plan' },
    priority: 45,
    guide: true,
    asks: ['legal-basis'],
    sources: [{ source: 'white-paper-2026' }, { source: 'cfa-2014' }],
  }),
  signpost({
    id: 'aln-wales',
    theme: 'statutory',
    nations: ['wales'],
    when: STATUTORY_WHEN,
    stronger: [{ when: { q: 'send-support', is: 'assessment-refused' }, by: 15 }],
    priority: 75,
    always: true,
    statutory: true,
    guide: true,
    asks: ['decide-aln', 'idp', 'welsh-medium'],
    sources: [
      { source: 'alnet-2018', section: 's11' },
      { source: 'alnet-2018', section: 's13' },
    ],
  }),
  signpost({
    id: 'asn-scotland',
    theme: 'statutory',
    nations: ['scotland'],
    when: STATUTORY_WHEN,
    stronger: [{ when: { q: 'send-support', is: 'assessment-refused' }, by: 15 }],
    priority: 75,
    always: true,
    statutory: true,
    guide: true,
    asks: ['assessment', 'csp', 'mediation'],
    sources: [{ source: 'asl-scotland-2004' }],
  }),
  signpost({
    id: 'statement-ni',
    theme: 'statutory',
    nations: ['northern-ireland'],
    when: STATUTORY_WHEN,
    stronger: [{ when: { q: 'send-support', is: 'assessment-refused' }, by: 15 }],
    priority: 75,
    always: true,
    statutory: true,
    guide: true,
    asks: ['statutory-assessment', 'in-writing'],
    sources: [{ source: 'education-ni-order-1996' }, { source: 'send-act-ni-2016' }],
  }),

  // Early help and social care: by choice, never a judgement on parenting.
  signpost({
    id: 'early-help-england',
    theme: 'early-help',
    nations: ENGLAND,
    when: { any: [barrier('family'), { q: 'tried', is: 'early-help' }, ACTION, MISSING_A_LOT] },
    stronger: [{ when: { q: 'family', answered: true }, by: 15 }],
    priority: 40,
    asks: ['what-help', 'right-skills'],
    sources: [
      { source: 'working-together-attendance' },
      { source: 'children-act-1989', section: 's17 and s47' },
      { source: 'define-fine', section: 'Early help and social services referrals' },
    ],
  }),
  signpost({
    id: 'family-support',
    theme: 'early-help',
    nations: OTHER_NATIONS,
    when: { any: [barrier('family'), { q: 'tried', is: 'early-help' }, ACTION, MISSING_A_LOT] },
    stronger: [{ when: { q: 'family', answered: true }, by: 15 }],
    priority: 40,
    asks: ['what-help', 'right-skills'],
    sources: [{ source: 'define-fine', section: 'Early help and social services referrals' }],
  }),

  // Authorising absence for illness.
  signpost({
    id: 'illness-absence-england',
    theme: 'absence',
    nations: ENGLAND,
    when: { any: [{ q: 'recorded', anyOf: ['unauthorised', 'mixed'] }, HEALTH, { q: 'health-days-15', is: 'yes' }] },
    stronger: [{ when: { q: 'recorded', anyOf: ['unauthorised', 'mixed'] }, by: 15 }],
    priority: 52,
    asks: ['record-illness', 'see-record'],
    sources: [{ source: 'illness-absence-response' }, { source: 'ipsea-attendance-summary' }],
  }),
  signpost({
    id: 'absence-records',
    theme: 'absence',
    nations: OTHER_NATIONS,
    when: { any: [{ q: 'recorded', anyOf: ['unauthorised', 'mixed'] }, HEALTH, MISSING_A_LOT] },
    stronger: [{ when: { q: 'recorded', anyOf: ['unauthorised', 'mixed'] }, by: 15 }],
    priority: 45,
    asks: ['see-record', 'explain-health'],
    sources: [{ source: 'define-fine', section: 'Authorising absence' }],
  }),

  // Learning while absent.
  signpost({
    id: 'health-education-england',
    theme: 'learning-absent',
    nations: ENGLAND,
    when: {
      any: [{ q: 'health-days-15', is: 'yes' }, { all: [HEALTH, { q: 'missed', anyOf: ['most-days', 'all'] }] }],
    },
    stronger: [{ when: { q: 'health-days-15', is: 'yes' }, by: 10 }],
    priority: 72,
    asks: ['s19-letter', 'work-meanwhile'],
    sources: [
      { source: 'education-act-1996', section: 's19' },
      { source: 'health-needs-guidance-2023' },
    ],
  }),
  signpost({
    id: 'stay-connected',
    theme: 'learning-absent',
    nations: ALL_NATIONS,
    when: { any: [MISSING_A_LOT, { q: 'health-days-15', is: 'yes' }] },
    priority: 38,
    asks: ['work-home', 'stay-in-touch', 'welcome-back'],
    sources: [{ source: 'define-fine', section: 'Provide learning and connections while absent' }],
  }),

  // Bullying.
  signpost({
    id: 'bullying-england',
    theme: 'bullying',
    nations: ENGLAND,
    when: { any: [barrier('bullying'), { q: 'bullying-kind', answered: true }] },
    stronger: [
      { when: { q: 'bullying-response', anyOf: ['not-enough', 'nothing'] }, by: 15 },
      { when: { q: 'bullying-kind', anyOf: ['prejudice', 'sexual', 'online'] }, by: 5 },
    ],
    priority: 65,
    asks: ['report-writing', 'policy', 'actions-dates'],
    sources: [
      { source: 'eia-2006', section: 's89' },
      { source: 'independent-school-standards' },
      { source: 'preventing-bullying' },
      { source: 'kcsie' },
    ],
  }),
  signpost({
    id: 'bullying-support',
    theme: 'bullying',
    nations: OTHER_NATIONS,
    when: { any: [barrier('bullying'), { q: 'bullying-kind', answered: true }] },
    stronger: [{ when: { q: 'bullying-response', anyOf: ['not-enough', 'nothing'] }, by: 15 }],
    priority: 65,
    asks: ['report-writing', 'policy', 'actions-dates'],
    sources: [{ source: 'define-fine', section: 'Respond to all incidents of bullying and assault' }],
  }),

  // Attendance meetings and fines: support first.
  signpost({
    id: 'support-first-england',
    theme: 'attendance',
    nations: ENGLAND,
    when: { any: [ACTION, { q: 'missed', anyOf: ['most-days', 'all'] }] },
    stronger: [{ when: ACTION, by: 10 }],
    priority: 56,
    asks: ['barriers-first', 'bring-someone', 'meeting-notes'],
    sources: [{ source: 'working-together-attendance' }],
  }),
  signpost({
    id: 'penalty-notices-england',
    theme: 'attendance',
    nations: ENGLAND,
    when: { any: [FINES, { q: 'recorded', anyOf: ['unauthorised', 'mixed'] }] },
    stronger: [{ when: FINES, by: 15 }],
    priority: 55,
    asks: ['support-offered', 'illness-recorded', 'advice-early'],
    sources: [{ source: 'working-together-attendance', section: 'Penalty notices: national framework' }],
  }),
  signpost({
    id: 'attendance-meetings',
    theme: 'attendance',
    nations: OTHER_NATIONS,
    when: { any: [ACTION, { q: 'missed', anyOf: ['most-days', 'all'] }] },
    stronger: [{ when: FINES, by: 15 }],
    priority: 55,
    asks: ['barriers-first', 'bring-someone', 'meeting-notes'],
    sources: [{ source: 'define-fine', section: 'Authorising absence' }],
  }),

  // Part-time timetables, being sent home, and pressure to leave.
  signpost({
    id: 'part-time-england',
    theme: 'part-time',
    nations: ENGLAND,
    when: { q: 'part-time-timetable', is: 'yes' },
    priority: 62,
    asks: ['end-date', 'learning-rest'],
    sources: [{ source: 'working-together-attendance' }],
  }),
  signpost({
    id: 'part-time',
    theme: 'part-time',
    nations: OTHER_NATIONS,
    when: { q: 'part-time-timetable', is: 'yes' },
    priority: 60,
    asks: ['end-date', 'learning-rest'],
    sources: [{ source: 'define-fine', section: 'Collaborate on an individualised plan' }],
  }),
  signpost({
    id: 'sent-home',
    theme: 'part-time',
    nations: ALL_NATIONS,
    when: { q: 'exclusions', anyOf: ['suspension', 'sent-home-informally', 'isolation'] },
    stronger: [{ when: { q: 'exclusions', is: 'sent-home-informally' }, by: 10 }],
    priority: 58,
    asks: ['in-writing', 'plan-needs'],
    sources: [{ source: 'define-fine', section: 'Collaborate on an individualised plan' }],
  }),
  signpost({
    id: 'off-rolling-england',
    theme: 'part-time',
    nations: ENGLAND,
    when: { q: 'off-roll-pressure', is: 'yes' },
    priority: 85,
    asks: ['stop-pressure', 'no-signing'],
    sources: [
      { source: 'education-act-1996', section: 's7' },
      { source: 'define-fine', section: 'Home education' },
      { source: 'cwsa-2026' },
    ],
  }),
  signpost({
    id: 'off-roll-pressure',
    theme: 'part-time',
    nations: OTHER_NATIONS,
    when: { q: 'off-roll-pressure', is: 'yes' },
    priority: 85,
    asks: ['stop-pressure', 'no-signing'],
    sources: [{ source: 'define-fine', section: 'Home education' }],
  }),

  // Home education: a right, never under pressure.
  signpost({
    id: 'home-education-england',
    theme: 'home-education',
    nations: ENGLAND,
    when: NOT_IN_SCHOOL,
    priority: 44,
    asks: ['time-to-decide', 'health-education'],
    sources: [
      { source: 'education-act-1996', section: 's7' },
      { source: 'define-fine', section: 'Home education' },
      { source: 'cwsa-2026' },
    ],
  }),
  signpost({
    id: 'home-education',
    theme: 'home-education',
    nations: OTHER_NATIONS,
    when: NOT_IN_SCHOOL,
    priority: 44,
    asks: ['time-to-decide'],
    sources: [{ source: 'define-fine', section: 'Home education' }],
  }),

  // Advice services: the Local Offer and SENDIASS in England, the nation's own service elsewhere.
  signpost({
    id: 'local-offer-sendiass',
    theme: 'advice',
    nations: ENGLAND,
    when: { any: [NEEDS, { q: 'send-support', anyOf: ['assessment-requested', 'assessment-refused', 'statutory-plan'] }] },
    priority: 50,
    always: true,
    usesCouncil: true,
    asks: ['find-local-offer', 'sendiass-call'],
    sources: [
      { source: 'cfa-2014', section: 's30' },
      { source: 'cfa-2014', section: 's32' },
      { source: 'send-code-2015', section: 'ch. 2' },
      { source: 'define-fine', section: 'Explore the local offer' },
    ],
  }),
  signpost({
    id: 'advice-wales',
    theme: 'advice',
    nations: ['wales'],
    when: { any: [NEEDS, { q: 'send-support', answered: true }] },
    priority: 50,
    always: true,
    usesCouncil: true,
    asks: ['snap-help'],
    sources: [{ source: 'alnet-2018' }],
  }),
  signpost({
    id: 'advice-scotland',
    theme: 'advice',
    nations: ['scotland'],
    when: { any: [NEEDS, { q: 'send-support', answered: true }] },
    priority: 50,
    always: true,
    usesCouncil: true,
    asks: ['enquire-help'],
    sources: [{ source: 'asl-scotland-2004' }],
  }),
  signpost({
    id: 'advice-ni',
    theme: 'advice',
    nations: ['northern-ireland'],
    when: { any: [NEEDS, { q: 'send-support', answered: true }] },
    priority: 50,
    always: true,
    asks: ['ea-contact'],
    sources: [{ source: 'education-ni-order-1996' }],
  }),
  signpost({
    id: 'peer-support',
    theme: 'advice',
    nations: ALL_NATIONS,
    when: { q: 'parent-support', anyOf: ['none', 'family-friends'] },
    priority: 30,
    always: true,
    asks: ['join-group'],
    sources: [{ source: 'define-fine' }],
  }),
];

const BY_ID = new Map(SIGNPOSTS.map((s) => [s.id, s]));
const ASKS = new Map(SIGNPOSTS.flatMap((s) => s.asks.map((a) => [a.id, { signpost: s, ask: a }] as const)));

export function findSignpost(id: string): Signpost | undefined {
  return BY_ID.get(id);
}

/** The signpost and ask behind a kept ask id (`<signpostId>:<askKey>`), or undefined if it no longer exists. */
export function findAsk(askId: string): { signpost: Signpost; ask: Ask } | undefined {
  return ASKS.get(askId);
}

/** The statutory assessment route for a nation: EHC needs assessment, ALN, ASN or a statement. */
export function statutorySignpostFor(nation: Nation): Signpost {
  const s = SIGNPOSTS.find((p) => p.statutory && p.nations.includes(nation));
  if (!s) throw new Error(`No statutory route for ${nation}`);
  return s;
}

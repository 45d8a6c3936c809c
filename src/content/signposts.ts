import { NATIONS, type Nation } from '../domain/nations';
import type { SignpostRule } from '../domain/signposting';
import { URGENT_CONDITION, type KnownCondition as Condition, type OptionId } from './questions';
import type { SourceRef } from './sources';

/**
 * What a family can do next, as data. The structure follows Define Fine's leaflet "Barriers to
 * School Attendance" and the attendance graduated approach, Assess, Plan, Do, Review. Facts come from the project's checked legal facts and the public sources in sources.ts.
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
  'complaints',
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
  /** ISO date the content was last checked against its sources. */
  reviewed: string;
}

export const SIGNPOSTS_REVIEWED = '2026-12-01';
/** Later stages in Wales, Scotland and Northern Ireland (complaints, court, duties, appeal limits), re-checked. */
export const LATER_STAGES_REVIEWED = '2026-12-07';
/** Signposts checked again against their sources since the review date (England's attendance and health facts). */
const RECHECKED = '2026-12-07';

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
  any: [
    { q: 'attendance-action', anyOf: ['letters', 'meeting', 'attendance-contract', 'fine-warning', 'penalty-notice', 'prosecution'] },
    { q: 'urgent', is: 'fine-or-court' },
  ],
};
const FINE_OR_COURT_LETTER: Condition = { q: 'urgent', is: 'fine-or-court' };
const FINES: Condition = {
  any: [{ q: 'attendance-action', anyOf: ['fine-warning', 'penalty-notice', 'prosecution'] }, FINE_OR_COURT_LETTER],
};
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

const HEALTH_EDUCATION_WHEN: Condition = {
  any: [
    { q: 'health-days-15', is: 'yes' },
    { q: 'urgent', is: 'no-school' },
    { all: [HEALTH, { q: 'missed', anyOf: ['most-days', 'all'] }] },
  ],
};
/** Health is a barrier: the school's part in supporting it. */
const HEALTH_AT_SCHOOL: Condition = { any: [HEALTH, { q: 'health-days-15', is: 'yes' }] };
const BULLYING: Condition = { any: [barrier('bullying'), { q: 'bullying-kind', answered: true }] };
const BULLYING_STRONGER = [
  { when: { q: 'bullying-response', anyOf: ['not-enough', 'nothing'] } as Condition, by: 15 },
  { when: { q: 'bullying-kind', anyOf: ['prejudice', 'sexual', 'online'] } as Condition, by: 5 },
];
const SENT_HOME: Condition = { q: 'exclusions', anyOf: ['suspension', 'sent-home-informally', 'isolation'] };
/** A problem the school has not put right: bullying not dealt with, being sent home, or a refusal. */
const COMPLAINT_WHEN: Condition = {
  any: [
    { q: 'bullying-response', anyOf: ['not-enough', 'nothing'] },
    { q: 'exclusions', is: 'sent-home-informally' },
    { q: 'send-support', is: 'assessment-refused' },
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
    sources: [{ source: 'define-fine', section: 'Assess and acknowledge special educational needs and disabilities' }],
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
  // Disability: the Equality Act 2010 in England, Wales and Scotland, each with its own tribunal;
  // Northern Ireland has its own law (SENDO 2005) and tribunal (SENDIST).
  ...(['england', 'wales', 'scotland', 'northern-ireland'] as const).map((n) =>
    signpost({
      id: n === 'northern-ireland' ? 'disability-ni' : `disability-${n}`,
      theme: 'send',
      nations: [n],
      when: { any: [NEEDS, barrier('anxiety', 'mental-health', 'physical-health', 'environment')] },
      stronger: [{ when: { q: 'environment', anyOf: ['noise', 'crowds', 'uniform', 'toilets', 'behaviour-rules'] }, by: 10 }],
      priority: 60,
      asks: ['adjustments', 'in-writing'],
      sources:
        n === 'northern-ireland'
          ? [{ source: 'sendo-2005', section: 'Part III' }, { source: 'nidirect-rights' }]
          : n === 'scotland'
            ? [{ source: 'equality-act-2010', section: 's20 and Sch 13' }, { source: 'health-education-chamber' }]
            : [
                { source: 'equality-act-2010', section: 's6' },
                { source: 'equality-act-2010', section: 's20 and Sch 13' },
              ],
    }),
  ),

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

  // The school's part in supporting a child's health, in each nation's own terms. England: a duty on
  // schools (CFA 2014 s100) and its statutory guidance, usually through an individual healthcare plan,
  // for mental as well as physical health. Wales: the national guidance was not read on gov.wales, so
  // the text names none and points to SNAP Cymru. Scotland and Northern Ireland: their own guidance,
  // read on the government's site.
  signpost({
    id: 'medical-conditions-england',
    theme: 'health',
    nations: ENGLAND,
    when: HEALTH_AT_SCHOOL,
    priority: 63,
    asks: ['healthcare-plan', 'policy', 'review'],
    sources: [{ source: 'cfa-2014-s100', section: 's100' }, { source: 'medical-conditions-england' }],
    reviewed: RECHECKED,
  }),
  signpost({
    id: 'medical-conditions-wales',
    theme: 'health',
    nations: ['wales'],
    when: HEALTH_AT_SCHOOL,
    priority: 63,
    asks: ['health-talk', 'healthcare-plan', 'advice'],
    sources: [{ source: 'snap-cymru-health' }],
    reviewed: RECHECKED,
  }),
  signpost({
    id: 'medical-conditions-scotland',
    theme: 'health',
    nations: ['scotland'],
    when: HEALTH_AT_SCHOOL,
    priority: 63,
    asks: ['health-talk', 'healthcare-plan', 'advice'],
    sources: [{ source: 'healthcare-needs-scotland' }],
    reviewed: RECHECKED,
  }),
  signpost({
    id: 'medical-conditions-ni',
    theme: 'health',
    nations: ['northern-ireland'],
    when: HEALTH_AT_SCHOOL,
    priority: 63,
    asks: ['health-talk', 'healthcare-plan', 'medication'],
    sources: [{ source: 'medical-needs-ea' }, { source: 'medication-needs-ni' }],
    reviewed: RECHECKED,
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
    sources: [{ source: 'define-fine', section: 'Collaborate on an individualised plan' }],
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
      { source: 'alnet-2018', section: 'ss10–11' },
      { source: 'alnet-2018', section: 'ss12–13' },
      { source: 'aln-code-wales', section: 'ALN Code for Wales 2021: time limits for a decision and an IDP' },
    ],
    reviewed: LATER_STAGES_REVIEWED,
  }),
  signpost({
    id: 'aln-disagree-wales',
    theme: 'statutory',
    nations: ['wales'],
    when: { q: 'send-support', anyOf: ['assessment-refused', 'assessment-requested', 'statutory-plan'] },
    stronger: [{ when: { q: 'send-support', is: 'assessment-refused' }, by: 20 }],
    priority: 70,
    guide: true,
    asks: ['reconsider', 'disagreement-resolution', 'time-limits'],
    sources: [
      { source: 'alnet-2018', section: 'ss26–27, s70' },
      { source: 'snap-cymru-la' },
    ],
    reviewed: LATER_STAGES_REVIEWED,
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
    asks: ['assessment', 'csp', 'timetable'],
    sources: [
      { source: 'asl-scotland-2004', section: 's8 (assessments), s9 (CSPs)' },
      { source: 'my-rights-my-say' },
    ],
  }),
  signpost({
    id: 'asn-disagree-scotland',
    theme: 'statutory',
    nations: ['scotland'],
    when: { q: 'send-support', anyOf: ['assessment-refused', 'assessment-requested', 'statutory-plan'] },
    stronger: [{ when: { q: 'send-support', is: 'assessment-refused' }, by: 20 }],
    priority: 70,
    guide: true,
    asks: ['mediation', 'adjudication', 'tribunal'],
    sources: [
      { source: 'asl-scotland-2004', section: 's15 (mediation), s16 (dispute resolution), s18 (tribunal)' },
      { source: 'health-education-chamber' },
    ],
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
    sources: [{ source: 'education-ni-order-1996', section: 'Part II' }, { source: 'ea-timeline' }, { source: 'ea-statutory-assessment' }],
  }),
  signpost({
    id: 'statement-disagree-ni',
    theme: 'statutory',
    nations: ['northern-ireland'],
    when: { q: 'send-support', anyOf: ['assessment-refused', 'assessment-requested', 'statutory-plan'] },
    stronger: [{ when: { q: 'send-support', is: 'assessment-refused' }, by: 20 }],
    priority: 70,
    guide: true,
    asks: ['reasons', 'dars', 'appeal-limit'],
    sources: [{ source: 'ea-disagree' }, { source: 'ea-statutory-assessment' }, { source: 'dars-ni' }],
    reviewed: LATER_STAGES_REVIEWED,
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
    reviewed: RECHECKED,
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
    sources: [{ source: 'working-together-attendance' }, { source: 'illness-code-i', section: 'Code I: illness' }],
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

  // Learning while absent: each nation's duty to arrange education while a child is too ill for school.
  signpost({
    id: 'health-education-england',
    theme: 'learning-absent',
    nations: ENGLAND,
    when: HEALTH_EDUCATION_WHEN,
    stronger: [{ when: { q: 'health-days-15', is: 'yes' }, by: 10 }],
    priority: 72,
    asks: ['s19-letter', 'full-time', 'work-meanwhile'],
    sources: [
      { source: 'education-act-1996', section: 's19, s19(3A)–(3AA)' },
      { source: 'health-needs-guidance-2023' },
    ],
    reviewed: RECHECKED,
  }),
  signpost({
    id: 'health-education-wales',
    theme: 'learning-absent',
    nations: ['wales'],
    when: HEALTH_EDUCATION_WHEN,
    priority: 70,
    asks: ['s19a-letter', 'work-meanwhile'],
    sources: [{ source: 'education-act-1996-s19a', section: 's19A' }],
  }),
  signpost({
    id: 'health-education-scotland',
    theme: 'learning-absent',
    nations: ['scotland'],
    when: HEALTH_EDUCATION_WHEN,
    priority: 70,
    asks: ['s14-letter', 'work-meanwhile'],
    sources: [{ source: 'ill-health-scotland', section: 'Annex A: section 14 of the Education (Scotland) Act 1980' }],
  }),
  signpost({
    id: 'health-education-ni',
    theme: 'learning-absent',
    nations: ['northern-ireland'],
    when: HEALTH_EDUCATION_WHEN,
    priority: 70,
    asks: ['eotas', 'work-meanwhile'],
    sources: [
      { source: 'education-ni-order-1998', section: 'Article 86 (as amended by the Education (NI) Order 2006, Article 34)' },
      { source: 'eotas-ni' },
    ],
    reviewed: LATER_STAGES_REVIEWED,
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
    when: BULLYING,
    stronger: BULLYING_STRONGER,
    priority: 65,
    asks: ['report-writing', 'policy', 'actions-dates'],
    sources: [{ source: 'eia-2006', section: 's89' }, { source: 'preventing-bullying' }],
  }),
  signpost({
    id: 'bullying-wales',
    theme: 'bullying',
    nations: ['wales'],
    when: BULLYING,
    stronger: BULLYING_STRONGER,
    priority: 65,
    asks: ['report-writing', 'policy', 'actions-dates'],
    sources: [{ source: 'define-fine', section: 'Respond to all incidents of bullying and assault' }],
  }),
  signpost({
    id: 'bullying-scotland',
    theme: 'bullying',
    nations: ['scotland'],
    when: BULLYING,
    stronger: BULLYING_STRONGER,
    priority: 65,
    asks: ['report-writing', 'policy', 'actions-dates'],
    sources: [{ source: 'respectme' }, { source: 'define-fine', section: 'Respond to all incidents of bullying and assault' }, { source: 'spso' }],
    reviewed: LATER_STAGES_REVIEWED,
  }),
  signpost({
    id: 'bullying-ni',
    theme: 'bullying',
    nations: ['northern-ireland'],
    when: BULLYING,
    stronger: BULLYING_STRONGER,
    priority: 65,
    asks: ['report-writing', 'policy', 'record'],
    sources: [{ source: 'abs-act-ni-2016' }],
  }),

  // Attendance meetings and fines: support first. Penalty notices exist in England and Wales only.
  signpost({
    id: 'support-first-england',
    theme: 'attendance',
    nations: ENGLAND,
    when: { any: [ACTION, { q: 'missed', anyOf: ['most-days', 'all'] }] },
    stronger: [{ when: ACTION, by: 10 }],
    priority: 56,
    asks: ['barriers-first', 'bring-someone', 'meeting-notes'],
    sources: [{ source: 'working-together-attendance' }],
    reviewed: RECHECKED,
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
    reviewed: RECHECKED,
  }),
  signpost({
    id: 'attendance-meetings',
    theme: 'attendance',
    nations: OTHER_NATIONS,
    when: { any: [ACTION, { q: 'missed', anyOf: ['most-days', 'all'] }] },
    stronger: [{ when: ACTION, by: 15 }],
    priority: 55,
    asks: ['barriers-first', 'bring-someone', 'meeting-notes'],
    sources: [{ source: 'define-fine', section: 'Authorising absence' }],
  }),
  signpost({
    id: 'penalty-notices-wales',
    theme: 'attendance',
    nations: ['wales'],
    when: { any: [FINES, { q: 'recorded', anyOf: ['unauthorised', 'mixed'] }] },
    stronger: [{ when: FINES, by: 15 }],
    priority: 54,
    asks: ['support-offered', 'code-of-conduct', 'advice-early'],
    sources: [
      { source: 'penalty-notices-wales', section: 'regs 14–16 (codes of conduct)' },
      { source: 'penalty-notices-pembrokeshire' },
    ],
  }),
  signpost({
    id: 'attendance-scotland',
    theme: 'attendance',
    nations: ['scotland'],
    when: { any: [ACTION, { q: 'recorded', anyOf: ['unauthorised', 'mixed'] }] },
    stronger: [{ when: ACTION, by: 10 }],
    priority: 54,
    asks: ['support-plan', 'advice-early'],
    sources: [{ source: 'included-engaged-involved' }],
    reviewed: LATER_STAGES_REVIEWED,
  }),
  // Northern Ireland: no penalty notices, but the Education Authority can prosecute (a court fine or
  // an Education Supervision Order). Said calmly, support first, with free legal advice.
  signpost({
    id: 'attendance-ni',
    theme: 'attendance',
    nations: ['northern-ireland'],
    when: { any: [ACTION, { q: 'recorded', anyOf: ['unauthorised', 'mixed'] }] },
    stronger: [{ when: ACTION, by: 10 }],
    priority: 54,
    asks: ['support-plan', 'advice-early'],
    sources: [{ source: 'ea-ews-legal', section: 'Legislation; The Court Process' }],
    reviewed: LATER_STAGES_REVIEWED,
  }),

  // Part-time timetables, being sent home, and pressure to leave.
  signpost({
    id: 'part-time-england',
    theme: 'part-time',
    nations: ENGLAND,
    when: { q: 'part-time-timetable', is: 'yes' },
    priority: 62,
    asks: ['end-date', 'learning-rest', 'authorised'],
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
    id: 'sent-home-england',
    theme: 'part-time',
    nations: ENGLAND,
    when: SENT_HOME,
    stronger: [{ when: { q: 'exclusions', is: 'sent-home-informally' }, by: 10 }],
    priority: 58,
    asks: ['in-writing', 'plan-needs'],
    sources: [{ source: 'informal-exclusion-england', section: 'quoting the DfE suspension and permanent exclusion guidance (2024), para 20' }],
  }),
  signpost({
    id: 'sent-home-wales',
    theme: 'part-time',
    nations: ['wales'],
    when: SENT_HOME,
    stronger: [{ when: { q: 'exclusions', is: 'sent-home-informally' }, by: 10 }],
    priority: 58,
    asks: ['in-writing', 'plan-needs'],
    sources: [{ source: 'informal-exclusion-wales' }],
  }),
  signpost({
    id: 'sent-home',
    theme: 'part-time',
    nations: ['scotland', 'northern-ireland'],
    when: SENT_HOME,
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
    nations: ['wales', 'northern-ireland'],
    when: { q: 'off-roll-pressure', is: 'yes' },
    priority: 85,
    asks: ['stop-pressure', 'no-signing'],
    sources: [{ source: 'define-fine', section: 'Home education' }],
  }),
  signpost({
    id: 'off-roll-pressure-scotland',
    theme: 'part-time',
    nations: ['scotland'],
    when: { q: 'off-roll-pressure', is: 'yes' },
    priority: 85,
    asks: ['stop-pressure', 'no-signing'],
    sources: [{ source: 'home-education-scotland', section: '3.2 Who needs consent?' }],
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
    nations: ['wales', 'northern-ireland'],
    when: NOT_IN_SCHOOL,
    priority: 44,
    asks: ['time-to-decide'],
    sources: [{ source: 'define-fine', section: 'Home education' }],
  }),
  signpost({
    id: 'home-education-scotland',
    theme: 'home-education',
    nations: ['scotland'],
    when: NOT_IN_SCHOOL,
    priority: 44,
    asks: ['time-to-decide', 'consent'],
    sources: [{ source: 'home-education-scotland', section: '3.2 Who needs consent?' }],
  }),

  // Complaints: how to raise a problem the school has not put right, in each nation. Never a hurdle
  // before asking for something the law gives.
  signpost({
    id: 'complaints-england',
    theme: 'complaints',
    nations: ENGLAND,
    when: COMPLAINT_WHEN,
    priority: 36,
    always: true,
    asks: ['policy', 'in-writing', 'next-step'],
    sources: [{ source: 'school-complaints-england' }],
  }),
  signpost({
    id: 'complaints-wales',
    theme: 'complaints',
    nations: ['wales'],
    when: COMPLAINT_WHEN,
    priority: 36,
    always: true,
    asks: ['policy', 'in-writing', 'next-step'],
    sources: [{ source: 'school-complaints-wales' }, { source: 'snap-cymru-la' }],
    reviewed: LATER_STAGES_REVIEWED,
  }),
  signpost({
    id: 'complaints-scotland',
    theme: 'complaints',
    nations: ['scotland'],
    when: COMPLAINT_WHEN,
    priority: 36,
    always: true,
    asks: ['policy', 'in-writing', 'next-step'],
    sources: [{ source: 'spso' }, { source: 'asl-scotland-2004', section: 's15 (mediation), s16 (dispute resolution)' }],
    reviewed: LATER_STAGES_REVIEWED,
  }),
  signpost({
    id: 'complaints-ni',
    theme: 'complaints',
    nations: ['northern-ireland'],
    when: COMPLAINT_WHEN,
    priority: 36,
    always: true,
    asks: ['policy', 'in-writing', 'next-step'],
    sources: [{ source: 'nipso-act-2016', section: 's26 (6 months from the final reply)' }, { source: 'dars-ni' }],
    reviewed: LATER_STAGES_REVIEWED,
  }),

  // Advice services: the Local Offer and SENDIASS in England, each nation's own independent services elsewhere.
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
    asks: ['snap-help', 'advocacy'],
    sources: [{ source: 'snap-cymru-la' }],
  }),
  signpost({
    id: 'advice-scotland',
    theme: 'advice',
    nations: ['scotland'],
    when: { any: [NEEDS, { q: 'send-support', answered: true }] },
    priority: 50,
    always: true,
    usesCouncil: true,
    asks: ['enquire-help', 'lets-talk-asn', 'my-rights-my-say'],
    sources: [{ source: 'health-education-chamber' }, { source: 'my-rights-my-say' }],
  }),
  signpost({
    id: 'advice-ni',
    theme: 'advice',
    nations: ['northern-ireland'],
    when: { any: [NEEDS, { q: 'send-support', answered: true }] },
    priority: 50,
    always: true,
    asks: ['dars', 'childrens-law-centre', 'senac'],
    sources: [{ source: 'dars-ni' }, { source: 'ea-disagree' }],
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

import type { Condition } from '../domain/conditions';
import { NATIONS } from '../domain/nations';
import { NOT_SURE } from '../domain/questionnaire/types';
import type { QuestionRule } from '../domain/questionnaire/flow';

/**
 * The guided questionnaire as data. Ids are shared with other features (see docs/ARCHITECTURE.md):
 * add, never rename.
 *
 * Text lives in locales/<lang>/questionnaire.json under `q.<id>.*`:
 *   title, hint (optional), summary (short label for check answers and "because you told us"),
 *   options.<optionId>, options.<optionId>_hint (optional).
 * Nation-specific text: a key with `_<nation>` appended (e.g. `title_wales`, `options.statutory-plan_wales`)
 * is used first when it exists. When the young person fills it in themselves, `title_self` / `hint_self`
 * are used first where they exist (the order: src/domain/textVariant.ts).
 *
 * Every question accepts NOT_SURE ('not-sure'); only `nation` is required. A question is asked only
 * when its `askWhen` holds for the answers so far (see src/domain/questionnaire/flow.ts).
 */

/**
 * The parts of the questionnaire, in the order they are asked. The screens show them as steps
 * ("About you · What is hard · School · …"), never a count that could grow: questions are kept in
 * section order (tests/unit/questionnaire/first-help.test.ts), so the step shown never goes back.
 */
export const SECTIONS = ['who', 'barriers', 'attendance', 'details', 'tried', 'voices'] as const;
export type SectionId = (typeof SECTIONS)[number];

/** A question: the rules the flow uses (kind, options, conditions) plus how the screens show it. */
export interface Question extends QuestionRule {
  section: SectionId;
  /** Free text: a one-line input ('short') or a text area ('long'). */
  input?: 'short' | 'long';
  /** Options whose label depends on the nation: `options.<id>_<nation>` exists for each nation. */
  nationOptions?: readonly string[];
}

const ON_ROLL: Condition = { not: { q: 'school-type', anyOf: ['not-on-roll', 'home-educating'] } };
const MISSED_SOME: Condition = { not: { q: 'missed', is: 'none' } };
const barrier = (id: string): Condition => ({ q: 'barriers', is: id });

/** The questions as written, with their ids and option ids kept as literal types (see QuestionId). */
const QUESTION_LIST = [
  // Who and where (the short way in: where you live, who is answering)
  {
    id: 'nation',
    kind: 'single',
    section: 'who',
    required: true,
    options: NATIONS,
  },
  { id: 'role', kind: 'single', section: 'who', options: ['parent', 'young-person', 'volunteer'] },
  // What is hardest
  {
    id: 'barriers',
    kind: 'multi',
    section: 'barriers',
    options: [
      'anxiety',
      'send',
      'bullying',
      'physical-health',
      'mental-health',
      'family',
      'transition',
      'environment',
      'learning',
    ],
    nationOptions: ['send'],
  },
  // The short way in: what cannot wait. After this question the family sees a first page of help;
  // every later question makes it fit better (FIRST_HELP_AFTER).
  {
    id: 'urgent',
    kind: 'multi',
    section: 'barriers',
    options: ['safety', 'fine-or-court', 'no-school', 'none'],
    exclusive: ['none'],
    nationOptions: ['fine-or-court'],
  },

  // School and attendance
  { id: 'council', kind: 'council', section: 'attendance' },
  { id: 'child-name', kind: 'text', section: 'attendance', input: 'short', askWhen: { not: { q: 'role', is: 'young-person' } } },
  { id: 'age-stage', kind: 'single', section: 'attendance', options: ['early-years', 'primary', 'secondary', 'post-16'] },
  {
    id: 'school-type',
    kind: 'single',
    section: 'attendance',
    options: [
      'mainstream',
      'academy',
      'special',
      'independent',
      'alternative-provision',
      'college',
      'not-on-roll',
      'home-educating',
    ],
    optionWhen: { academy: { nation: ['england'] } },
  },

  {
    id: 'missed',
    kind: 'single',
    section: 'attendance',
    options: ['none', 'a-little', 'about-a-day-a-week', 'most-days', 'all'],
    askWhen: ON_ROLL,
  },
  {
    id: 'pattern',
    kind: 'multi',
    section: 'attendance',
    options: ['mornings', 'some-days', 'some-lessons', 'part-days', 'not-at-all'],
    exclusive: ['not-at-all'],
    askWhen: { all: [ON_ROLL, { not: { q: 'missed', anyOf: ['none', 'all'] } }] },
  },
  {
    id: 'recorded',
    kind: 'single',
    section: 'attendance',
    options: ['authorised', 'unauthorised', 'mixed'],
    askWhen: { all: [ON_ROLL, MISSED_SOME] },
  },
  {
    id: 'health-days-15',
    kind: 'single',
    section: 'attendance',
    options: ['yes', 'no'],
    // The 15-day point comes from England's health-needs guidance, so only England is asked. It asks
    // about days missed *or likely to be missed*: the council should act as soon as it is clear a
    // child will miss 15 days, and a family never has to wait for the days to pass.
    askWhen: { all: [{ nation: ['england'] }, { not: { q: 'school-type', is: 'home-educating' } }, MISSED_SOME] },
  },
  {
    id: 'attendance-action',
    kind: 'multi',
    section: 'attendance',
    options: ['letters', 'meeting', 'attendance-contract', 'fine-warning', 'penalty-notice', 'prosecution', 'none'],
    exclusive: ['none'],
    // "Attendance contract" is England's name (DfE attendance guidance); elsewhere "a meeting" covers it.
    // Penalty notices (fines) exist only in England and Wales: Scotland has none, and none is known in
    // Northern Ireland, so fine options are never offered there.
    optionWhen: {
      'attendance-contract': { nation: ['england'] },
      'fine-warning': { nation: ['england', 'wales'] },
      'penalty-notice': { nation: ['england', 'wales'] },
    },
    askWhen: { all: [ON_ROLL, MISSED_SOME] },
  },
  { id: 'part-time-timetable', kind: 'single', section: 'attendance', options: ['yes', 'no'], askWhen: ON_ROLL },
  { id: 'off-roll-pressure', kind: 'single', section: 'attendance', options: ['yes', 'no'] },
  {
    id: 'exclusions',
    kind: 'multi',
    section: 'attendance',
    options: ['suspension', 'sent-home-informally', 'isolation', 'none'],
    exclusive: ['none'],
    askWhen: ON_ROLL,
  },

  // More about each barrier
  {
    id: 'anxiety-signs',
    kind: 'multi',
    section: 'details',
    options: ['physical-symptoms', 'distress-before-school', 'fine-in-school-not-at-home', 'refuses-or-freezes', 'sleep'],
    askWhen: barrier('anxiety'),
  },
  {
    id: 'send-needs',
    kind: 'multi',
    section: 'details',
    options: [
      'autism',
      'adhd',
      'pda',
      'dyslexia',
      'other-learning-differences',
      'sensory',
      'speech-language',
      'learning-difficulty',
      'physical-disability',
      'other',
    ],
    askWhen: barrier('send'),
  },
  {
    id: 'send-diagnosis',
    kind: 'single',
    section: 'details',
    options: ['diagnosed', 'waiting', 'suspected'],
    askWhen: barrier('send'),
  },
  {
    id: 'send-support',
    kind: 'single',
    section: 'details',
    options: ['none', 'sen-support', 'statutory-plan', 'assessment-requested', 'assessment-refused'],
    nationOptions: ['sen-support', 'statutory-plan', 'assessment-requested', 'assessment-refused'],
    askWhen: { q: 'barriers', anyOf: ['send', 'learning'] },
  },
  {
    id: 'bullying-kind',
    kind: 'multi',
    section: 'details',
    options: ['in-person', 'online', 'prejudice', 'sexual'],
    askWhen: barrier('bullying'),
  },
  { id: 'bullying-reported', kind: 'single', section: 'details', options: ['yes', 'no'], askWhen: barrier('bullying') },
  {
    id: 'bullying-response',
    kind: 'single',
    section: 'details',
    options: ['helped', 'not-enough', 'nothing'],
    askWhen: { all: [barrier('bullying'), { q: 'bullying-reported', is: 'yes' }] },
  },
  {
    id: 'physical-health',
    kind: 'multi',
    section: 'details',
    options: ['long-term-condition', 'pain', 'fatigue', 'appointments'],
    askWhen: barrier('physical-health'),
  },
  {
    id: 'mental-health',
    kind: 'multi',
    section: 'details',
    options: ['low-mood', 'self-harm', 'suicidal-thoughts', 'eating', 'trauma'],
    askWhen: barrier('mental-health'),
  },
  {
    id: 'family',
    kind: 'multi',
    section: 'details',
    options: ['young-carer', 'bereavement', 'separation', 'housing', 'money', 'parent-health', 'someone-hurting-them'],
    askWhen: barrier('family'),
  },
  {
    id: 'transition',
    kind: 'multi',
    section: 'details',
    options: ['new-school', 'primary-to-secondary', 'moved-house', 'other'],
    askWhen: barrier('transition'),
  },
  {
    id: 'environment',
    kind: 'multi',
    section: 'details',
    options: ['noise', 'crowds', 'uniform', 'toilets', 'behaviour-rules', 'staff-relationships', 'friendships'],
    askWhen: barrier('environment'),
  },
  {
    id: 'learning',
    kind: 'multi',
    section: 'details',
    options: ['falling-behind', 'work-too-hard', 'needs-not-understood'],
    askWhen: barrier('learning'),
  },

  // What has been tried
  {
    id: 'tried',
    kind: 'multi',
    section: 'tried',
    options: ['talked-to-school', 'talked-to-senco', 'sen-support', 'support-plan', 'attendance-plan', 'early-help', 'gp', 'none'],
    exclusive: ['none'],
    nationOptions: ['talked-to-senco', 'sen-support'],
  },
  {
    id: 'referrals',
    kind: 'multi',
    section: 'tried',
    options: ['camhs', 'paediatrician', 'educational-psychologist', 'occupational-therapy', 'speech-language-therapy', 'none'],
    exclusive: ['none'],
  },
  {
    id: 'referrals-status',
    kind: 'single',
    section: 'tried',
    options: ['waiting', 'seen', 'refused'],
    askWhen: {
      q: 'referrals',
      anyOf: ['camhs', 'paediatrician', 'educational-psychologist', 'occupational-therapy', 'speech-language-therapy'],
    },
  },
  { id: 'what-helped', kind: 'text', section: 'tried', input: 'long' },
  { id: 'what-made-worse', kind: 'text', section: 'tried', input: 'long' },

  // Voices
  { id: 'child-hard', kind: 'text', section: 'voices', input: 'long' },
  { id: 'child-helps', kind: 'text', section: 'voices', input: 'long' },
  { id: 'child-change', kind: 'text', section: 'voices', input: 'long' },
  {
    id: 'parent-support',
    kind: 'multi',
    section: 'voices',
    options: ['family-friends', 'parent-group', 'professional', 'none'],
    exclusive: ['none'],
    askWhen: { not: { q: 'role', is: 'young-person' } },
  },
  { id: 'parent-voice', kind: 'text', section: 'voices', input: 'long', askWhen: { not: { q: 'role', is: 'young-person' } } },
] as const satisfies readonly Question[];

export const QUESTIONS: readonly Question[] = QUESTION_LIST;

type QuestionLiteral = (typeof QUESTION_LIST)[number];

/** The id of a question that exists: a condition naming any other id fails the type check. */
export type QuestionId = QuestionLiteral['id'];

/** The option ids of one question ('not-sure' included); any string for text and council questions. */
export type OptionId<Q extends QuestionId> =
  Extract<QuestionLiteral, { id: Q }> extends { options: readonly (infer O extends string)[] } ? O | typeof NOT_SURE : string;

/** Each question id with its option ids, for checked conditions (KnownCondition). */
export type QuestionOptions = { [Q in QuestionId]: OptionId<Q> };

/**
 * A condition over this app's questions: naming a question or option that does not exist fails the
 * type check. Signposts, letters and urgent help use it.
 */
export type KnownCondition = Condition<QuestionOptions>;

/**
 * True when an answer shows a child may be at immediate risk: self-harm, thoughts of suicide, or
 * someone hurting them. The app then shows urgent help at once, before anything else.
 */
export const URGENT_CONDITION: KnownCondition = {
  any: [
    { q: 'urgent', is: 'safety' },
    { q: 'mental-health', anyOf: ['self-harm', 'suicidal-thoughts'] },
    { q: 'family', is: 'someone-hurting-them' },
  ],
};

/**
 * The last question of the short way in (where you live, who is answering, what is hardest, what is
 * urgent). Continuing from it opens the first page of help; the questions after it refine that help.
 */
export const FIRST_HELP_AFTER = 'urgent';

// The question structure was last reviewed on 2026-11-22.

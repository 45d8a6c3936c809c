import { matches } from '../domain/conditions';
import type { Answers } from '../domain/questionnaire/types';
import { NATIONS, type Nation } from '../domain/nations';
import type { ClockKind, LetterTemplate, ParagraphTemplate } from '../domain/letters/types';
import type { KnownCondition, OptionId } from './questions';

/**
 * The letters a family can write, as data. Text lives in locales/<lang>/letters.json:
 *   templates.<id>.title / summary / subject / to, and each paragraph's key.
 * Every statement of law in a letter traces to a checked public source through `sources`
 * (ids from src/content/sources.ts). A letter is only offered in the nations listed; where a law is
 * England-only, its paragraph carries a nation condition so the same letter elsewhere says less.
 * When the young person answered the questions themselves, each text that differs has a `<key>_self`
 * twin in their own voice ("I", "my attendance"), chosen by draftLetter; the structure is shared.
 */

export const LETTERS_REVIEWED = '2026-12-01';

/** Conditions here may name only questions and options that exist (checked by the type check). */
type Condition = KnownCondition;
/** A paragraph whose condition is checked against the questions. */
type Paragraph = Omit<ParagraphTemplate, 'when'> & { when?: Condition };

const ALL: Nation[] = [...NATIONS];
const in_ = (...nations: Nation[]): Condition => ({ nation: nations });
const barrier = (id: OptionId<'barriers'>): Condition => ({ q: 'barriers', is: id });

/** What the family told us about the child: used by every letter that describes their needs. */
const ABOUT_CHILD: Paragraph[] = [
  { key: 'p.needs', needs: ['needs'], group: 'needs' },
  { key: 'p.diagnosisWaiting', when: { q: 'send-diagnosis', is: 'waiting' }, group: 'needs' },
  { key: 'p.diagnosisSuspected', when: { q: 'send-diagnosis', is: 'suspected' }, group: 'needs' },
  { key: 'p.signs', needs: ['signs'], group: 'needs' },
  { key: 'p.attendance', needs: ['needs', 'attendance'], group: 'needs' },
  { key: 'p.attendanceOnly', needs: ['attendance'], unless: ['needs'], group: 'needs' },
  { key: 'p.pattern', needs: ['pattern'], group: 'needs' },
  { key: 'p.recordAttendance', needs: ['recordAttendance'] },
  { key: 'p.recordContacts', needs: ['recordContacts'] },
  { key: 'p.tried', needs: ['tried'], group: 'tried' },
  { key: 'p.referrals', needs: ['referrals'], group: 'tried' },
  { key: 'p.referralsWaiting', needs: ['referrals'], when: { q: 'referrals-status', is: 'waiting' }, group: 'tried' },
  { key: 'p.helped', needs: ['helped'], group: 'helped' },
  { key: 'p.worse', needs: ['worse'], group: 'helped' },
  { key: 'p.childHard', needs: ['childHard'], group: 'voice' },
  { key: 'p.childHelps', needs: ['childHelps'], group: 'voice' },
];

const SEND_LIKE: Condition = { any: [barrier('send'), barrier('learning'), { q: 'send-needs', answered: true }] };
/**
 * A young person writing for themselves who has not told us they are 16 or over. In England a young
 * person can ask for an EHC needs assessment themselves only from 16 (CFA 2014 s36(1), young person
 * 16–25), so their letter asks to be assessed but claims no right of their own to ask.
 */
const YOUNG_UNDER_16: Condition = { all: [{ q: 'role', is: 'young-person' }, { not: { q: 'age-stage', is: 'post-16' } }] };
const HEALTH: Condition = { any: [barrier('physical-health'), barrier('mental-health'), barrier('anxiety'), { q: 'health-days-15', is: 'yes' }] };

/** The child's full name, date of birth and year group (when given), straight after the opening. */
function withDetails(paragraphs: ParagraphTemplate[]): ParagraphTemplate[] {
  const after = paragraphs.map((p) => p.group).lastIndexOf('opening') + 1;
  return [...paragraphs.slice(0, after), { key: 'p.details', needs: ['childDetails'] }, ...paragraphs.slice(after)];
}

function template(
  id: string,
  nations: Nation[],
  rest: {
    suggestWhen?: Condition;
    recipientRoles: LetterTemplate['recipientRoles'];
    recipientFallbackKeyByNation?: LetterTemplate['recipientFallbackKeyByNation'];
    paragraphs: Paragraph[];
    clock?: ClockKind;
    sources: string[];
  },
): LetterTemplate {
  const base = `templates.${id}`;
  return {
    id,
    nations,
    titleKey: `${base}.title`,
    summaryKey: `${base}.summary`,
    subjectKey: `${base}.subject`,
    recipientFallbackKey: `${base}.to`,
    clock: rest.clock ?? 'none',
    reviewed: LETTERS_REVIEWED,
    ...rest,
    paragraphs: withDetails(rest.paragraphs.map((p) => (p.key.startsWith('p.') ? p : { ...p, key: `${base}.p.${p.key}` }))),
  };
}

export const LETTER_TEMPLATES: LetterTemplate[] = [
  // First: a letter about attendance or a fine is the one that cannot wait.
  // A reply to an attendance or fine-warning letter: support first, illness authorised, the support
  // asked for, the record with codes. England: "Working together to improve school attendance"
  // (statutory from 19 Aug 2024; a penalty notice is considered, not automatic) and code I. Wales:
  // its own penalty notices (Education (Penalty Notices) (Wales) Regulations 2013, council codes of
  // conduct). Scotland: no penalty notices; support first (Included, Engaged and Involved). Northern
  // Ireland: no penalty-notice scheme is known, so the letter says nothing about fines. No letter
  // names a fine's amount.
  template('attendance-reply', ALL, {
    suggestWhen: { q: 'attendance-action', anyOf: ['letters', 'fine-warning', 'penalty-notice', 'prosecution', 'attendance-contract'] },
    recipientRoles: ['attendance-officer', 'head-teacher', 'head-of-year'],
    sources: ['working-together-attendance', 'illness-code-i', 'penalty-notices-wales', 'included-engaged-involved'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'want' },
      ...ABOUT_CHILD.filter((p) => p.group !== 'voice'),
      { key: 'supportEngland', when: in_('england') },
      { key: 'supportScotland', when: in_('scotland') },
      { key: 'supportOther', when: in_('wales', 'northern-ireland') },
      { key: 'illnessEngland', when: { all: [in_('england'), HEALTH] } },
      { key: 'illness', when: { all: [{ not: in_('england') }, HEALTH] } },
      { key: 'askSupport' },
      { key: 'record' },
      { key: 'fineEngland', when: { all: [in_('england'), { q: 'attendance-action', anyOf: ['fine-warning', 'penalty-notice'] }] } },
      { key: 'fineWales', when: { all: [in_('wales'), { q: 'attendance-action', anyOf: ['fine-warning', 'penalty-notice'] }] } },
      ...ABOUT_CHILD.filter((p) => p.group === 'voice'),
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // England: Children and Families Act 2014 s36; SEND Regulations 2014 reg 5.
  template('ehc-request', ['england'], {
    suggestWhen: SEND_LIKE,
    recipientRoles: ['council-send'],
    clock: 'ehc-request',
    sources: ['cfa-2014', 'send-regs-2014'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'school', needs: ['school'], group: 'opening' },
      { key: 'right', when: { not: YOUNG_UNDER_16 } },
      { key: 'rightYoung', when: YOUNG_UNDER_16 },
      { key: 'belief' },
      ...ABOUT_CHILD,
      { key: 'test' },
      { key: 'ask', when: { not: YOUNG_UNDER_16 }, group: 'ask' },
      { key: 'askYoung', when: YOUNG_UNDER_16, group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),
  // Wales: ALNET (Wales) Act 2018 ss10–13 (a learner with ALN must have an IDP); time limits from the
  // ALN Code, which makes them requirements (a school must decide within 35 school days, a council 12 weeks).
  template('aln-decision', ['wales'], {
    suggestWhen: SEND_LIKE,
    recipientRoles: ['senco', 'head-teacher', 'council-send'],
    clock: 'aln-decision',
    sources: ['alnet-2018', 'aln-code-wales'],
    paragraphs: [{ key: 'intro', group: 'opening' }, { key: 'school', needs: ['school'], group: 'opening' }, { key: 'law' }, { key: 'time' }, ...ABOUT_CHILD, { key: 'ask', group: 'ask' }, { key: 'contact', group: 'ask' }],
  }),
  // Scotland: Education (Additional Support for Learning) (Scotland) Act 2004. Children aged 12 to 15
  // can make their own requests (My Rights, My Say); the CSP timetable is "about 16 weeks".
  template('asn-assessment', ['scotland'], {
    suggestWhen: SEND_LIKE,
    recipientRoles: ['council-send', 'head-teacher'],
    clock: 'asn-request',
    sources: ['asl-scotland-2004', 'my-rights-my-say'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'school', needs: ['school'], group: 'opening' },
      { key: 'law' },
      // A child from 12, or a young person, asking for themselves: in Scotland that is their own right.
      { key: 'rightYoung', when: { q: 'role', is: 'young-person' } },
      ...ABOUT_CHILD,
      { key: 'ask', group: 'ask' },
      { key: 'timetable' },
      { key: 'contact', group: 'ask' },
    ],
  }),
  // Northern Ireland: Education (NI) Order 1996; the Education Authority decides within 6 weeks and the
  // whole process is 26 weeks (SEN Regulations (NI) 2005, as the EA's pages explain).
  template('ni-statutory-assessment', ['northern-ireland'], {
    suggestWhen: SEND_LIKE,
    recipientRoles: ['council-send'],
    clock: 'ni-assessment',
    sources: ['education-ni-order-1996', 'ea-timeline'],
    paragraphs: [{ key: 'intro', group: 'opening' }, { key: 'school', needs: ['school'], group: 'opening' }, { key: 'law' }, ...ABOUT_CHILD, { key: 'ask', group: 'ask' }, { key: 'contact', group: 'ask' }],
  }),

  // Illness absence. England: DfE attendance guidance (no paragraph numbers); a school's duty to
  // support pupils with medical conditions (CFA 2014 s100 and its statutory guidance), usually through
  // an individual healthcare plan. Elsewhere the letter asks how the school supports the child's
  // health and whether a healthcare plan would help, naming no guidance.
  template('illness-absence', ALL, {
    suggestWhen: HEALTH,
    recipientRoles: ['head-teacher', 'attendance-officer', 'head-of-year'],
    sources: ['working-together-attendance', 'illness-code-i', 'cfa-2014-s100', 'medical-conditions-england'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'reasons', needs: ['healthReasons'] },
      { key: 'attendance', needs: ['attendance'] },
      { key: 'p.recordAttendance', needs: ['recordAttendance'] },
      { key: 'p.recordMismatch', needs: ['recordMismatch'] },
      { key: 'guidance', when: in_('england') },
      { key: 'ask', group: 'ask' },
      { key: 'correct', when: { q: 'recorded', anyOf: ['unauthorised', 'mixed'] } },
      { key: 'p.recordContacts', needs: ['recordContacts'] },
      { key: 'support' },
      { key: 'healthcarePlan', when: in_('england') },
      { key: 'healthcarePlanOther', when: { not: in_('england') } },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // Education while too unwell to attend. England: Education Act 1996 s19 (no minimum period) + DfE
  // guidance Dec 2023 (act as soon as it is clear the child will miss 15 days). Wales: s19A. Scotland:
  // Education (Scotland) Act 1980 s14. Northern Ireland: the Education Authority's duty (Education (NI)
  // Order 1998 Art 86, as amended), asked for as a duty; its service is Education Other Than At School.
  template('health-education', ALL, {
    suggestWhen: { any: [{ q: 'health-days-15', is: 'yes' }, { all: [HEALTH, { q: 'missed', anyOf: ['most-days', 'all'] }] }] },
    // The council's education team for children too ill for school (medical needs, section 19), never
    // early help: early help is family support and does not arrange education.
    recipientRoles: ['medical-needs', 'council-send'],
    // In Northern Ireland education is the Education Authority's, not a council's.
    recipientFallbackKeyByNation: { 'northern-ireland': 'templates.health-education.toNi' },
    sources: ['education-act-1996', 'health-needs-guidance-2023', 'education-act-1996-s19a', 'ill-health-scotland', 'education-ni-order-1998', 'eotas-ni'],
    paragraphs: [
      { key: 'intro', when: { not: in_('northern-ireland') }, group: 'opening' },
      { key: 'introNi', when: in_('northern-ireland'), group: 'opening' },
      { key: 'school', needs: ['school'], group: 'opening' },
      { key: 'days15', when: { all: [in_('england'), { q: 'health-days-15', is: 'yes' }] } },
      { key: 'reasons', needs: ['healthReasons'] },
      { key: 'attendance', needs: ['attendance'] },
      { key: 'referrals', needs: ['referrals'] },
      { key: 'law', when: in_('england') },
      { key: 'lawWales', when: in_('wales') },
      { key: 'lawScotland', when: in_('scotland') },
      { key: 'lawNi', when: in_('northern-ireland') },
      // England: s19 education is full-time unless the council decides part-time is in the child's
      // interests for health reasons (Education Act 1996 s19(3A)–(3AA)).
      { key: 'fullTime', when: in_('england'), group: 'ask' },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // Equality Act 2010 s6, s20, Sch 13 (England, Wales and Scotland). Northern Ireland: SENDO 2005.
  template('reasonable-adjustments', ALL, {
    suggestWhen: { any: [barrier('send'), barrier('anxiety'), barrier('environment'), barrier('physical-health'), barrier('mental-health')] },
    recipientRoles: ['senco', 'head-teacher', 'head-of-year'],
    sources: ['equality-act-2010', 'sendo-2005', 'nidirect-rights'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'law', when: in_('england', 'wales', 'scotland') },
      { key: 'lawNi', when: in_('northern-ireland') },
      { key: 'needs', needs: ['needs'] },
      { key: 'difficulties', needs: ['difficulties'] },
      { key: 'helped', needs: ['helped'] },
      { key: 'childHelps', needs: ['childHelps'] },
      { key: 'examples' },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // A meeting to agree a support plan. England: "Working together to improve school attendance".
  template('support-meeting', ALL, {
    recipientRoles: ['senco', 'head-of-year', 'attendance-officer', 'head-teacher'],
    sources: ['working-together-attendance'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'whoEngland', when: in_('england') },
      { key: 'whoWales', when: in_('wales') },
      { key: 'whoScotland', when: in_('scotland') },
      { key: 'whoNi', when: in_('northern-ireland') },
      { key: 'guidance', when: in_('england') },
      ...ABOUT_CHILD,
      { key: 'voice' },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // Bullying. England: EIA 2006 s89 (maintained), Independent School Standards (academies,
  // independent), DfE "Preventing bullying". Scotland: the national approach (respectme). Northern
  // Ireland: Addressing Bullying in Schools Act (NI) 2016. Wales: the school's own policy.
  template('bullying', ALL, {
    suggestWhen: barrier('bullying'),
    recipientRoles: ['head-teacher', 'head-of-year'],
    sources: ['eia-2006', 'preventing-bullying', 'respectme', 'abs-act-ni-2016'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'kinds', needs: ['bullyingKinds'] },
      { key: 'toldBefore', when: { all: [{ q: 'bullying-reported', is: 'yes' }, { q: 'bullying-response', anyOf: ['not-enough', 'nothing'] }] } },
      { key: 'effect', needs: ['attendance'] },
      { key: 'childHard', needs: ['childHard'] },
      { key: 'lawMaintained', when: { all: [in_('england'), { q: 'school-type', anyOf: ['mainstream', 'special'] }] } },
      { key: 'lawAcademy', when: { all: [in_('england'), { q: 'school-type', anyOf: ['academy', 'independent'] }] } },
      {
        key: 'lawEngland',
        when: { all: [in_('england'), { not: { q: 'school-type', anyOf: ['mainstream', 'special', 'academy', 'independent'] } }] },
      },
      { key: 'guidance', when: in_('england') },
      { key: 'lawScotland', when: in_('scotland') },
      { key: 'lawNi', when: in_('northern-ireland') },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // A copy of the attendance record with codes. England: names the 2024 regulations only as the
  // rules the register is kept under; no right or deadline is claimed.
  template('attendance-record', ALL, {
    suggestWhen: { any: [{ q: 'recorded', anyOf: ['unauthorised', 'mixed'] }, { q: 'attendance-action', anyOf: ['letters', 'fine-warning', 'penalty-notice', 'prosecution', 'attendance-contract'] }] },
    recipientRoles: ['attendance-officer', 'head-teacher'],
    sources: [],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'codes' },
      { key: 'regsEngland', when: in_('england') },
      { key: 'check', when: { q: 'recorded', anyOf: ['unauthorised', 'mixed'] } },
      // What the family's own diary shows, and where the register differs from it.
      { key: 'p.recordAttendance', needs: ['recordAttendance'] },
      { key: 'p.recordMismatch', needs: ['recordMismatch'] },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // A formal complaint to the school, and the next step if it is not resolved. England: every school
  // must have a complaints procedure (maintained: Education Act 2002 s29, then the governors;
  // academies: Independent School Standards, then the DfE). Wales, Scotland and Northern Ireland: the
  // next stage of the school's own procedure (no further route is checked, so the letter says less).
  template('complaint', ALL, {
    suggestWhen: { all: [barrier('bullying'), { q: 'bullying-response', anyOf: ['not-enough', 'nothing'] }] },
    recipientRoles: ['head-teacher'],
    sources: ['school-complaints-england'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'bullying', when: { all: [{ q: 'bullying-reported', is: 'yes' }, { q: 'bullying-response', anyOf: ['not-enough', 'nothing'] }] }, group: 'what' },
      { key: 'before', group: 'what' },
      ...ABOUT_CHILD.filter((p) => p.group === 'needs' || p.group === 'tried'),
      { key: 'put' },
      { key: 'procedure' },
      { key: 'nextMaintained', when: { all: [in_('england'), { q: 'school-type', anyOf: ['mainstream', 'special'] }] } },
      { key: 'nextAcademy', when: { all: [in_('england'), { q: 'school-type', is: 'academy' }] } },
      { key: 'nextEngland', when: { all: [in_('england'), { not: { q: 'school-type', anyOf: ['mainstream', 'special', 'academy'] } }] } },
      { key: 'nextOther', when: { not: in_('england') } },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // ---- The next letter at each stage of a request to the council (issue 25). Each nation's own law,
  // from the team's facts list; where a fact is only from a charity's page, the letter says "I
  // understand" and the family is pointed to its nation's free advice. Never a tribunal form.

  // Comments on a draft plan. England: draft EHC plan, at least 15 days beginning with the day it is
  // served, a meeting, the school named (SEND Regulations 2014 reg 13(1)). Northern Ireland: a proposed
  // statement, 15 days, Parts 2–4, a further 15 days after a meeting (SEN Regulations (NI) 2005; NAS NI).
  // Wales: a draft IDP (ALNET 2018; a school's IDP can go to the council for reconsideration, ss26–27;
  // Welsh-medium provision can be named). Scotland: a draft CSP (ASL (Scotland) Act 2004; free
  // mediation, independent adjudication, the Health and Education Chamber). No time limit is claimed
  // in Wales or Scotland.
  template('draft-comments', ALL, {
    recipientRoles: ['council-send'],
    recipientFallbackKeyByNation: { 'northern-ireland': 'templates.draft-comments.toNi', wales: 'templates.draft-comments.toWales' },
    sources: ['send-regs-2014', 'cfa-2014', 'alnet-2018', 'asl-scotland-2004', 'health-education-chamber', 'education-ni-order-1996', 'ea-timeline'],
    paragraphs: [
      { key: 'intro', when: in_('england'), group: 'opening' },
      { key: 'introWales', when: in_('wales'), group: 'opening' },
      { key: 'introScotland', when: in_('scotland'), group: 'opening' },
      { key: 'introNi', when: in_('northern-ireland'), group: 'opening' },
      { key: 'draftDate', needs: ['draftDate'], when: in_('england', 'northern-ireland'), group: 'opening' },
      { key: 'needs', when: in_('england') },
      { key: 'needsNi', when: in_('northern-ireland') },
      { key: 'needsOther', when: in_('wales', 'scotland') },
      { key: 'provision', when: in_('england') },
      { key: 'provisionNi', when: in_('northern-ireland') },
      { key: 'provisionOther', when: in_('wales', 'scotland') },
      { key: 'welsh', when: in_('wales') },
      { key: 'school', when: in_('england') },
      { key: 'schoolNi', when: in_('northern-ireland') },
      { key: 'meeting', when: in_('england'), group: 'meeting' },
      { key: 'meetingNi', when: in_('northern-ireland'), group: 'meeting' },
      { key: 'meetingOther', when: in_('wales', 'scotland'), group: 'meeting' },
      { key: 'disagreeWales', when: in_('wales') },
      { key: 'disagreeScotland', when: in_('scotland') },
      { key: 'p.childHard', needs: ['childHard'], group: 'voice' },
      { key: 'p.childHelps', needs: ['childHelps'], group: 'voice' },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // After a decision the family disagrees with. England: a mediation adviser within 2 months of the
  // decision letter; the certificate within 3 working days when mediation is declined; mediation, if
  // chosen, within 30 days (IPSEA); appeal 2 months from the decision or 1 month from the certificate,
  // whichever is later. Wales: reconsideration of a school's decision by the council (ALNET ss26–27;
  // about 7 weeks, Newport), disagreement resolution and advocacy, the Tribunal's time limit checked
  // with SNAP Cymru. Scotland: free mediation, independent adjudication, the Health and Education
  // Chamber (time limits: ask Enquire). Northern Ireland: DARS; no mediation certificate; SENDIST
  // within 2 months of the date on the Education Authority's letter.
  template('mediation', ALL, {
    // England: the mediation adviser the decision letter names (no saved contact is one).
    recipientRoles: [],
    recipientFallbackKeyByNation: { 'northern-ireland': 'templates.mediation.toNi', wales: 'templates.mediation.toWales', scotland: 'templates.mediation.toScotland' },
    sources: ['send-regs-2014', 'alnet-2018', 'alnet-notes', 'snap-cymru-la', 'asl-scotland-2004', 'health-education-chamber', 'dars-ni', 'ea-disagree'],
    paragraphs: [
      { key: 'intro', when: in_('england'), group: 'opening' },
      { key: 'introWales', when: in_('wales'), group: 'opening' },
      { key: 'introScotland', when: in_('scotland'), group: 'opening' },
      { key: 'introNi', when: in_('northern-ireland'), group: 'opening' },
      { key: 'decisionDate', needs: ['decisionDate'], group: 'opening' },
      { key: 'certificate', when: in_('england') },
      { key: 'ifMediation', when: in_('england') },
      { key: 'timeEngland', when: in_('england') },
      { key: 'reconsider', when: in_('wales') },
      { key: 'resolution', when: in_('wales') },
      { key: 'timeWales', when: in_('wales') },
      { key: 'mediationScotland', when: in_('scotland') },
      { key: 'adjudication', when: in_('scotland') },
      { key: 'timeScotland', when: in_('scotland') },
      { key: 'dars', when: in_('northern-ireland') },
      { key: 'timeNi', when: in_('northern-ireland') },
      { key: 'p.needs', needs: ['needs'], group: 'needs' },
      { key: 'p.attendance', needs: ['needs', 'attendance'], group: 'needs' },
      { key: 'p.recordAttendance', needs: ['recordAttendance'] },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // The family's views for a review of the plan, and the child's own words. England: an EHC plan is
  // reviewed at least every 12 months; the council decides to keep, amend or end it within 4 weeks of
  // the meeting (SEND Regulations 2014 regs 18–22, as IPSEA reports Devon [2022]). Wales: an IDP is
  // reviewed at least every 12 months (ALNET s23). Scotland: a CSP at least every 12 months (Enquire).
  // Northern Ireland: a statement's annual review (Education (NI) Order 1996; NAS NI).
  template('review-views', ALL, {
    recipientRoles: ['senco', 'head-teacher', 'council-send'],
    sources: ['send-regs-2014', 'cfa-2014', 'alnet-2018', 'asl-scotland-2004', 'education-ni-order-1996'],
    paragraphs: [
      { key: 'intro', when: in_('england'), group: 'opening' },
      { key: 'introWales', when: in_('wales'), group: 'opening' },
      { key: 'introScotland', when: in_('scotland'), group: 'opening' },
      { key: 'introNi', when: in_('northern-ireland'), group: 'opening' },
      { key: 'well' },
      { key: 'hard' },
      { key: 'p.recordAttendance', needs: ['recordAttendance'] },
      { key: 'p.recordContacts', needs: ['recordContacts'] },
      { key: 'change' },
      { key: 'childIntro', group: 'child' },
      { key: 'childHard', needs: ['childHard'], group: 'child' },
      { key: 'childHelps', needs: ['childHelps'], group: 'child' },
      { key: 'childBlank', unless: ['childHard', 'childHelps'], group: 'child' },
      { key: 'decisionEngland', when: in_('england') },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // Asking for an early review. England: a family can ask at any time; the council decides (SEND
  // Regulations 2014 regs 18–22). Wales: an IDP is reviewed when the learner, parent or school asks,
  // unless a review is not needed (ALNET s23). Scotland and Northern Ireland: asked for, no rule claimed.
  template('early-review', ALL, {
    recipientRoles: ['council-send', 'senco', 'head-teacher'],
    recipientFallbackKeyByNation: { 'northern-ireland': 'templates.early-review.toNi' },
    sources: ['send-regs-2014', 'alnet-2018', 'asl-scotland-2004', 'education-ni-order-1996'],
    paragraphs: [
      { key: 'intro', when: in_('england'), group: 'opening' },
      { key: 'introWales', when: in_('wales'), group: 'opening' },
      { key: 'introScotland', when: in_('scotland'), group: 'opening' },
      { key: 'introNi', when: in_('northern-ireland'), group: 'opening' },
      { key: 'why' },
      ...ABOUT_CHILD.filter((p) => p.group === 'needs'),
      { key: 'p.recordAttendance', needs: ['recordAttendance'] },
      { key: 'p.recordContacts', needs: ['recordContacts'] },
      { key: 'lawWales', when: in_('wales') },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // A complaint when a date the law or the council's own guidance sets has passed. England: the
  // council's complaints procedure, then the Local Government and Social Care Ombudsman (Local
  // Government Act 1974 s26B). Wales: the council's procedure, then the Public Services Ombudsman for
  // Wales. Scotland: the council's two-stage procedure (5 and 20 working days), then the SPSO. Northern
  // Ireland: the Education Authority's two-stage procedure, then NIPSO.
  template('complaint-late', ALL, {
    recipientRoles: ['council-send'],
    recipientFallbackKeyByNation: { 'northern-ireland': 'templates.complaint-late.toNi' },
    sources: ['send-regs-2014', 'aln-code-wales', 'asl-scotland-2004', 'spso', 'ea-timeline', 'nipso-act-2016'],
    paragraphs: [
      { key: 'intro', when: { not: in_('northern-ireland') }, group: 'opening' },
      { key: 'introNi', when: in_('northern-ireland'), group: 'opening' },
      { key: 'sent', needs: ['requestDate'], group: 'what' },
      { key: 'late', needs: ['lateDates'], group: 'what' },
      { key: 'lateBlank', unless: ['lateDates'], group: 'what' },
      { key: 'lawEngland', when: in_('england') },
      { key: 'lawWales', when: in_('wales') },
      { key: 'lawScotland', when: in_('scotland') },
      { key: 'lawNi', when: in_('northern-ireland') },
      { key: 'effect' },
      { key: 'p.recordAttendance', needs: ['recordAttendance'] },
      { key: 'p.recordContacts', needs: ['recordContacts'] },
      { key: 'put' },
      { key: 'stagesScotland', when: in_('scotland') },
      { key: 'nextEngland', when: in_('england') },
      { key: 'nextWales', when: in_('wales') },
      { key: 'nextScotland', when: in_('scotland') },
      { key: 'nextNi', when: in_('northern-ireland') },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // To the nation's ombudsman, once the council's (or Education Authority's) procedure is finished.
  // England: LGSCO, normally within 12 months (Local Government Act 1974 s26B); it cannot look at what
  // can go to the SEND Tribunal. Wales: PSOW, within one year of first knowing (PSOW Act 2019 s8).
  // Scotland: SPSO, within 12 months of first knowing (SPSO Act 2002 s10). Northern Ireland: NIPSO,
  // within 6 months of the final reply (Public Services Ombudsman Act (NI) 2016 s26).
  template('ombudsman', ALL, {
    recipientRoles: [],
    sources: ['spso', 'nipso-act-2016'],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'about', needs: ['council'], when: { not: in_('northern-ireland') } },
      { key: 'aboutNi', when: in_('northern-ireland') },
      { key: 'sent', needs: ['requestDate'] },
      { key: 'late', needs: ['lateDates'] },
      { key: 'complained' },
      { key: 'effect' },
      { key: 'p.recordContacts', needs: ['recordContacts'] },
      { key: 'timeEngland', when: in_('england') },
      { key: 'timeWales', when: in_('wales') },
      { key: 'timeScotland', when: in_('scotland') },
      { key: 'timeNi', when: in_('northern-ireland') },
      { key: 'put' },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),

  // The child's school records. The attendance-record letter already asks for the register with its
  // codes; this one asks for the whole record. England: a maintained school gives the educational record
  // within 15 school days of a written request (Education (Pupil Information) (England) Regulations
  // 2005 reg 5). Every school in the UK answers a subject access request under UK data protection law
  // (UK GDPR) within one month, academies included.
  template('records-request', ALL, {
    recipientRoles: ['head-teacher', 'attendance-officer'],
    sources: [],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'educationalEngland', when: in_('england') },
      { key: 'sar' },
      { key: 'include' },
      { key: 'ask', group: 'ask' },
      { key: 'contact', group: 'ask' },
    ],
  }),
  // Asking for an interpreter or translated information: a request, never a claimed right (no duty
  // to interpret for parents is in the checked facts), so it asks and says why it matters.
  template('interpreter', ALL, {
    recipientRoles: ['head-teacher', 'senco'],
    sources: [],
    paragraphs: [
      { key: 'intro', group: 'opening' },
      { key: 'language', needs: ['readerLanguage'] },
      { key: 'meetings', group: 'ask' },
      { key: 'written', group: 'ask' },
      { key: 'council', group: 'ask' },
      { key: 'thanks' },
      { key: 'contact' },
    ],
  }),
];

export function findTemplate(id: string | undefined): LetterTemplate | undefined {
  return LETTER_TEMPLATES.find((tpl) => tpl.id === id);
}

export function clockOf(templateId: string): ClockKind | undefined {
  return findTemplate(templateId)?.clock;
}

/**
 * The clock a sent letter starts, given whose answers it was written from. A young person under 16
 * cannot make the EHC request themselves (CFA 2014 s36(1)), nor ask Northern Ireland's Education
 * Authority for a statutory assessment (a parent's request), so their own letter starts no statutory
 * clock: it gets the reply reminder other letters get, and the dates come once a parent asks. In
 * Scotland children aged 12 to 15 can make their own requests, so their letter keeps its clock.
 */
export function clockFor(templateId: string, answers: Answers | undefined): ClockKind | undefined {
  const clock = clockOf(templateId);
  if ((clock === 'ehc-request' || clock === 'ni-assessment') && answers && matches(YOUNG_UNDER_16, answers)) return 'none';
  return clock;
}

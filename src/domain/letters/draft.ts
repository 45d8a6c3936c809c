import { explain, matches } from '../conditions';
import type { ContactRecord, ContactRole } from '../contacts/types';
import type { Nation } from '../nations';
import { NOT_SURE, cleanDetails, nationOf, type Answers, type ChildDetails } from '../questionnaire/types';
import { textContextOf, textKeys } from '../textVariant';
import type { FillId, LetterDraft, LetterTemplate } from './types';

/**
 * Looks up text in the `letters` namespace (i18next's `t`, or a stand-in in tests). Given several
 * keys, the first that has text is used.
 */
export type Translate = (key: string | string[], values?: Record<string, string>) => string;

export interface DraftOptions {
  t: Translate;
  /** Language code, for joining lists ("a, b and c"). */
  language: string;
  /** The child's name from their record, when the answers have none. */
  childName?: string;
  /** The council's name (from the chosen council), when known. */
  councilName?: string;
  /** The child the letter is for: contacts for another child are not used. */
  childId?: string;
  /** Details the family gave for letters (full name, date of birth, school, year group…). */
  details?: ChildDetails;
  /** A date (YYYY-MM-DD) in words in the letter's language; without it the date is left as given. */
  formatDate?: (iso: string) => string;
  /** Sentences from the family's attendance diary and contact log (src/domain/records/letter.ts). */
  record?: Partial<Record<'recordAttendance' | 'recordContacts' | 'recordMismatch', string>>;
  /** Dates from the family's earlier letters: when they asked, a decision, a draft, dates passed (src/domain/letters/later.ts). */
  later?: Partial<Record<'requestDate' | 'decisionDate' | 'draftDate' | 'lateDates', string>>;
  /** The language the family reads best, named in the letter's language ("Polish"), when it is another. */
  readerLanguage?: string;
}

export type Facts = Partial<Record<FillId, string>>;

const SCHOOL_ROLES: ContactRole[] = ['senco', 'head-teacher', 'head-of-year', 'attendance-officer', 'class-teacher'];
const COUNCIL_ROLES: ContactRole[] = ['council-send', 'local-offer', 'early-help'];

const listOf = (answers: Answers, q: string): string[] => {
  const a = answers[q];
  const values = a === undefined ? [] : Array.isArray(a) ? a : [a];
  return values.filter((v) => v && v !== NOT_SURE);
};
const textOf = (answers: Answers, q: string): string => {
  const a = answers[q];
  return typeof a === 'string' && a !== NOT_SURE ? a.trim() : '';
};
/**
 * Someone's own words as they go inside the letter's quotation marks: quotation marks they typed
 * around the whole of it are taken off, so the letter never shows “"doubled"” quotes.
 */
export function unquote(text: string): string {
  let s = text.trim();
  const pairs: [string, string][] = [['"', '"'], ['“', '”'], ["'", "'"], ['‘', '’'], ['«', '»'], ['„', '“']];
  for (;;) {
    const pair = pairs.find(([open, close]) => s.length >= 2 && s.startsWith(open) && s.endsWith(close));
    if (!pair) return s;
    const inner = s.slice(1, -1);
    // "a" and "b": quotes that open and close twice are not one quotation around everything.
    if (inner.includes(pair[1]) && pair[0] === pair[1]) return s;
    s = inner.trim();
  }
}

/**
 * Letter paragraphs from the template's sentences: sentences in the same `group` that follow one
 * another are one paragraph, so the letter reads as a letter, not a list of one-line paragraphs.
 */
export function joinParagraphs(parts: { text: string; group?: string }[]): string[] {
  const out: string[] = [];
  let last: string | undefined;
  for (const { text, group } of parts) {
    if (!text) continue;
    if (group && group === last && out.length > 0) out[out.length - 1] = `${out[out.length - 1]} ${text}`;
    else out.push(text);
    last = group;
  }
  return out;
}

/**
 * The opening and closing that go together in a British letter: to a named person, "Dear Ms Patel" and
 * "Yours sincerely"; to someone unnamed, "Dear Sir or Madam" and "Yours faithfully".
 */
export function openingAndClosing(t: Translate, name: string): { greeting: string; signOff: string } {
  const named = name.trim();
  return named
    ? { greeting: t('greeting.named', { name: named }), signOff: t('closing.sincerely') }
    : { greeting: t('greeting.default'), signOff: t('closing.faithfully') };
}

/** The family's own words as a sentence in the letter: a full stop added when they typed none. */
const asSentence = (text: string): string => (text && !/[.!?…"”’')\]]$/.test(text) ? `${text}.` : text);

/**
 * Welsh joins with "a" before a consonant and "ac" before a vowel; Intl gives the unreadable "a(c)".
 * "a" (and) brings the aspirate mutation: c, p, t become ch, ph, th ("poen a phroblemau cysgu").
 * Names and acronyms (a capital letter) are left as they are.
 */
function joinWelsh(items: string[]): string {
  if (items.length <= 1) return items.join('');
  let last = items[items.length - 1]!;
  const vowel = /^[aeiouwyâêîôûŵŷ]/i.test(last);
  if (/^[cpt](?!h)/.test(last)) last = `${last.charAt(0)}h${last.slice(1)}`;
  return `${items.slice(0, -1).join(', ')} ${vowel ? 'ac' : 'a'} ${last}`;
}

export function joinList(items: string[], language: string): string {
  const unique = [...new Set(items.filter(Boolean))];
  if (language.startsWith('cy')) return joinWelsh(unique);
  try {
    return new Intl.ListFormat(language.includes('-') ? language : `${language}-GB`, { type: 'conjunction', style: 'long' }).format(unique);
  } catch {
    return unique.join(', ');
  }
}

/**
 * Letter text in the wording for who is writing (`resolveKey`'s suffix order, see
 * `domain/textVariant.ts`): the young person's own words (`<key>_self`: "I", "my attendance") when
 * they answered for themselves, else the text in a parent's voice. Only texts that differ have a variant.
 */
export function inVoice(t: Translate, answers: Answers): Translate {
  const reader = textContextOf(answers);
  return (key, values) => t((typeof key === 'string' ? [key] : key).flatMap((k) => textKeys(k, reader)), values);
}

/** The first word of a full name, for a letter that has no other name for the child. */
const firstName = (full: string | undefined): string => full?.trim().split(/\s+/)[0] ?? '';

const capitalise = (s: string) => (s ? s.charAt(0).toLocaleUpperCase() + s.slice(1) : s);

/** Contacts for this child or for the whole family, in the order of the roles given. */
export function contactFor(contacts: ContactRecord[], roles: ContactRole[], childId?: string): ContactRecord | undefined {
  const usable = contacts.filter((c) => !c.childId || !childId || c.childId === childId);
  for (const role of roles) {
    const found = usable.find((c) => c.role === role && (c.name.trim() || c.organisation?.trim()));
    if (found) return found;
  }
  return undefined;
}

/** The facts from the answers and contacts that fill a letter, each already in words. */
export function letterFacts(answers: Answers, contacts: ContactRecord[], opts: DraftOptions): Facts {
  const { language } = opts;
  const t = inVoice(opts.t, answers);
  const given = textOf(answers, 'child-name') || opts.childName?.trim() || firstName(opts.details?.fullName);
  const name = given || t('fill.childFallback');
  const phrases = (q: string, skip: string[] = []) =>
    listOf(answers, q)
      .filter((v) => !skip.includes(v))
      .map((v) => t(`fill.${q}.${v}`, { name }));
  const barriers = listOf(answers, 'barriers');

  const needs: string[] = [...phrases('send-needs', ['other'])];
  if (barriers.includes('send') && needs.length === 0) needs.push(t('fill.generic.send'));
  if (barriers.includes('anxiety')) needs.push(t('fill.barriers.anxiety'));
  const mental = listOf(answers, 'mental-health');
  for (const m of mental) {
    if (m === 'self-harm' || m === 'suicidal-thoughts') needs.push(t('fill.generic.serious-mental-health'));
    else needs.push(t(`fill.mental-health.${m}`));
  }
  if (barriers.includes('mental-health') && mental.length === 0) needs.push(t('fill.barriers.mental-health'));
  const physical = phrases('physical-health', ['appointments']);
  needs.push(...physical);
  if (barriers.includes('physical-health') && physical.length === 0) needs.push(t('fill.barriers.physical-health'));
  needs.push(...phrases('learning'));

  const health: string[] = [];
  if (barriers.includes('physical-health')) health.push(t('fill.health.physical'));
  if (barriers.includes('anxiety')) health.push(t('fill.health.anxiety'));
  if (barriers.includes('mental-health')) health.push(t('fill.health.mental'));

  const missed = textOf(answers, 'missed');
  const details = cleanDetails(opts.details);
  const school = details.school || (contactFor(contacts, SCHOOL_ROLES, opts.childId)?.organisation?.trim() ?? '');
  const about = [
    details.fullName && t('fill.details.fullName', { value: details.fullName }),
    details.dateOfBirth && t('fill.details.born', { value: opts.formatDate ? opts.formatDate(details.dateOfBirth) : details.dateOfBirth }),
    details.yearGroup && t('fill.details.yearGroup', { value: details.yearGroup }),
  ].filter(Boolean);
  const council = opts.councilName?.trim() || (contactFor(contacts, COUNCIL_ROLES, opts.childId)?.organisation?.trim() ?? '');

  const facts: Facts = {
    name,
    school,
    council,
    needs: joinList(needs, language),
    signs: joinList(phrases('anxiety-signs'), language),
    attendance: missed && missed !== 'none' ? t(`fill.missed.${missed}`) : '',
    pattern: joinList(phrases('pattern', ['not-at-all']), language),
    healthReasons: joinList(health, language),
    tried: joinList(phrases('tried', ['none']), language),
    referrals: joinList(phrases('referrals', ['none']), language),
    helped: asSentence(textOf(answers, 'what-helped')),
    worse: asSentence(textOf(answers, 'what-made-worse')),
    childHard: unquote(textOf(answers, 'child-hard')),
    childHelps: unquote(textOf(answers, 'child-helps')),
    difficulties: joinList(phrases('environment'), language),
    bullyingKinds: joinList(phrases('bullying-kind'), language),
    childDetails: about.join('; '),
    recordAttendance: opts.record?.recordAttendance?.trim() ?? '',
    recordContacts: opts.record?.recordContacts?.trim() ?? '',
    recordMismatch: opts.record?.recordMismatch?.trim() ?? '',
    requestDate: opts.later?.requestDate?.trim() ?? '',
    decisionDate: opts.later?.decisionDate?.trim() ?? '',
    draftDate: opts.later?.draftDate?.trim() ?? '',
    lateDates: opts.later?.lateDates?.trim() ?? '',
    readerLanguage: opts.readerLanguage?.trim() ?? '',
  };
  return facts;
}

/**
 * A first draft of a letter from what the family has told us: each paragraph whose condition holds
 * and whose facts are known, in the family's language, and in the young person's own voice when they
 * answered the questions themselves. Pure: the same inputs give the same letter.
 */
export function draftLetter(template: LetterTemplate, answers: Answers, contacts: ContactRecord[], opts: DraftOptions): LetterDraft {
  const t = inVoice(opts.t, answers);
  const facts = letterFacts(answers, contacts, opts);
  const given = textOf(answers, 'child-name') || opts.childName?.trim() || firstName(opts.details?.fullName);
  const values: Record<string, string> = {
    ...(facts as Record<string, string>),
    // A name that starts a sentence. Welsh sentences start with the verb, so there it stays as it is
    // ("Mae anghenion fy mhlentyn…", never "Mae anghenion Fy mhlentyn…").
    Name: opts.language.startsWith('cy') ? (facts.name ?? '') : capitalise(facts.name ?? ''),
    myChild: given ? t('fill.myChildNamed', { name: given }) : t('fill.myChild'),
  };

  const paragraphs = joinParagraphs(
    template.paragraphs
      .filter((p) => (!p.when || matches(p.when, answers)) && (p.needs ?? []).every((f) => facts[f]) && !(p.unless ?? []).some((f) => facts[f]))
      .map((p) => ({ text: t(p.key, values).trim(), group: p.group })),
  );

  const contact = contactFor(contacts, template.recipientRoles, opts.childId);
  let recipient: string;
  if (contact) {
    recipient = [contact.name.trim(), contact.organisation?.trim()].filter(Boolean).join('\n');
  } else {
    const nation = nationOf(answers);
    recipient = t((nation && template.recipientFallbackKeyByNation?.[nation]) || template.recipientFallbackKey, values);
  }
  const { greeting, signOff } = openingAndClosing(t, contact?.name ?? '');

  return {
    recipient: recipient.trim(),
    subject: t(template.subjectKey, values).trim(),
    greeting,
    paragraphs,
    signOff,
  };
}

/** The templates a family in this nation can use, suggested ones first (stable otherwise). */
export function templatesFor(templates: LetterTemplate[], nation: Nation, answers: Answers): LetterTemplate[] {
  const mine = templates.filter((tpl) => tpl.nations.includes(nation));
  const suggested = (tpl: LetterTemplate) => (tpl.suggestWhen && explain(tpl.suggestWhen, answers) ? 0 : 1);
  return mine.map((tpl, i) => ({ tpl, i })).sort((a, b) => suggested(a.tpl) - suggested(b.tpl) || a.i - b.i).map((x) => x.tpl);
}

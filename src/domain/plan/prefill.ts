import type { ContactRecord } from '../contacts/types';
import { newId } from '../ids';
import { nationOf, NOT_SURE, type Answers, type ChildRecord } from '../questionnaire/types';
import type { Nation } from '../nations';
import { textContextOf, textKeys } from '../textVariant';
import { emptyContent, type PlanContent, type PlanItem, type PlanPerson, type PlanRecord } from './types';

/**
 * Looks up text: an i18next-style key with its namespace (`questionnaire:q.barriers.options.send`),
 * or several keys, the first that exists winning. Passed in so this module stays pure.
 */
export type Translate = (key: string | string[], vars?: Record<string, string>) => string;

export interface PrefillText {
  t: Translate;
  /** The words of a kept ask, or undefined when the ask no longer exists. */
  ask: (askId: string) => string | undefined;
}

/** For each barrier, the follow-up questions whose answers describe it. */
export const BARRIER_DETAILS: Record<string, string[]> = {
  anxiety: ['anxiety-signs'],
  send: ['send-needs', 'send-diagnosis'],
  bullying: ['bullying-kind'],
  'physical-health': ['physical-health'],
  'mental-health': ['mental-health'],
  family: ['family'],
  transition: ['transition'],
  environment: ['environment'],
  learning: ['learning'],
};

/** Follow-ups whose answers have their own phrase in a plan (plan.json `prefill.detail.<q>.<option>`). */
export const PHRASED = ['send-diagnosis'];

/**
 * Answers that are never copied into a plan by the app, because a plan is printed and shared with a
 * school: the family can add them in their own words if they choose to.
 */
export const NOT_COPIED: Record<string, string[]> = {
  'mental-health': ['self-harm', 'suicidal-thoughts'],
  family: ['someone-hurting-them'],
};

/** How long until the first review, by default: about half a school term. */
export const FIRST_REVIEW_DAYS = 42;

const values = (answers: Answers, q: string): string[] => {
  const a = answers[q];
  const list = a === undefined ? [] : Array.isArray(a) ? a : [a];
  return list.filter((v) => v !== '' && v !== NOT_SURE && v !== 'none' && !(NOT_COPIED[q] ?? []).includes(v));
};

const text = (answers: Answers, q: string): string => {
  const a = answers[q];
  return typeof a === 'string' && a !== NOT_SURE ? a.trim() : '';
};

function optionLabel(t: Translate, answers: Answers, q: string, option: string): string {
  // The plan keeps the answers' labels in the family's (parent's) wording, in their nation's terms.
  return t(textKeys(`questionnaire:q.${q}.options.${option}`, { ...textContextOf(answers), audience: 'parent' }));
}

function addDays(iso: string, days: number): string {
  const d = new Date(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The barriers, in the family's answer order, each with the details they gave. */
export function barriersFrom(answers: Answers, t: Translate): PlanItem[] {
  return values(answers, 'barriers').map((barrier) => {
    const label = optionLabel(t, answers, 'barriers', barrier);
    const details = (BARRIER_DETAILS[barrier] ?? []).flatMap((q) =>
      // A question's own option label can read oddly out of context ("No, but we think so"), so
      // some answers have a phrase of their own for the plan.
      values(answers, q).map((v) => (PHRASED.includes(q) ? t(`plan:prefill.detail.${q}.${v}`) : optionLabel(t, answers, q, v))),
    );
    return {
      id: newId(),
      from: `barriers:${barrier}`,
      text: details.length ? t('plan:prefill.barrierWithDetails', { barrier: label, details: details.join(', ') }) : label,
    };
  });
}

/** What has been tried: the family's choices and any referrals. */
export function triedFrom(answers: Answers, t: Translate): PlanItem[] {
  const tried = values(answers, 'tried').map((v) => ({
    id: newId(),
    from: `tried:${v}`,
    text: optionLabel(t, answers, 'tried', v),
  }));
  const status = values(answers, 'referrals-status')[0];
  const referrals = values(answers, 'referrals').map((v) => {
    const service = optionLabel(t, answers, 'referrals', v);
    return {
      id: newId(),
      from: `referrals:${v}`,
      // The plan's own phrase for each status, so a label that ends in brackets ("(CAMHS)") is not
      // followed by a second pair, and the status does not start with a capital mid-line.
      text: status ? t(`plan:prefill.referralStatus.${status}`, { service }) : t('plan:prefill.referral', { service }),
    };
  });
  return [...tried, ...referrals];
}

/** The saved contacts for this child (or the whole family), as people involved. */
export function peopleFrom(contacts: ContactRecord[], childId: string, t: Translate, nation?: Nation): PlanPerson[] {
  return contacts
    .filter((c) => !c.childId || c.childId === childId)
    .map((c) => personFromContact(c, t, nation));
}

export function personFromContact(c: ContactRecord, t: Translate, nation?: Nation): PlanPerson {
  // The role in the family's nation's own words (in Wales the ALNCo, not the SENCo).
  const role = t(textKeys(`services:roles.${c.role}`, { audience: 'parent', nation }));
  return {
    id: newId(),
    contactId: c.id,
    name: c.name,
    role: c.organisation ? t('plan:prefill.roleAt', { role, organisation: c.organisation }) : role,
    reach: [c.phone, c.email, c.website].filter((v): v is string => !!v && v.trim() !== '').join(', '),
  };
}

/**
 * A new plan for a child, started from their answers, the asks the family kept from their results,
 * and the contacts they saved. Nothing is invented: empty answers give empty sections.
 */
export function prefillPlan(
  child: ChildRecord,
  contacts: ContactRecord[],
  { t, ask }: PrefillText,
  now: string = new Date().toISOString(),
): PlanRecord {
  const answers = child.answers;
  const content: PlanContent = {
    ...emptyContent(),
    barriers: barriersFrom(answers, t),
    childHard: text(answers, 'child-hard'),
    childHelps: text(answers, 'child-helps'),
    childChange: text(answers, 'child-change'),
    parentVoice: text(answers, 'parent-voice'),
    tried: triedFrom(answers, t),
    helped: text(answers, 'what-helped'),
    madeWorse: text(answers, 'what-made-worse'),
    asks: [...new Set(child.kept)].flatMap((askId) => {
      const words = ask(askId);
      return words ? [{ id: newId(), from: askId, text: words }] : [];
    }),
    actions: [
      {
        id: newId(),
        what: t('plan:prefill.firstAction'),
        who: t('plan:prefill.firstActionWho'),
        byWhen: '',
        status: 'not-started',
      },
    ],
    people: peopleFrom(contacts, child.id, t, nationOf(child.answers)),
    nextReview: addDays(now, FIRST_REVIEW_DAYS),
  };
  return {
    id: newId(),
    childId: child.id,
    createdAt: now,
    updatedAt: now,
    cycles: [{ number: 1, startedAt: now, content }],
  };
}

const isEmpty = (value: unknown): boolean => (Array.isArray(value) ? value.length === 0 : typeof value === 'string' ? value.trim() === '' : value === undefined);

/**
 * A plan started blank, after the questions were answered: each part of the open cycle that is still
 * empty takes what the answers give; nothing the family typed is ever replaced. Returns the plan
 * unchanged (the same object) when there is nothing to fill.
 */
export function fillEmpty(plan: PlanRecord, fromAnswers: PlanContent, now: string = new Date().toISOString()): PlanRecord {
  const open = plan.cycles[plan.cycles.length - 1];
  if (!open || open.closedAt) return plan;
  const content = { ...open.content } as Record<keyof PlanContent, unknown>;
  let filled = 0;
  for (const key of Object.keys(fromAnswers) as (keyof PlanContent)[]) {
    if (isEmpty(content[key]) && !isEmpty(fromAnswers[key])) {
      content[key] = fromAnswers[key];
      filled++;
    }
  }
  if (filled === 0) return plan;
  return { ...plan, updatedAt: now, cycles: [...plan.cycles.slice(0, -1), { ...open, content: content as unknown as PlanContent }] };
}

import type { Nation } from './nations';
import type { Answers } from './questionnaire/types';

/**
 * When something applies, written as data over a family's answers. Used by the questionnaire (which
 * follow-up questions to ask) and by the signposting rules (which signposts to show, and why).
 *
 *   { q: 'barriers', is: 'anxiety' }             answer is, or (for several choices) includes, 'anxiety'
 *   { q: 'missed', anyOf: ['most', 'all'] }      answer is or includes any of these
 *   { q: 'child-name', answered: true }          any answer at all (not-sure counts as an answer)
 *   { nation: ['england'] }                      the family's nation is one of these
 *   { all: [...] } / { any: [...] } / { not: c } combine
 *
 * `M` maps each question id to its option ids. Content passes its own map (KnownCondition in
 * src/content/questions.ts) so that naming a question or option that does not exist fails the type
 * check; the rules here accept any condition.
 */
export type Condition<M extends Record<string, string> = Record<string, string>> =
  | { [Q in keyof M & string]: { q: Q; is: M[Q] } | { q: Q; anyOf: M[Q][] } | { q: Q; answered: true } }[keyof M & string]
  | { nation: Nation[] }
  | { all: Condition<M>[] }
  | { any: Condition<M>[] }
  | { not: Condition<M> };

/** One answer that helped make a condition true: the question and the options that matched. */
export interface Reason {
  questionId: string;
  values: string[];
}

const valuesOf = (answers: Answers, q: string): string[] => {
  const a = answers[q];
  if (a === undefined || a === '') return [];
  return Array.isArray(a) ? a : [a];
};

/** Whether the condition holds for these answers. */
export function matches(condition: Condition, answers: Answers): boolean {
  return explain(condition, answers) !== null;
}

/**
 * The answers that make the condition true, or null when it is false. A `not` contributes no
 * reasons (we never say "because you did not say ..."), and `any` reports every branch that held.
 */
export function explain(condition: Condition, answers: Answers): Reason[] | null {
  if ('all' in condition) {
    const out: Reason[] = [];
    for (const c of condition.all) {
      const r = explain(c, answers);
      if (r === null) return null;
      out.push(...r);
    }
    return merge(out);
  }
  if ('any' in condition) {
    const out: Reason[] = [];
    let held = false;
    for (const c of condition.any) {
      const r = explain(c, answers);
      if (r !== null) {
        held = true;
        out.push(...r);
      }
    }
    return held ? merge(out) : null;
  }
  if ('not' in condition) return explain(condition.not, answers) === null ? [] : null;
  if ('nation' in condition) {
    const n = answers['nation'];
    return typeof n === 'string' && (condition.nation as string[]).includes(n) ? [] : null;
  }
  const values = valuesOf(answers, condition.q);
  if ('answered' in condition) return values.length ? [{ questionId: condition.q, values }] : null;
  const wanted = 'is' in condition ? [condition.is] : condition.anyOf;
  const hit = values.filter((v) => wanted.includes(v));
  return hit.length ? [{ questionId: condition.q, values: hit }] : null;
}

function merge(reasons: Reason[]): Reason[] {
  const byQ = new Map<string, Set<string>>();
  for (const r of reasons) {
    if (!byQ.has(r.questionId)) byQ.set(r.questionId, new Set());
    r.values.forEach((v) => byQ.get(r.questionId)!.add(v));
  }
  return [...byQ].map(([questionId, values]) => ({ questionId, values: [...values] }));
}

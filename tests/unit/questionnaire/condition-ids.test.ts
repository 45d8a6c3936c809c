import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../src/domain/conditions';
import { isNation } from '../../../src/domain/nations';
import { NOT_SURE } from '../../../src/domain/questionnaire/types';
import { LETTER_TEMPLATES } from '../../../src/content/letters';
import { QUESTIONS, URGENT_CONDITION, type KnownCondition, type OptionId, type QuestionId } from '../../../src/content/questions';
import { SIGNPOSTS } from '../../../src/content/signposts';
import { URGENT_SERVICES } from '../../../src/content/urgentHelp';

/**
 * Every question and option that a rule names must exist, or the rule silently never applies (a
 * signpost a family never sees). The type check catches most slips (KnownCondition); this test also
 * covers conditions built at run time and the questions' own conditions.
 */
const byId = new Map(QUESTIONS.map((q) => [q.id, q]));

/** Each problem as "where: what", so a failure names the rule to fix. */
function problems(where: string, condition: Condition | undefined): string[] {
  if (!condition) return [];
  if ('all' in condition) return condition.all.flatMap((c) => problems(where, c));
  if ('any' in condition) return condition.any.flatMap((c) => problems(where, c));
  if ('not' in condition) return problems(where, condition.not);
  if ('nation' in condition) return condition.nation.filter((n) => !isNation(n)).map((n) => `${where}: no nation "${n}"`);
  const question = byId.get(condition.q);
  if (!question) return [`${where}: no question "${condition.q}"`];
  if ('answered' in condition) return [];
  const named = 'is' in condition ? [condition.is] : condition.anyOf;
  if (!question.options) return [`${where}: question "${condition.q}" has no options to match`];
  const options = new Set([...question.options, NOT_SURE]);
  return named.filter((o) => !options.has(o)).map((o) => `${where}: question "${condition.q}" has no option "${o}"`);
}

describe('questions and options named by rules', () => {
  it('exist for every signpost', () => {
    const found = SIGNPOSTS.flatMap((s) => [
      ...problems(`signpost ${s.id}`, s.when),
      ...(s.stronger ?? []).flatMap((x, i) => problems(`signpost ${s.id} stronger[${i}]`, x.when)),
    ]);
    expect(found).toEqual([]);
  });

  it('exist for every letter and each of its paragraphs', () => {
    const found = LETTER_TEMPLATES.flatMap((t) => [
      ...problems(`letter ${t.id}`, t.suggestWhen),
      ...t.paragraphs.flatMap((p) => problems(`letter ${t.id} ${p.key}`, p.when)),
    ]);
    expect(found).toEqual([]);
  });

  it('exist for urgent help', () => {
    const found = [
      ...problems('urgent condition', URGENT_CONDITION),
      ...URGENT_SERVICES.flatMap((s) => problems(`urgent service ${s.id}`, s.when)),
    ];
    expect(found).toEqual([]);
  });

  it('exist for the questions’ own follow-up conditions', () => {
    const found = QUESTIONS.flatMap((q) => [
      ...problems(`question ${q.id}`, q.askWhen),
      ...Object.entries(q.optionWhen ?? {}).flatMap(([o, c]) => problems(`question ${q.id} option ${o}`, c)),
    ]);
    expect(found).toEqual([]);
  });

  it('the check itself spots a misspelt question, a missing option and an unknown nation', () => {
    const bad = { all: [{ q: 'barrier', is: 'send' }, { any: [{ q: 'barriers', anyOf: ['anxiety', 'anxeity'] }] }, { not: { nation: ['mars'] } }] };
    expect(problems('test', bad as Condition)).toEqual([
      'test: no question "barrier"',
      'test: question "barriers" has no option "anxeity"',
      'test: no nation "mars"',
    ]);
  });

  it('the type check refuses a question or option that does not exist', () => {
    const known: KnownCondition[] = [
      { q: 'barriers', anyOf: ['anxiety', 'send'] },
      { q: 'nation', is: 'wales' },
      { q: 'child-name', answered: true },
      // @ts-expect-error: there is no question "barrier"
      { q: 'barrier', is: 'send' },
      // @ts-expect-error: "barriers" has no option "anxeity"
      { q: 'barriers', anyOf: ['anxeity'] },
    ];
    const question: QuestionId = 'send-support';
    // @ts-expect-error: there is no question "send-suport"
    const misspelt: QuestionId = 'send-suport';
    const option: OptionId<'send-support'> = 'statutory-plan';
    expect([known.length, question, misspelt, option]).toEqual([5, 'send-support', 'send-suport', 'statutory-plan']);
  });
});

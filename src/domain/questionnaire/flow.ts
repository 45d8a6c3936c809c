import { matches, type Condition } from '../conditions';
import { NOT_SURE, type AnswerValue, type Answers } from './types';

/**
 * The question flow, as pure functions over answers. No React, no storage, no content: the questions
 * are passed in (`createFlow(QUESTIONS, URGENT_CONDITION)` in src/content/questionnaire.ts).
 *
 * Order: questions are asked in the order of QUESTIONS; a question is asked only when its `askWhen`
 * holds. Conditions only ever look at EARLIER questions, so one pass in order decides everything.
 *
 * Changed answers: when an earlier answer changes so that a later question is no longer asked,
 * that later answer is REMOVED (pruned) by `setAnswer`. We prune rather than keep-and-ignore because
 * other features (signposting, plan, letters) read the stored answers directly: a stale "self-harm"
 * under an unticked "mental health" barrier must never show urgent help or a signpost. The same goes
 * for options that stop applying (an "academy" answer after the nation changes to Wales).
 */

/** What the flow needs to know about a question (the content's Question adds section, input...). */
export interface QuestionRule {
  id: string;
  kind: 'single' | 'multi' | 'text' | 'council';
  /** Option ids, in the order shown (single and multi only). 'not-sure' is added by the screens. */
  options?: readonly string[];
  /** Options that, when chosen in a multi question, clear the others (e.g. 'none'). */
  exclusive?: readonly string[];
  /** Options shown only when a condition holds (e.g. academies are an England thing). */
  optionWhen?: Partial<Record<string, Condition>>;
  /** Asked only when this holds. No condition: always asked. */
  askWhen?: Condition;
  /** Only the nation is required. */
  required?: boolean;
}

/** Where a person is in the questionnaire: a question id, or the check-answers page. */
export type Position = string;
export const CHECK = 'check';

/** The options a question offers for these answers (without 'not-sure', which every question has). */
export function visibleOptions(question: QuestionRule, answers: Answers): string[] {
  const options = question.options ?? [];
  if (!question.optionWhen) return [...options];
  return options.filter((o) => {
    const when = question.optionWhen?.[o];
    return !when || matches(when, answers);
  });
}

/** Keep only the parts of an answer that are still valid for the question (known options, not blank). */
function cleanValue(question: QuestionRule, value: AnswerValue | undefined, answers: Answers): AnswerValue | undefined {
  if (value === undefined) return undefined;
  if (question.kind === 'text' || question.kind === 'council') {
    if (typeof value !== 'string') return undefined;
    return value.trim() === '' ? undefined : value;
  }
  const allowed = new Set([...visibleOptions(question, answers), NOT_SURE]);
  if (question.kind === 'single') {
    return typeof value === 'string' && allowed.has(value) ? value : undefined;
  }
  const list = (Array.isArray(value) ? value : [value]).filter((v) => allowed.has(v));
  return list.length ? list : undefined;
}

/**
 * The flow over one list of questions, asked in that order, and the condition that shows a child
 * may be at immediate risk (urgent help first).
 */
export function createFlow<Q extends QuestionRule>(questions: readonly Q[], urgent: Condition) {
  const byId = new Map(questions.map((q) => [q.id, q]));

  function getQuestion(id: string): Q | undefined {
    return byId.get(id);
  }

  function firstQuestionId(): string {
    return questions[0]!.id;
  }

  /**
   * Walk the questions in order and return the ones that are asked, with the answers that count
   * (answers to questions that are not asked, and options that no longer apply, are left out).
   */
  function walk(answers: Answers): { visible: Q[]; effective: Answers } {
    const effective: Answers = {};
    const visible: Q[] = [];
    for (const q of questions) {
      if (q.askWhen && !matches(q.askWhen, effective)) continue;
      visible.push(q);
      const v = cleanValue(q, answers[q.id], effective);
      if (v !== undefined) effective[q.id] = v;
    }
    return { visible, effective };
  }

  /** The questions asked, in order, given the answers so far. */
  function visibleQuestions(answers: Answers): Q[] {
    return walk(answers).visible;
  }

  function isAsked(id: string, answers: Answers): boolean {
    return visibleQuestions(answers).some((q) => q.id === id);
  }

  /** The answers that count: only those of questions still asked, with options that still apply. */
  function effectiveAnswers(answers: Answers): Answers {
    return walk(answers).effective;
  }

  /**
   * Record an answer (undefined, '' or [] clears it) and return the new answers, with answers to
   * questions no longer asked removed. Never changes the object passed in.
   */
  function setAnswer(answers: Answers, id: string, value: AnswerValue | undefined): Answers {
    const next: Answers = { ...answers };
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[id];
    else next[id] = value;
    return effectiveAnswers(next);
  }

  /** The question after `id`, or CHECK when it is the last one asked. */
  function nextPosition(answers: Answers, id: string): Position {
    const visible = visibleQuestions(answers);
    const i = visible.findIndex((q) => q.id === id);
    if (i === -1) {
      // Not asked any more (an earlier answer changed): go to the first asked question after it.
      const order = questions.findIndex((q) => q.id === id);
      const after = visible.find((q) => questions.indexOf(q) > order);
      return after?.id ?? CHECK;
    }
    return visible[i + 1]?.id ?? CHECK;
  }

  /** The question before `id` (or before the check page), or undefined at the first question. */
  function previousPosition(answers: Answers, id: Position): string | undefined {
    const visible = visibleQuestions(answers);
    if (id === CHECK) return visible[visible.length - 1]?.id;
    const order = questions.findIndex((q) => q.id === id);
    const before = visible.filter((q) => questions.indexOf(q) < order);
    return before[before.length - 1]?.id;
  }

  /**
   * Where the person is: question number and the number of questions asked with the answers so far
   * (the total can grow or shrink as barriers are chosen, so screens say "about").
   */
  function progress(answers: Answers, id: Position): { current: number; total: number } {
    const visible = visibleQuestions(answers);
    const total = visible.length;
    if (id === CHECK) return { current: total, total };
    const i = visible.findIndex((q) => q.id === id);
    return { current: i === -1 ? 1 : i + 1, total };
  }

  /**
   * Where to carry on: the saved position if that question is still asked (or it is the check page),
   * otherwise the first question.
   */
  function resumePosition(answers: Answers, position: Position | undefined): Position {
    if (position === CHECK) return CHECK;
    if (position && isAsked(position, answers)) return position;
    return firstQuestionId();
  }

  /** True when answers show a child may be at immediate risk: show urgent help first. */
  function isUrgent(answers: Answers): boolean {
    return matches(urgent, effectiveAnswers(answers));
  }

  return {
    getQuestion,
    firstQuestionId,
    visibleQuestions,
    isAsked,
    effectiveAnswers,
    setAnswer,
    nextPosition,
    previousPosition,
    progress,
    resumePosition,
    isUrgent,
  };
}

export type Flow<Q extends QuestionRule = QuestionRule> = ReturnType<typeof createFlow<Q>>;

/**
 * Tick or untick one option of a several-choice question. Choosing an exclusive option
 * ('none', 'not-sure', ...) clears the others; choosing any other option clears the exclusive ones.
 */
export function toggleOption(question: QuestionRule, current: string[], option: string, checked: boolean): string[] {
  const exclusive = new Set([...(question.exclusive ?? []), NOT_SURE]);
  if (!checked) return current.filter((o) => o !== option);
  if (exclusive.has(option)) return [option];
  const rest = current.filter((o) => !exclusive.has(o) && o !== option);
  const order = question.options ?? [];
  return [...rest, option].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

export type AnswerError = 'required';

/** Why an answer cannot be accepted as it is, or undefined when it is fine (only the nation is required). */
export function validate(question: QuestionRule, value: AnswerValue | undefined): AnswerError | undefined {
  if (!question.required) return undefined;
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  return empty || value === NOT_SURE ? 'required' : undefined;
}

/** Whether a question with `required` accepts "I'm not sure" (the nation does not: we need to know). */
export function allowsNotSure(question: QuestionRule): boolean {
  return !question.required;
}

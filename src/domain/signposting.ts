import { explain, matches, type Condition, type Reason } from './conditions';
import type { Nation } from './nations';
import type { Flow } from './questionnaire/flow';
import { nationOf, type Answers } from './questionnaire/types';

/**
 * The signposting rules: a family's answers (and their nation) in, the signposts that fit them out,
 * most useful first, each with the answers that brought it up so the family can see why.
 *
 * - A signpost appears only in its own nations (`signpost.nations`): never an England-only route in
 *   Wales, Scotland or Northern Ireland, and never the reverse.
 * - Urgent help (theme 'urgent') comes first whenever the urgent condition holds.
 * - Signposts marked `always` appear for every family of their nations, low down when nothing in the
 *   answers brings them up: no answers can hide a route a family is entitled to ask for.
 */

/** What the rules need to know about a signpost (the content's Signpost adds its text, asks, sources). */
export interface SignpostRule {
  id: string;
  theme: string;
  nations: readonly Nation[];
  /** What in the answers brings this signpost up. Absent: only shown when `always`. */
  when?: Condition;
  /** Answers that make it more useful still: each adds `by` to the priority and gives its reasons. */
  stronger?: { when: Condition; by: number }[];
  /** How useful it is when `when` holds (0–100; urgent help is above 100). */
  priority: number;
  /** Shown to every family of its nations, low down when nothing in the answers brings it up. */
  always?: boolean;
}

/** The content the rules run over (bound in src/content/signposting.ts; tests may pass their own). */
export interface SignpostingContent<S extends SignpostRule> {
  signposts: readonly S[];
  /** Themes in the order the library shows them. */
  themes: readonly S['theme'][];
  flow: Pick<Flow, 'effectiveAnswers'>;
  /** When a child may be at immediate risk: urgent help (theme 'urgent') comes first. */
  urgent: Condition;
}

export interface SignpostResult<S extends SignpostRule = SignpostRule> {
  signpost: S;
  /** The answers that brought it up or made it stronger. Empty when shown to everyone. */
  reasons: Reason[];
  priority: number;
  /** True when the answers brought it up; false when it is shown to every family of the nation. */
  matched: boolean;
}

/** Priority for a signpost shown to everyone when nothing in the answers brings it up. */
export const BASELINE_PRIORITY = 5;

/** Signposts for these answers, most useful first. No nation in the answers: nothing to show yet. */
export function signpostsFor<S extends SignpostRule>(answers: Answers, content: SignpostingContent<S>): SignpostResult<S>[] {
  // Only answers to questions still asked count (an earlier answer may have changed since).
  const effective = content.flow.effectiveAnswers(answers);
  const nation = nationOf(effective);
  if (!nation) return [];
  return rank(effective, nation, content.signposts, content.urgent);
}

function rank<S extends SignpostRule>(
  answers: Answers,
  nation: Nation,
  signposts: readonly S[],
  urgentCondition: Condition,
): SignpostResult<S>[] {
  const order = new Map(signposts.map((s, i) => [s.id, i]));
  const out: SignpostResult<S>[] = [];
  for (const signpost of signposts) {
    if (!signpost.nations.includes(nation)) continue;
    const reasons = signpost.when ? explain(signpost.when, answers) : null;
    if (reasons === null) {
      if (signpost.always) out.push({ signpost, reasons: [], priority: BASELINE_PRIORITY, matched: false });
      continue;
    }
    let priority = signpost.priority;
    const all = [...reasons];
    for (const s of signpost.stronger ?? []) {
      const r = explain(s.when, answers);
      if (r === null) continue;
      priority += s.by;
      all.push(...r);
    }
    out.push({ signpost, reasons: mergeReasons(all), priority, matched: true });
  }
  const urgent = matches(urgentCondition, answers);
  const weight = (r: SignpostResult<S>) => (urgent && r.signpost.theme === 'urgent' ? 1 : 0);
  return out.sort(
    (a, b) => weight(b) - weight(a) || b.priority - a.priority || order.get(a.signpost.id)! - order.get(b.signpost.id)!,
  );
}

/**
 * The first help, with what the family said is hardest first: the most useful card shown because of
 * the first barrier they named moves to the top, after anything urgent (bullying first when bullying
 * is hardest). Later answers rank the cards as `signpostsFor` does.
 */
export function hardestFirst<S extends SignpostRule>(results: SignpostResult<S>[], answers: Answers): SignpostResult<S>[] {
  const first = answerList(answers['barriers'])[0];
  if (!first) return results;
  const about = (r: SignpostResult<S>) => r.reasons.some((x) => x.questionId === 'barriers' && x.values.includes(first));
  const card = results.find(about);
  const top = results.findIndex((r) => r.signpost.theme !== 'urgent');
  if (!card || top < 0) return results;
  const rest = results.filter((r) => r !== card);
  return [...rest.slice(0, top), card, ...rest.slice(top)];
}

const answerList = (a: Answers[string] | undefined): string[] => (a === undefined ? [] : Array.isArray(a) ? a.map(String) : [String(a)]);

function mergeReasons(reasons: Reason[]): Reason[] {
  const byQ = new Map<string, string[]>();
  for (const r of reasons) {
    const list = byQ.get(r.questionId) ?? [];
    for (const v of r.values) if (!list.includes(v)) list.push(v);
    byQ.set(r.questionId, list);
  }
  return [...byQ].map(([questionId, values]) => ({ questionId, values }));
}

export interface ThemeGroup<S extends SignpostRule = SignpostRule> {
  theme: S['theme'];
  items: SignpostResult<S>[];
}

/** Results grouped by theme; the group with the most useful signpost first (urgent help always first). */
export function groupByTheme<S extends SignpostRule>(results: SignpostResult<S>[]): ThemeGroup<S>[] {
  const groups = new Map<S['theme'], SignpostResult<S>[]>();
  for (const r of results) {
    const list = groups.get(r.signpost.theme) ?? [];
    list.push(r);
    groups.set(r.signpost.theme, list);
  }
  // Results are already sorted, so the order a theme first appears in is the order of its best item.
  return [...groups].map(([theme, items]) => ({ theme, items }));
}

/** Every signpost for a nation, in theme order (for the library). */
export function signpostsForNation<S extends SignpostRule>(nation: Nation, content: SignpostingContent<S>): S[] {
  const themeIndex = (t: S['theme']) => content.themes.indexOf(t);
  return content.signposts
    .filter((s) => s.nations.includes(nation))
    .sort((a, b) => themeIndex(a.theme) - themeIndex(b.theme));
}

import { SIGNPOSTS, THEMES, type Signpost, type ThemeId } from '../content/signposts';
import { URGENT_CONDITION } from '../content/questions';
import { explain, matches, type Reason } from './conditions';
import type { Nation } from './nations';
import { effectiveAnswers } from './questionnaire/flow';
import { nationOf, type Answers } from './questionnaire/types';

/**
 * The signposting rules: a family's answers (and their nation) in, the signposts that fit them out,
 * most useful first, each with the answers that brought it up so the family can see why.
 *
 * - A signpost appears only in its own nations (`signpost.nations`): never an England-only route in
 *   Wales, Scotland or Northern Ireland, and never the reverse.
 * - Urgent help comes first whenever URGENT_CONDITION holds.
 * - Signposts marked `always` appear for every family of their nations, low down when nothing in the
 *   answers brings them up: no answers can hide a route a family is entitled to ask for.
 */

export interface SignpostResult {
  signpost: Signpost;
  /** The answers that brought it up or made it stronger. Empty when shown to everyone. */
  reasons: Reason[];
  priority: number;
  /** True when the answers brought it up; false when it is shown to every family of the nation. */
  matched: boolean;
}

/** Priority for a signpost shown to everyone when nothing in the answers brings it up. */
export const BASELINE_PRIORITY = 5;

/** Signposts for these answers, most useful first. No nation in the answers: nothing to show yet. */
export function signpostsFor(answers: Answers, signposts: Signpost[] = SIGNPOSTS): SignpostResult[] {
  // Only answers to questions still asked count (an earlier answer may have changed since).
  const effective = effectiveAnswers(answers);
  const nation = nationOf(effective);
  if (!nation) return [];
  return rank(effective, nation, signposts);
}

function rank(answers: Answers, nation: Nation, signposts: Signpost[]): SignpostResult[] {
  const order = new Map(signposts.map((s, i) => [s.id, i]));
  const out: SignpostResult[] = [];
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
  const urgent = matches(URGENT_CONDITION, answers);
  const weight = (r: SignpostResult) => (urgent && r.signpost.theme === 'urgent' ? 1 : 0);
  return out.sort(
    (a, b) =>
      weight(b) - weight(a) || b.priority - a.priority || order.get(a.signpost.id)! - order.get(b.signpost.id)!,
  );
}

function mergeReasons(reasons: Reason[]): Reason[] {
  const byQ = new Map<string, string[]>();
  for (const r of reasons) {
    const list = byQ.get(r.questionId) ?? [];
    for (const v of r.values) if (!list.includes(v)) list.push(v);
    byQ.set(r.questionId, list);
  }
  return [...byQ].map(([questionId, values]) => ({ questionId, values }));
}

export interface ThemeGroup {
  theme: ThemeId;
  items: SignpostResult[];
}

/** Results grouped by theme; the group with the most useful signpost first (urgent help always first). */
export function groupByTheme(results: SignpostResult[]): ThemeGroup[] {
  const groups = new Map<ThemeId, SignpostResult[]>();
  for (const r of results) {
    const list = groups.get(r.signpost.theme) ?? [];
    list.push(r);
    groups.set(r.signpost.theme, list);
  }
  // Results are already sorted, so the order a theme first appears in is the order of its best item.
  return [...groups].map(([theme, items]) => ({ theme, items }));
}

/** Every signpost for a nation, in theme order (for the library). */
export function signpostsForNation(nation: Nation, signposts: Signpost[] = SIGNPOSTS): Signpost[] {
  const themeIndex = (t: ThemeId) => THEMES.indexOf(t);
  return signposts
    .filter((s) => s.nations.includes(nation))
    .sort((a, b) => themeIndex(a.theme) - themeIndex(b.theme));
}

/** Whether URGENT_CONDITION holds for these answers. */
export function isUrgent(answers: Answers): boolean {
  return matches(URGENT_CONDITION, effectiveAnswers(answers));
}

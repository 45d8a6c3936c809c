import {
  hardestFirst,
  signpostsFor as rulesFor,
  signpostsForNation as rulesForNation,
  type SignpostingContent,
  type SignpostResult as Result,
} from '../domain/signposting';
import type { Nation } from '../domain/nations';
import type { Answers } from '../domain/questionnaire/types';
import { questionFlow } from './questionnaire';
import { URGENT_CONDITION } from './questions';
import { SIGNPOSTS, THEMES, type Signpost } from './signposts';

/**
 * The signposting rules (src/domain/signposting.ts) bound to this app's signposts and questions.
 * Tests may pass their own list of signposts.
 */
export type SignpostResult = Result<Signpost>;
export { groupByTheme } from '../domain/signposting';
export { isUrgent } from './questionnaire';

const content = (signposts: readonly Signpost[]): SignpostingContent<Signpost> => ({
  signposts,
  themes: THEMES,
  flow: questionFlow,
  urgent: URGENT_CONDITION,
});

/** Signposts for these answers, most useful first. No nation in the answers: nothing to show yet. */
export function signpostsFor(answers: Answers, signposts: readonly Signpost[] = SIGNPOSTS): SignpostResult[] {
  return rulesFor(answers, content(signposts));
}

/** Every signpost for a nation, in theme order (for the library). */
export function signpostsForNation(nation: Nation, signposts: readonly Signpost[] = SIGNPOSTS): Signpost[] {
  return rulesForNation(nation, content(signposts));
}

export { hardestFirst };

import { matches, type Condition } from '../conditions';
import type { Nation } from '../nations';
import type { Flow } from './flow';
import { nationOf, type Answers } from './types';

/** What decides whether one urgent service is shown (the content's UrgentService adds numbers and sources). */
export interface UrgentRule {
  /** Nations where it applies (all four when absent). */
  nations?: Nation[];
  /** Shown when this holds (always when absent). */
  when?: Condition;
}

/**
 * The urgent services to show for these answers, in order (999 first), or [] when nothing shows
 * immediate risk. Services for one nation only are shown only there.
 */
export function urgentServicesFor<S extends UrgentRule>(
  answers: Answers,
  services: readonly S[],
  flow: Pick<Flow, 'isUrgent' | 'effectiveAnswers'>,
): S[] {
  if (!flow.isUrgent(answers)) return [];
  const effective = flow.effectiveAnswers(answers);
  const nation = nationOf(effective);
  return services.filter(
    (s) => (!s.nations || (nation !== undefined && s.nations.includes(nation))) && (!s.when || matches(s.when, effective)),
  );
}

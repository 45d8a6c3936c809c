import { matches } from '../conditions';
import { URGENT_SERVICES, type UrgentService } from '../../content/urgentHelp';
import { effectiveAnswers, isUrgent } from './flow';
import { nationOf, type Answers } from './types';

/**
 * The urgent services to show for these answers, in order (999 first), or [] when nothing shows
 * immediate risk. Services for one nation only are shown only there.
 */
export function urgentServicesFor(answers: Answers): UrgentService[] {
  if (!isUrgent(answers)) return [];
  const effective = effectiveAnswers(answers);
  const nation = nationOf(effective);
  return URGENT_SERVICES.filter(
    (s) => (!s.nations || (nation !== undefined && s.nations.includes(nation))) && (!s.when || matches(s.when, effective)),
  );
}

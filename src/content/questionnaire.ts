import { createFlow } from '../domain/questionnaire/flow';
import { urgentServicesFor as urgentServicesOf } from '../domain/questionnaire/urgent';
import type { Answers } from '../domain/questionnaire/types';
import { QUESTIONS, URGENT_CONDITION } from './questions';
import { URGENT_SERVICES, type UrgentService } from './urgentHelp';

/**
 * The question flow (src/domain/questionnaire/flow.ts) bound to this app's questions: what screens,
 * signposting, plans and letters use. The rules stay in domain; only the data is chosen here.
 */
export const questionFlow = createFlow(QUESTIONS, URGENT_CONDITION);

export const {
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
} = questionFlow;

export {
  CHECK,
  allowsNotSure,
  toggleOption,
  validate,
  visibleOptions,
} from '../domain/questionnaire/flow';

/** The urgent services to show for these answers, 999 first; [] when nothing shows immediate risk. */
export function urgentServicesFor(answers: Answers): UrgentService[] {
  return urgentServicesOf(answers, URGENT_SERVICES, questionFlow);
}

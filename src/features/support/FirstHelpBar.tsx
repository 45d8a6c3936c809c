import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FIRST_HELP_AFTER } from '../../content/questions';
import { nextPosition, resumePosition } from '../../content/questionnaire';
import type { ChildRecord } from '../../domain/questionnaire/types';

/**
 * Shown on the results while the questions are not finished: this is first help, each answer makes
 * it fit better, the family can stop at any time and come back, and where to carry on.
 */
export function FirstHelpBar({ child }: { child: ChildRecord }) {
  const { t } = useTranslation('support');
  const at = child.position === FIRST_HELP_AFTER ? nextPosition(child.answers, FIRST_HELP_AFTER) : resumePosition(child.answers, child.position);
  return (
    <div className="panel first-help no-print">
      <p>{t('results.firstHelp.body')}</p>
      <p>
        <Link className="button" to={`/questions/${child.id}/${at}`}>
          {t('results.firstHelp.carryOn')}
        </Link>
      </p>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { SECTIONS, type SectionId } from '../../content/questions';

/**
 * Where the person is, as the questionnaire's parts ("About you · What is hard · School · … ·
 * Check"), never a count: the list is the same from the first question to the last, so it cannot
 * grow as answers open more questions, and questions are asked in part order, so it never goes back.
 */
export function SectionSteps({ current, sectionName }: { current: SectionId | 'check'; sectionName: (id: SectionId) => string }) {
  const { t } = useTranslation('questionnaire');
  const steps: (SectionId | 'check')[] = [...SECTIONS, 'check'];
  const at = steps.indexOf(current);
  const name = (s: SectionId | 'check') => (s === 'check' ? t('steps.check') : sectionName(s));
  return (
    <div className="steps">
      <p className="steps__now">{t('steps.current', { current: at + 1, total: steps.length, name: name(current) })}</p>
      <ol className="steps__list" aria-label={t('steps.label')}>
        {steps.map((s, i) => (
          <li
            key={s}
            className={i < at ? 'steps__item steps__item--done' : i === at ? 'steps__item steps__item--current' : 'steps__item'}
            aria-current={i === at ? 'step' : undefined}
          >
            {name(s)}
            {i < at && <span className="visually-hidden"> ({t('steps.done')})</span>}
          </li>
        ))}
      </ol>
    </div>
  );
}

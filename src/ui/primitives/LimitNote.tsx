import { useTranslation } from 'react-i18next';

/** "100,000": the limit as a parent reads it (Latin digits, as on the English papers). */
const shown = (max: number) => new Intl.NumberFormat('en-GB').format(max);

/**
 * Said when a box holds the most the app keeps (its `maxLength`, from src/domain/limits.ts): the
 * browser stops taking more, and this says why, as a status a screen reader announces. Nothing is
 * drawn while the box has room (screens such as the plan have many boxes).
 */
export function LimitNote({ value, max }: { value: string; max: number }) {
  return value.length >= max ? <Full max={max} /> : null;
}

function Full({ max }: { max: number }) {
  const { t } = useTranslation('forms');
  return (
    <span className="limit-note" role="status">
      {t('limit.full', { max: shown(max) })}
    </span>
  );
}

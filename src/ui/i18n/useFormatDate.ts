import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, todayIso, type DateWords } from '../../domain/dates';
import { contentT, type SomeT } from './contentText';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date words of the language on screen (common.json `dates`). */
export function dateWords(translate: SomeT): DateWords {
  // Called with the `t` of any screen, so the keys name their namespace.
  const t = contentT(translate);
  return {
    months: t('common:dates.months', { returnObjects: true }) as unknown as string[],
    weekdays: t('common:dates.weekdays', { returnObjects: true }) as unknown as string[],
    short: t('common:dates.short', { skipInterpolation: true }),
    long: t('common:dates.long', { skipInterpolation: true }),
  };
}

/**
 * Dates in words in the language on screen, from our own text (never Intl, which has no Welsh in
 * many browsers). Takes a calendar date ('2026-11-22') or a timestamp (shown as the device's local
 * day); anything else is shown as it is.
 */
export function useFormatDate(): (value: string, style?: 'long' | 'short') => string {
  const { t } = useTranslation('common');
  return useCallback(
    (value: string, style: 'long' | 'short' = 'short') => {
      // Stored data is never trusted: a value that is not a date comes back as it is, never an error.
      if (typeof value !== 'string') return '';
      if (!value) return value;
      try {
        let iso = value;
        if (!ISO_DATE.test(value)) {
          const time = new Date(value);
          if (Number.isNaN(time.getTime())) return value;
          iso = todayIso(time);
        }
        return formatDate(iso, dateWords(t), style);
      } catch {
        return value;
      }
    },
    [t],
  );
}

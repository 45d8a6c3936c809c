import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * "2026-06-01" -> "1 June 2026" (English) or "1 Mehefin 2026" (Welsh), with the month names and
 * order from services.json. Not Intl: many browsers (Chrome and Chromium among them) carry no
 * Welsh date data and would show "June 1, 2026" or "2026 M06 1" to a Welsh reader.
 * Anything that is not a date is shown as it is.
 */
export function useFormatDate(): (iso: string) => string {
  const { t } = useTranslation('services');
  return useCallback(
    (iso: string) => {
      const m = ISO_DATE.exec(iso);
      const month = Number(m?.[2]);
      if (!m || month < 1 || month > 12) return iso;
      return t('dates.long', { day: Number(m[3]), month: t(`dates.months.${month}`), year: m[1] });
    },
    [t],
  );
}

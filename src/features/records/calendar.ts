import { toIcs } from '../../domain/letters/ics';
import type { ContactLogRecord } from '../../domain/records/types';
import { downloadFile } from '../../ui/primitives/download';
import type { ContentT } from '../../ui/i18n/contentText';

/** A calendar file (.ics) with the follow-up dates of these log entries, as letters' dates are offered. */
export function downloadFollowUps(entries: ContactLogRecord[], t: ContentT, name: string, date: (d: string) => string, filename = 'follow-up.ics') {
  const events = entries
    .filter((e) => e.followUpOn)
    .map((e) => ({
      uid: `${e.id}-follow-up@barriers-navigator`,
      date: e.followUpOn!,
      summary: t('records:followUps.calendarSummary', { who: e.who || t('records:log.someone'), name }),
      description: t('records:followUps.calendarDescription', { date: date(e.date), said: e.said }),
    }));
  downloadFile(filename, toIcs(events, { prodId: '-//Barriers Navigator//Contact log//EN' }), 'text/calendar');
}

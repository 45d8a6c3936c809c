import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { MilestoneItem } from './ClockPanel';
import { letterTitle, useCalendar } from './shared';
import { useMilestones } from './useMilestones';
import './letters.css';

const HOW_MANY = 3;

/** The home page's next few dates across all letters; nothing at all when there are none. */
export default function UpcomingDates() {
  const { t } = useTranslation('letters');
  const data = useMilestones();
  const calendar = useCalendar();
  // A flag, not the words: the message must follow a change of language.
  const [saved, setSaved] = useState(false);
  // The children could not be read: the home page says so itself (one panel, not two).
  if (!data || (data.failed && data.childrenFailed)) return null;
  if (data.failed) {
    return (
      <div className="upcoming-dates feature-letters">
        <ReadFailed read={data.failed} />
      </div>
    );
  }
  if (data.upcoming.length === 0) return null;
  const next = data.upcoming.slice(0, HOW_MANY);
  return (
    <section className="upcoming-dates feature-letters" aria-labelledby="upcoming-dates-heading">
      <h2 id="upcoming-dates-heading">{t('dates.homeHeading')}</h2>
      <ul className="milestones">
        {next.map((m) => (
          <MilestoneItem
            key={`${m.letterId}-${m.id}`}
            milestone={m}
            today={data.today}
            onAdd={() => {
              calendar.download([m], `${m.id}.ics`);
              setSaved(true);
            }}
            extra={
              <p>
                {t('dates.letter', { title: letterTitle(t, m) })} <Link to={`/letters/${m.letterId}`}>{t('dates.openLetter')}</Link>
              </p>
            }
          />
        ))}
      </ul>
      <p role="status" className="status-message">
        {saved ? t('clock.calendarSaved') : ''}
      </p>
      <p>
        <Link to="/letters/dates">{t('dates.homeAll')}</Link>
      </p>
    </section>
  );
}

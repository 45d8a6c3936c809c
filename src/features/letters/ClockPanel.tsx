import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../domain/dates';
import { statutoryClock, type LetterMilestone } from '../../domain/letters/clock';
import type { ClockKind, LetterRecord } from '../../domain/letters/types';
import { DateField } from './DateField';
import { useCalendar, useFormatDate, useToday } from './shared';
import { contentT } from '../../ui/i18n/contentText';

/** What starts each clock, in the family's words. */
const STARTS: Record<Exclude<ClockKind, 'none'>, string> = {
  'ehc-request': 'clock.startsOnReceipt',
  'aln-decision': 'clock.startsOnReceiptSchool',
  'asn-request': 'clock.startsOnReceiptCouncil',
  'ni-assessment': 'clock.startsOnReceiptEa',
};

/** Once a letter is sent: what should happen by when, in plain words, each date ready for the calendar. */
export function ClockPanel({ letter, clock, onChange }: { letter: LetterRecord; clock: ClockKind; onChange: (c: Partial<LetterRecord>) => void }) {
  const { t } = useTranslation('letters');
  const format = useFormatDate();
  const today = useToday();
  const calendar = useCalendar();
  // A flag, not the words: the message must follow a change of language.
  const [saved, setSaved] = useState(false);
  if (!letter.sentOn) return null;

  const milestones: LetterMilestone[] = statutoryClock(clock, letter.sentOn, {
    draftOn: letter.draftOn,
    decisionOn: letter.decisionOn,
    corrected: letter.corrected,
  }).map((m) => ({
    ...m,
    letterId: letter.id,
    templateId: letter.templateId,
    childId: letter.childId,
  }));
  const addToCalendar = (list: LetterMilestone[], filename: string) => {
    calendar.download(list, filename);
    setSaved(true);
  };

  return (
    <section className="panel clock" aria-labelledby={`clock-${letter.id}`}>
      <h2 id={`clock-${letter.id}`}>{t('clock.heading')}</h2>
      {clock !== 'none' ? (
        <>
          <p>{t('clock.intro', { date: format(letter.sentOn, 'short') })}</p>
          <p>{contentT(t)(STARTS[clock])}</p>
        </>
      ) : (
        <p>{t('clock.noDeadline')}</p>
      )}
      <ul className="milestones">
        {milestones.map((m) => (
          <MilestoneItem
            key={m.id}
            milestone={m}
            today={today}
            onAdd={() => addToCalendar([m], `${m.id}.ics`)}
            extra={
              m.approximate || m.corrected ? (
                <DateField
                  label={t('clock.correctLabel')}
                  hint={t('clock.correctHint')}
                  value={letter.corrected?.[m.id]}
                  saveLabel={t('clock.saveDate')}
                  savedText={(d) => format(d, 'short')}
                  onSave={(date) => onChange({ corrected: { ...letter.corrected, [m.id]: date } })}
                />
              ) : undefined
            }
          />
        ))}
      </ul>
      {milestones.length > 1 && (
        <button type="button" className="button" onClick={() => addToCalendar(milestones, 'letter-dates.ics')}>
          {t('clock.addAll')}
        </button>
      )}
      <p role="status" className="status-message">
        {saved ? t('clock.calendarSaved') : ''}
      </p>
      {clock === 'ni-assessment' && (
        <>
          <DateField
            label={t('clock.niDraftLabel')}
            value={letter.draftOn}
            max={today}
            saveLabel={t('clock.saveDate')}
            savedText={(d) => format(d, 'short')}
            onSave={(draftOn) => onChange({ draftOn })}
          />
          <DecisionField letter={letter} label={t('clock.decisionLabelNi')} hint={t('clock.decisionHintNi')} onChange={onChange} />
        </>
      )}
      {clock === 'aln-decision' && (
        <DecisionField letter={letter} label={t('clock.decisionLabelWales')} hint={t('clock.decisionHintWales')} onChange={onChange} />
      )}
      {clock === 'ehc-request' && (
        <>
          <p>{t('clock.exceptions')}</p>
          <DateField
            label={t('clock.draftLabel')}
            value={letter.draftOn}
            max={today}
            saveLabel={t('clock.saveDate')}
            savedText={(d) => format(d, 'short')}
            onSave={(draftOn) => onChange({ draftOn })}
          />
          <DateField
            label={t('clock.decisionLabel')}
            hint={t('clock.decisionHint')}
            value={letter.decisionOn}
            max={today}
            saveLabel={t('clock.saveDate')}
            savedText={(d) => format(d, 'short')}
            onSave={(decisionOn) => onChange({ decisionOn })}
          />
        </>
      )}
    </section>
  );
}

/** The date on a decision letter, from which the nation's appeal date is counted. */
function DecisionField({ letter, label, hint, onChange }: { letter: LetterRecord; label: string; hint: string; onChange: (c: Partial<LetterRecord>) => void }) {
  const { t } = useTranslation('letters');
  const format = useFormatDate();
  const today = useToday();
  return (
    <DateField
      label={label}
      hint={hint}
      value={letter.decisionOn}
      max={today}
      saveLabel={t('clock.saveDate')}
      savedText={(d) => format(d, 'short')}
      onSave={(decisionOn) => onChange({ decisionOn })}
    />
  );
}

export function MilestoneItem({ milestone: m, today, onAdd, extra }: { milestone: LetterMilestone; today: string; onAdd: () => void; extra?: ReactNode }) {
  const { t } = useTranslation('letters');
  const format = useFormatDate();
  const days = daysBetween(today, m.date);
  return (
    <li className={`milestone${days < 0 ? ' milestone--past' : ''}`}>
      <p className="milestone__date">
        <strong>{t(m.approximate ? 'clock.about' : 'clock.by', { date: format(m.date) })}</strong>
        {m.kind === 'reminder' && <span className="tag">{t('clock.reminder')}</span>}
      </p>
      <p className="milestone__what">{contentT(t)(m.textKey)}</p>
      {m.basisKey && <p className="hint">{contentT(t)(m.basisKey)}</p>}
      {m.approximate && m.whyKey && <p className="hint">{contentT(t)(m.whyKey)}</p>}
      {m.corrected && <p className="hint">{t('clock.corrected')}</p>}
      <p className="hint">{days < 0 ? t('clock.passed') : days === 0 ? t('clock.today') : t('clock.inDays', { count: days })}</p>
      {extra}
      <button type="button" className="button button--secondary" onClick={onAdd}>
        {t('clock.addOne', { what: format(m.date, 'short') })}
      </button>
    </li>
  );
}

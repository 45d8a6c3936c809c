import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanContent, PlanCycle } from '../../domain/plan/types';
import { usePlanText } from './text';
import { TextArea, TextInput } from '../../ui/primitives/keepCaret';
import { TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';
import { DateBox } from '../../ui/primitives/DateBox';

/** A section of the editor that can be folded away; open to begin with. */
export function Section({ id, heading, hint, children }: { id: string; heading: string; hint?: string; children: ReactNode }) {
  const { t } = useTranslation('plan');
  const [open, setOpen] = useState(true);
  const bodyId = `${id}-body`;
  return (
    <section className="plan-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="plan-section__heading">
        <button type="button" className="plan-section__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span>{heading}</span>
          <span className="plan-section__state" aria-hidden="true">
            {open ? t('editor.collapse') : t('editor.expand')}
          </span>
        </button>
      </h2>
      <div id={bodyId} hidden={!open}>
        {hint && <p className="hint">{hint}</p>}
        {children}
      </div>
    </section>
  );
}

/** A labelled text box saved as typed. */
export function TextField({
  id,
  label,
  hint,
  value,
  onChange,
  multiline = true,
  type = 'text',
}: {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  type?: 'text' | 'date';
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="hint" id={hintId}>
          {hint}
        </span>
      )}
      {multiline ? (
        <TextArea id={id} maxLength={TEXT_MAX} value={value} aria-describedby={hintId} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : type === 'date' ? (
        <DateBox id={id} value={value} aria-describedby={hintId} onChange={onChange} />
      ) : (
        <TextInput id={id} type={type} maxLength={TEXT_MAX} value={value} aria-describedby={hintId} onChange={(e) => onChange(e.target.value)} />
      )}
      {type !== 'date' && <LimitNote value={value} max={TEXT_MAX} />}
    </div>
  );
}

const has = (s: string) => s.trim() !== '';

/**
 * A cycle's plan as read-only text: used for earlier cycles under the editor and for the printed
 * meeting pack. Empty sections are left out. `level` is the heading level of each section.
 */
export function ContentView({ content, level, print = false }: { content: PlanContent; level: 2 | 3 | 4; print?: boolean }) {
  const { t, date } = usePlanText();
  const H = `h${level}` as 'h2' | 'h3' | 'h4';
  const list = (items: { id: string; text: string }[]) => {
    const kept = items.filter((i) => has(i.text));
    return kept.length ? (
      <ul>
        {kept.map((i) => (
          <li key={i.id}>{i.text}</li>
        ))}
      </ul>
    ) : null;
  };
  const para = (label: string, value: string) =>
    has(value) ? (
      <p className="plan-para">
        <strong>{label}: </strong>
        {value}
      </p>
    ) : null;
  const actions = content.actions.filter((a) => has(a.what) || has(a.who));
  const people = content.people.filter((p) => has(p.name) || has(p.role) || has(p.reach));
  const about = content.strengths.some((s) => has(s.text)) || has(content.interests) || has(content.enjoys);
  const voice = has(content.childHard) || has(content.childHelps) || has(content.childChange);
  const tried = content.tried.some((s) => has(s.text)) || has(content.helped) || has(content.madeWorse);

  return (
    <div className="plan-view">
      {about && (
        <section className="plan-view__section">
          <H>{t('plan:sections.about.heading')}</H>
          {list(content.strengths)}
          {para(t('plan:fields.interests.label'), content.interests)}
          {para(t('plan:fields.enjoys.label'), content.enjoys)}
        </section>
      )}
      {content.barriers.some((s) => has(s.text)) && (
        <section className="plan-view__section">
          <H>{t('plan:sections.barriers.heading')}</H>
          {list(content.barriers)}
        </section>
      )}
      {voice && (
        <section className="plan-view__section">
          <H>{t('plan:sections.childVoice.heading')}</H>
          {para(t('plan:fields.childHard.label'), content.childHard)}
          {para(t('plan:fields.childHelps.label'), content.childHelps)}
          {para(t('plan:fields.childChange.label'), content.childChange)}
        </section>
      )}
      {has(content.parentVoice) && (
        <section className="plan-view__section">
          <H>{t('plan:sections.parentVoice.heading')}</H>
          <p className="plan-para">{content.parentVoice}</p>
        </section>
      )}
      {tried && (
        <section className="plan-view__section">
          <H>{t('plan:sections.tried.heading')}</H>
          {list(content.tried)}
          {para(t('plan:fields.helped.label'), content.helped)}
          {para(t('plan:fields.madeWorse.label'), content.madeWorse)}
        </section>
      )}
      {content.asks.some((s) => has(s.text)) && (
        <section className="plan-view__section">
          <H>{t('plan:sections.asks.heading')}</H>
          {list(content.asks)}
        </section>
      )}
      {actions.length > 0 && (
        <section className="plan-view__section">
          <H>{t('plan:sections.actions.heading')}</H>
          <div className={print ? undefined : 'table-wrap'}>
            <table className="plan-table">
              <thead>
                <tr>
                  <th scope="col">{t('plan:print.table.what')}</th>
                  <th scope="col">{t('plan:print.table.who')}</th>
                  <th scope="col">{t('plan:print.table.byWhen')}</th>
                  <th scope="col">{t('plan:print.table.status')}</th>
                </tr>
              </thead>
              <tbody>
                {actions.map((a) => (
                  <tr key={a.id}>
                    <td>{a.what}</td>
                    <td>{a.who}</td>
                    <td>{a.byWhen ? date(a.byWhen) : ''}</td>
                    <td>{t(`plan:status.${a.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {people.length > 0 && (
        <section className="plan-view__section">
          <H>{t('plan:sections.people.heading')}</H>
          <ul>
            {people.map((p) => (
              <li key={p.id}>{[p.name, p.role, p.reach].map((v) => v.trim()).filter(Boolean).join(', ')}</li>
            ))}
          </ul>
        </section>
      )}
      {!print && has(content.meetingNotes) && (
        <section className="plan-view__section">
          <H>{t('plan:sections.notes.heading')}</H>
          <p className="plan-para">{content.meetingNotes}</p>
        </section>
      )}
    </div>
  );
}

/** An earlier, reviewed cycle: the review first, then what the plan said, read-only. */
export function EarlierCycle({ cycle }: { cycle: PlanCycle }) {
  const { t, date } = usePlanText();
  const id = useId();
  const review = cycle.review;
  return (
    <section className="card plan-cycle" aria-labelledby={id}>
      <h3 id={id}>{t('plan:review.cycleHeading', { number: cycle.number })}</h3>
      <p className="hint">
        {t('plan:review.cycleDates', { start: date(cycle.startedAt), end: date(cycle.closedAt ?? '') })} {t('plan:review.readOnly')}
      </p>
      {review && (
        <dl className="summary-list">
          {(['worked', 'notWorked', 'steps'] as const).map((k) =>
            has(review[k]) ? (
              <div className="summary-list__row" key={k}>
                <dt>{t(`plan:review.${k}`)}</dt>
                <dd className="plan-para">{review[k]}</dd>
              </div>
            ) : null,
          )}
        </dl>
      )}
      <details>
        <summary>{t('plan:review.showPlan', { number: cycle.number })}</summary>
        <ContentView content={cycle.content} level={4} />
      </details>
    </section>
  );
}

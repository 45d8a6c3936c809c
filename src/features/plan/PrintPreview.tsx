import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isFamilyTodo } from '../../content/familyTodos';
import { cleanDetails } from '../../domain/questionnaire/types';
import { currentCycle } from '../../domain/plan/types';
import { failedRead, useRecordRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { MeetingPackRecord } from '../../ui/records/MeetingPackRecord';
import { useSavedPlan } from './useSavedPlan';
import { ContentView } from './parts';
import { rightsFor } from './rights';
import { usePlanText } from './text';
import { contentT } from '../../ui/i18n/contentText';

/**
 * /plan/:childId/print: the meeting pack as it will look on A4, with a Print button. The pack is
 * the open cycle's plan, a few questions to ask, and reminders of rights with their sources.
 */
export function PrintPreview() {
  const { childId = '' } = useParams();
  const { t, nameOrDefault, date, source } = usePlanText();
  const childRead = useRecordRead('children', childId);
  const [plan, , planFailed] = useSavedPlan(childId, { follow: true });
  const [withTodos, setWithTodos] = useState(false);

  const failed = failedRead(childRead, planFailed);
  if (failed) {
    return (
      <Page title={t('plan:print.titleUnnamed')}>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (plan === undefined || childRead.status === 'loading') return <Loading />;
  const child = childRead.status === 'ready' ? childRead.value : null;
  const name = nameOrDefault(child);
  if (plan === null) {
    return (
      <Page title={t('plan:print.titleUnnamed')}>
        <p>{t('plan:editor.notFound')}</p>
        <Link to="/plan">{t('plan:editor.goToPlans')}</Link>
      </Page>
    );
  }
  const cycle = currentCycle(plan);
  const rights = child ? rightsFor(child.answers) : [];
  const questions = t('plan:print.questions', { returnObjects: true }) as unknown;
  // Asks of the school go on the table; the family's own to-dos only if they choose.
  const asks = cycle.content.asks.filter((a) => !isFamilyTodo(a.from));
  const todos = cycle.content.asks.filter((a) => isFamilyTodo(a.from) && a.text.trim());
  const details = cleanDetails(child?.details);
  const about = [
    details.fullName,
    details.dateOfBirth && t('plan:print.born', { date: date(details.dateOfBirth) }),
    details.yearGroup,
    details.school,
  ].filter(Boolean);

  return (
    <Page title={t('plan:print.title', { name })} className="plan-print">
      <div className="no-print">
        <p>{t('plan:print.intro')}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('plan:print.button')}
          </button>
          <Link className="button button--secondary" to={`/plan/${encodeURIComponent(childId)}`}>
            {t('plan:print.back')}
          </Link>
        </div>
        {todos.length > 0 && (
          <div className="field">
            <input id="plan-print-todos" type="checkbox" checked={withTodos} onChange={(e) => setWithTodos(e.target.checked)} />{' '}
            <label htmlFor="plan-print-todos">{t('plan:print.includeTodos', { count: todos.length })}</label>
          </div>
        )}
      </div>
      {about.length > 0 && <p className="plan-print__child">{about.join(' · ')}</p>}
      {(cycle.content.meetingDate || cycle.content.attendees?.trim()) && (
        <p className="plan-print__meeting">
          {cycle.content.meetingDate && <span>{t('plan:print.meetingOn', { date: date(cycle.content.meetingDate) })} </span>}
          {cycle.content.attendees?.trim() && <span>{t('plan:print.attendees', { names: cycle.content.attendees.trim() })}</span>}
        </p>
      )}
      <p className="plan-print__meta">
        <span>{t('plan:print.printed', { date: date(new Date().toISOString()) })}</span>
        <span>{t('plan:print.cycle', { number: cycle.number, date: date(cycle.startedAt) })}</span>
        <span>{t('plan:print.nextReview', { date: date(cycle.content.nextReview) })}</span>
      </p>
      <ContentView content={{ ...cycle.content, asks }} level={2} print />
      {withTodos && todos.length > 0 && (
        <section className="plan-view__section">
          <h2>{t('plan:print.todosHeading')}</h2>
          <ul>
            {todos.map((a) => (
              <li key={a.id}>{a.text}</li>
            ))}
          </ul>
        </section>
      )}
      <MeetingPackRecord childId={childId} />
      <section className="plan-view__section">
        <h2>{t('plan:print.questionsHeading')}</h2>
        <ul>
          {(Array.isArray(questions) ? (questions as string[]) : []).map((q) => (
            <li key={q}>{q}</li>
          ))}
        </ul>
      </section>
      {rights.length > 0 && (
        <section className="plan-view__section plan-rights">
          <h2>{t('plan:print.rightsHeading')}</h2>
          <p className="hint">{t('plan:print.rightsIntro')}</p>
          <ul>
            {rights.map((r) => (
              <li key={r.key}>
                {contentT(t)(`plan:rights.${r.key}`)} <span className="plan-rights__source">{t('plan:print.source', { source: source(r.source) })}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  );
}

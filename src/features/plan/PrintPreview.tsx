import { Link, useParams } from 'react-router';
import { currentCycle } from '../../domain/plan/types';
import { useRecord } from '../../storage/react';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { MeetingPackRecord } from '../../ui/records/MeetingPackRecord';
import { useSavedPlan } from './useSavedPlan';
import { ContentView } from './parts';
import { rightsFor } from './rights';
import { usePlanText } from './text';
import { contentT } from '../../ui/contentText';

/**
 * /plan/:childId/print: the meeting pack as it will look on A4, with a Print button. The pack is
 * the open cycle's plan, a few questions to ask, and reminders of rights with their sources.
 */
export function PrintPreview() {
  const { childId = '' } = useParams();
  const { t, nameOrDefault, date, source } = usePlanText();
  const child = useRecord('children', childId);
  const [plan] = useSavedPlan(childId, { follow: true });


  if (plan === undefined || child === undefined) return <Loading />;
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
      </div>
      <p className="plan-print__meta">
        <span>{t('plan:print.printed', { date: date(new Date().toISOString()) })}</span>
        <span>{t('plan:print.cycle', { number: cycle.number, date: date(cycle.startedAt) })}</span>
        <span>{t('plan:print.nextReview', { date: date(cycle.content.nextReview) })}</span>
      </p>
      <ContentView content={cycle.content} level={2} print />
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

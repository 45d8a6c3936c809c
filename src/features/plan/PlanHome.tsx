import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { prefillPlan } from '../../domain/plan/prefill';
import { currentCycle, planFor } from '../../domain/plan/types';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';
import { useList } from '../../storage/react';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useActiveChild } from '../../ui/useActiveChild';
import { ImportBackup } from '../../ui/ImportBackup';
import { usePlanText } from './text';

/** /plan: pick the child, start a plan from their answers, or open a saved file. */
export function PlanHome() {
  const { t, nameOrDefault, prefillFor, date, loadAll } = usePlanText(['plan']);
  const { children, setActive } = useActiveChild();
  const plans = useList('plans');
  const contacts = useList('contacts');
  const navigate = useNavigate();
  const location = useLocation();
  const [message, setMessage] = useState(() => (location.state as { message?: string } | null)?.message ?? '');

  const make = async (child: ChildRecord) => {
    try {
      // The answers' and asks' labels live in other namespaces: load them before writing the plan.
      await loadAll();
      const plan = prefillPlan(child, contacts ?? [], prefillFor(child));
      await getStorage().put('plans', plan);
      await setActive(child.id);
      void navigate(`/plan/${encodeURIComponent(child.id)}`);
    } catch {
      setMessage(t('plan:home.makeFailed'));
    }
  };

  return (
    <Page title={t('plan:home.title')}>
      <p>{t('plan:home.lead')}</p>
      <p role="status" className="status-message">
        {message}
      </p>
      {children === undefined || plans === undefined ? (
        <Loading />
      ) : children.length === 0 ? (
        <div className="panel">
          <p>{t('plan:home.noChildren')}</p>
          <Link className="button" to="/questions/start">
            {t('plan:home.startQuestions')}
          </Link>
        </div>
      ) : (
        <>
          <h2>{t('plan:home.childrenHeading')}</h2>
          <ul className="plan-children">
            {children.map((child) => {
              const plan = planFor(plans, child.id);
              const name = nameOrDefault(child);
              return (
                <li key={child.id} className="card">
                  <h3>{name}</h3>
                  {plan ? (
                    <>
                      <p>{t('plan:home.cycle', { number: currentCycle(plan).number, date: date(plan.updatedAt) })}</p>
                      <Link className="button" to={`/plan/${encodeURIComponent(child.id)}`} onClick={() => void setActive(child.id)}>
                        {t('plan:home.openPlan', { name })}
                      </Link>
                    </>
                  ) : (
                    <>
                      <p>
                        {child.completedAt ? t('plan:home.noPlanYet') : t('plan:home.notFinished', { name })}
                      </p>
                      <button type="button" className="button" disabled={contacts === undefined} onClick={() => void make(child)}>
                        {t('plan:home.makePlan', { name })}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ImportBackup />
    </Page>
  );
}

import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { prefillPlan } from '../../domain/plan/prefill';
import { currentCycle, type PlanRecord } from '../../domain/plan/types';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { getStorage } from '../../storage';
import { useList } from '../../storage/react';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { useActiveChild } from '../../ui/useActiveChild';
import { ImportBackup } from './ImportBackup';
import { usePlanText } from './text';

/** The newest plan for each child (there is normally one). */
export function planFor(plans: PlanRecord[] | undefined, childId: string): PlanRecord | undefined {
  return plans?.filter((p) => p.childId === childId).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
}

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
        // While the records load, a hidden copy of the "no children yet" panel holds its space, so the
        // saved-file section below does not move when the page fills in.
        <div className="pending">
          <Loading />
          <div className="panel" aria-hidden="true">
            <p>{t('plan:home.noChildren')}</p>
            <Link className="button" to="/questions/start" tabIndex={-1}>
              {t('plan:home.startQuestions')}
            </Link>
          </div>
        </div>
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

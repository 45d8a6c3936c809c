import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { fillEmpty, prefillPlan } from '../../domain/plan/prefill';
import { newId, nowIso } from '../../domain/ids';
import { currentCycle, planFor } from '../../domain/plan/types';
import type { ChildRecord } from '../../domain/questionnaire/types';
import type { PlanRecord } from '../../domain/plan/types';
import { getStorage } from '../../storage';
import { failedRead, useListRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { ImportBackup } from '../../ui/records/ImportBackup';
import { usePlanText } from './text';

/** /plan: pick the child, start a plan from their answers, or open a saved file. */
export function PlanHome() {
  const { t, nameOrDefault, prefillFor, date, loadAll } = usePlanText(['plan']);
  const { children, setActive, failed: childrenFailed } = useActiveChild();
  const plansRead = useListRead('plans');
  const contactsRead = useListRead('contacts');
  const plans = plansRead.status === 'ready' ? plansRead.value : undefined;
  const contacts = contactsRead.status === 'ready' ? contactsRead.value : undefined;
  // A read that failed is said, never shown as "no children yet" or "no plan yet": a plan made from
  // there could be written over one that is saved.
  const failed = failedRead(childrenFailed, plansRead, contactsRead);
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

  /** A plan with no questions answered: a new child record and an empty plan to fill in. */
  const makeBlank = async () => {
    const now = nowIso();
    const child: ChildRecord = { id: newId(), displayName: '', createdAt: now, updatedAt: now, answers: {}, position: 'nation', kept: [] };
    try {
      await getStorage().put('children', child);
      await make(child);
    } catch {
      setMessage(t('plan:home.makeFailed'));
    }
  };

  /** Answers given after the plan was started fill in the parts still empty; nothing typed is replaced. */
  const fillFromAnswers = async (child: ChildRecord, plan: PlanRecord) => {
    try {
      await loadAll();
      const fromAnswers = prefillPlan(child, contacts ?? [], prefillFor(child)).cycles[0]!.content;
      const filled = fillEmpty(plan, fromAnswers);
      if (filled !== plan) await getStorage().put('plans', filled);
      setMessage(filled !== plan ? t('plan:home.filled') : t('plan:home.nothingToFill'));
    } catch {
      setMessage(t('plan:home.makeFailed'));
    }
  };

  return (
    <Page title={t('plan:home.title')}>
      <p>{t('plan:home.lead')}</p>
      <p>
        <Link to="/letters/details">{t('plan:home.details')}</Link>
      </p>
      <p role="status" className="status-message">
        {message}
      </p>
      {failed ? (
        <ReadFailed read={failed} />
      ) : children === undefined || plans === undefined ? (
        // While the records load, a hidden copy of the "no children yet" panel holds its space, so the
        // saved-file section below does not move when the page fills in.
        <div className="pending" key="pending">
          <Loading />
          <NoChildren copy onBlank={() => {}} />
        </div>
      ) : children.length === 0 ? (
        <NoChildren key="none" waiting={contacts === undefined} onBlank={() => void makeBlank()} />
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
                      {child.completedAt && child.completedAt > plan.createdAt && (
                        <button type="button" className="button button--secondary" disabled={contacts === undefined} onClick={() => void fillFromAnswers(child, plan)}>
                          {t('plan:home.fill', { name })}
                        </button>
                      )}
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
      {!failed && <ImportBackup />}
    </Page>
  );
}

/**
 * "No children yet": start the questions, or a blank plan. As a `copy` it is hidden and inert, and
 * only holds its space while the records load.
 */
function NoChildren({ copy = false, waiting = false, onBlank }: { copy?: boolean; waiting?: boolean; onBlank: () => void }) {
  const { t } = useTranslation('plan');
  return (
    <div className="panel" aria-hidden={copy || undefined}>
      <p>{t('home.noChildren')}</p>
      <Link className="button" to="/questions/start" tabIndex={copy ? -1 : undefined}>
        {t('home.startQuestions')}
      </Link>
      <p>{t('home.blankLead')}</p>
      <button type="button" className="button button--secondary" disabled={copy || waiting} tabIndex={copy ? -1 : undefined} onClick={onBlank}>
        {t('home.blank')}
      </button>
    </div>
  );
}

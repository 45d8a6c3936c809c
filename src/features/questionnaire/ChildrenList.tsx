import { useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { resumePosition } from '../../content/questionnaire';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { deleteChild, restartChild } from './store';

type Confirming = { id: string; action: 'restart' | 'delete' } | undefined;

/** /questions — each child answered for, kept apart, with carry on, start again and delete. */
export function ChildrenList() {
  const { t } = useTranslation('questionnaire');
  const { children, active, failed } = useActiveChild();
  const [confirming, setConfirming] = useState<Confirming>();
  const [message, setMessage] = useState('');
  const [problem, setProblem] = useState('');
  const status = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (message) status.current?.focus();
  }, [message]);
  // The button pressed is replaced by the question "are you sure?": move focus to that question,
  // and back to the button when they say no, so keyboard and screen reader users are not lost.
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const [returnTo, setReturnTo] = useState<string>();
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  useEffect(() => {
    if (!returnTo) return;
    document.getElementById(returnTo)?.focus();
    setReturnTo(undefined);
  }, [returnTo]);

  if (failed) {
    // Not "you have not started yet": the children are there, only not read.
    return (
      <Page title={t('list.title')}>
        <p>{t('list.lead')}</p>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (children === undefined) {
    return (
      <Page title={t('list.title')}>
        <p>{t('list.lead')}</p>
        <Loading />
      </Page>
    );
  }

  const byAge = children.slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const nameOf = (c: ChildRecord) => c.displayName || t('list.unnamed', { n: byAge.indexOf(c) + 1 });

  const confirm = async (c: ChildRecord, action: 'restart' | 'delete') => {
    const name = nameOf(c);
    setProblem('');
    try {
      if (action === 'delete') await deleteChild(c.id);
      else await restartChild(c.id);
      setMessage(action === 'delete' ? t('list.deleted', { name }) : t('list.restarted', { name }));
    } catch {
      // Said here (and why, in the shell's storage banner); focus goes back to the button.
      setProblem(t('list.failed', { name }));
      setReturnTo(`${action}-${c.id}`);
    }
    setConfirming(undefined);
  };

  return (
    <Page title={t('list.title')}>
      <p>{t('list.lead')}</p>
      <p role="status" className="notice notice--success status-message" ref={status} tabIndex={-1}>
        {message}
      </p>
      {problem && (
        <p className="error-message" role="alert">
          {problem}
        </p>
      )}
      {children.length === 0 && <p>{t('list.empty')}</p>}
      {byAge.map((c) => {
        const name = nameOf(c);
        const isConfirming = confirming?.id === c.id ? confirming.action : undefined;
        return (
          <section className="card child-card" key={c.id} aria-labelledby={`child-${c.id}`}>
            <h2 id={`child-${c.id}`}>{name}</h2>
            <p className="child-card__meta">
              {c.completedAt ? t('list.complete') : t('list.inProgress')}
              {active?.id === c.id && (
                <>
                  {' '}
                  <span className="tag">{t('list.active')}</span>
                </>
              )}
            </p>
            {isConfirming ? (
              <ConfirmPanel
                id={c.id}
                action={isConfirming}
                name={name}
                headingRef={confirmHeading}
                onYes={() => void confirm(c, isConfirming)}
                onNo={() => {
                  setConfirming(undefined);
                  setReturnTo(`${isConfirming}-${c.id}`);
                }}
              />
            ) : (
              <div className="button-row">
                <Link
                  className="button"
                  to={`/questions/${c.id}/${resumePosition(c.answers, c.position)}`}
                  aria-label={t('list.continueLabel', { name })}
                >
                  {t('list.continue')}
                </Link>
                {c.completedAt && (
                  <Link className="button button--secondary" to={`/questions/${c.id}/check`} aria-label={t('list.checkLabel', { name })}>
                    {t('list.check')}
                  </Link>
                )}
                <button
                  type="button"
                  id={`restart-${c.id}`}
                  className="button button--secondary"
                  aria-label={t('list.restartLabel', { name })}
                  onClick={() => {
                    setMessage('');
                    setConfirming({ id: c.id, action: 'restart' });
                  }}
                >
                  {t('list.restart')}
                </button>
                <button
                  type="button"
                  id={`delete-${c.id}`}
                  className="button button--danger"
                  aria-label={t('list.deleteLabel', { name })}
                  onClick={() => {
                    setMessage('');
                    setConfirming({ id: c.id, action: 'delete' });
                  }}
                >
                  {t('list.delete')}
                </button>
              </div>
            )}
          </section>
        );
      })}
      <p>
        <Link className={children.length ? 'button button--secondary' : 'button'} to="/questions/start">
          {children.length ? t('list.startAnother') : t('list.start')}
        </Link>
      </p>
    </Page>
  );
}

/** "Are you sure?" for starting again or deleting one child's answers. */
function ConfirmPanel({
  id,
  action,
  name,
  headingRef,
  onYes,
  onNo,
}: {
  id: string;
  action: 'restart' | 'delete';
  name: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onYes: () => void;
  onNo: () => void;
}) {
  const { t } = useTranslation('questionnaire');
  return (
    <div className="confirm" role="group" aria-labelledby={`confirm-${id}`}>
      <h3 id={`confirm-${id}`} ref={headingRef} tabIndex={-1}>
        {action === 'delete' ? t('list.confirmDeleteTitle', { name }) : t('list.confirmRestartTitle', { name })}
      </h3>
      <p>{action === 'delete' ? t('list.confirmDeleteBody', { name }) : t('list.confirmRestartBody', { name })}</p>
      <div className="button-row">
        <button type="button" className="button button--danger" onClick={onYes}>
          {action === 'delete' ? t('list.confirmDelete') : t('list.confirmRestart')}
        </button>
        <button type="button" className="button button--secondary" onClick={onNo}>
          {t('list.cancel')}
        </button>
      </div>
    </div>
  );
}

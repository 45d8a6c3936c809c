import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { resumePosition } from '../../content/questionnaire';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { createChild } from './store';

/** /questions/start — a new child, made the active one, at the first question. */
export function StartChild() {
  const { t } = useTranslation('questionnaire');
  const [id, setId] = useState<string | undefined>();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    createChild().then(
      (c) => setId(c.id),
      () => setFailed(true),
    );
  }, []);
  if (failed) {
    return (
      <Page title={t('list.title')}>
        <p className="error-message" role="alert">
          {t('errors.startFailed')}
        </p>
      </Page>
    );
  }
  return id ? <Navigate replace to={`/questions/${id}/nation`} /> : <Loading />;
}

/** /questions/resume — the active child's saved place, or a new start when there is no child yet. */
export function ResumeChild() {
  const { t } = useTranslation('questionnaire');
  const { children, active, failed } = useActiveChild();
  // Could not read the children: say so, rather than start a new child as if there were none.
  if (failed) {
    return (
      <Page title={t('list.title')}>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (children === undefined) return <Loading />;
  if (!active) return <Navigate replace to="/questions/start" />;
  return <Navigate replace to={`/questions/${active.id}/${resumePosition(active.answers, active.position)}`} />;
}

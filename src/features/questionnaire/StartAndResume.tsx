import { useEffect, useRef, useState } from 'react';
import { Navigate } from 'react-router';
import { resumePosition } from '../../content/questionnaire';
import { useActiveChild } from '../../ui/useActiveChild';
import { Loading } from '../../ui/Loading';
import { createChild } from './store';

/** /questions/start — a new child, made the active one, at the first question. */
export function StartChild() {
  const [id, setId] = useState<string | undefined>();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void createChild().then((c) => setId(c.id));
  }, []);
  return id ? <Navigate replace to={`/questions/${id}/nation`} /> : <Loading />;
}

/** /questions/resume — the active child's saved place, or a new start when there is no child yet. */
export function ResumeChild() {
  const { children, active } = useActiveChild();
  if (children === undefined) return <Loading />;
  if (!active) return <Navigate replace to="/questions/start" />;
  return <Navigate replace to={`/questions/${active.id}/${resumePosition(active.answers, active.position)}`} />;
}

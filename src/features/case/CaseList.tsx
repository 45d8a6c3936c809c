import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { caseModel, REQUEST_LETTER } from '../../content/case';
import { caseView } from '../../domain/case/model';
import type { CaseRecord } from '../../domain/case/types';
import { compareDates } from '../../domain/dates';
import { useChildListRead } from '../../storage/react';
import { contentT } from '../../ui/i18n/contentText';
import { DateBox } from '../../ui/primitives/DateBox';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { startCase, useCaseChild } from './shared';

/** /case: the active child's requests, where each stands, and starting a new one (their nation's own request). */
export function CaseList() {
  const { t } = useTranslation('case');
  const { loading, failed, child, name, request } = useCaseChild();
  const cases = useChildListRead('cases', child?.id);
  const title = name ? t('titleNamed', { name }) : t('title');
  if (loading || (child && cases.status === 'loading')) {
    // The heading, the lead and the space of the "answer some questions first" words (the likeliest
    // next screen on a prerendered page) held by a hidden copy, so nothing moves when it fills in.
    return (
      <Page title={t('title')}>
        <p key="lead" className="lead">
          {t('lead')}
        </p>
        <div className="pending" key="pending">
          <Loading />
          <div aria-hidden="true">
            <p>{t('noChild')}</p>
            <Link className="button" to="/questions/start" tabIndex={-1}>
              {t('startQuestions')}
            </Link>
          </div>
        </div>
      </Page>
    );
  }
  if (failed) {
    // Never "answer some questions first" when the child is there but could not be read.
    return (
      <Page title={t('title')}>
        <p className="lead">{t('lead')}</p>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (!child) {
    return (
      <Page title={t('title')}>
        <p key="lead" className="lead">
          {t('lead')}
        </p>
        <p key="none">{t('noChild')}</p>
        <Link key="start" className="button" to="/questions/start">
          {t('startQuestions')}
        </Link>
      </Page>
    );
  }
  return (
    <Page title={title}>
      <p className="lead">{t('lead')}</p>
      {cases.status === 'failed' ? <ReadFailed read={cases} /> : <Requests cases={cases.status === 'ready' ? cases.value : []} />}
      {cases.status === 'ready' &&
        (request ? (
          <StartForm childId={child.id} request={request} />
        ) : (
          <>
            <p>{t('noNation')}</p>
            <Link to={`/questions/${child.id}/nation`}>{t('changeNation')}</Link>
          </>
        ))}
    </Page>
  );
}

function Requests({ cases }: { cases: CaseRecord[] }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const format = useFormatDate();
  const { today } = useCaseChild();
  const sorted = cases.slice().sort((a, b) => compareDates(b.createdAt, a.createdAt));
  return (
    <section aria-labelledby="case-list-heading">
      <h2 id="case-list-heading">{t('list.heading')}</h2>
      {sorted.length === 0 ? (
        <p>{t('list.none')}</p>
      ) : (
        <ul className="case-list">
          {sorted.map((c) => {
            const model = caseModel(c.request);
            const view = model ? caseView(model, c.events, today) : undefined;
            const now = view?.stages.find((s) => s.status === 'now');
            const requestName = ct(`request.${c.request}`);
            return (
              <li key={c.id} className="card">
                <h3>{requestName}</h3>
                <p>{t('list.startedOn', { date: format(c.events[0]?.on ?? c.createdAt.slice(0, 10)) })}</p>
                {now && <p>{t('list.nowAt', { stage: ct(`stage.${c.request}.${now.id}`) })}</p>}
                {view?.next && <p>{t('page.by', { date: format(view.next.date, 'long') })}: {ct(view.next.textKey)}</p>}
                <Link to={`/case/${c.id}`} aria-label={t('list.open', { request: requestName })}>
                  {t('dates.open')}
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function StartForm({ childId, request }: { childId: string; request: CaseRecord['request'] }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const navigate = useNavigate();
  const { nation, today } = useCaseChild();
  const [on, setOn] = useState('');
  const [toCouncil, setToCouncil] = useState(false);
  const [state, setState] = useState<'idle' | 'saving' | 'failed' | 'needDate' | 'future'>('idle');
  const start = caseModel(request)?.start ?? 'requested';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!on) return setState('needDate');
    if (compareDates(on, today) > 0) return setState('future');
    setState('saving');
    try {
      const id = await startCase(childId, request, request === 'aln' && toCouncil ? 'requested-la' : start, on);
      void navigate(`/case/${id}`);
    } catch {
      setState('failed');
    }
  };
  const labelKey = nation === 'wales' ? 'list.sentLabelWales' : nation === 'northern-ireland' ? 'list.sentLabelNi' : 'list.sentLabel';
  return (
    <section className="panel" aria-labelledby="case-start-heading">
      <h2 id="case-start-heading">{t('list.startHeading')}</h2>
      <p>
        <strong>{ct(`request.${request}`)}</strong>
      </p>
      <p>{t('list.startBody')}</p>
      <p>
        <Link to={`/letters/new/${REQUEST_LETTER[request]}`}>{t('list.writeFirst')}</Link>
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field">
          <label htmlFor="case-start-date">{ct(labelKey)}</label>
          <p className="hint" id="case-start-hint">
            {t('list.sentHint')}
          </p>
          <DateBox id="case-start-date" value={on} onChange={setOn} aria-describedby="case-start-hint" />
        </div>
        {request === 'aln' && (
          <div className="field">
            <input id="case-start-la" type="checkbox" checked={toCouncil} onChange={(e) => setToCouncil(e.target.checked)} />{' '}
            <label htmlFor="case-start-la">{t('list.startLa')}</label>
          </div>
        )}
        <button type="submit" className="button" disabled={state === 'saving'}>
          {state === 'saving' ? t('list.starting') : t('list.start')}
        </button>
        <p role="status" className="status-message">
          {state === 'needDate' ? t('list.needDate') : state === 'future' ? t('record.future') : state === 'failed' ? t('record.failed') : ''}
        </p>
      </form>
    </section>
  );
}

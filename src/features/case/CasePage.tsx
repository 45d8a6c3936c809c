import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { caseModel } from '../../content/case';
import { caseView, orderEvents, type CaseModel, type CaseView } from '../../domain/case/model';
import type { CaseRecord } from '../../domain/case/types';
import { useRecordRead } from '../../storage/react';
import { CaseDateItem } from '../../ui/records/caseDates';
import { contentT } from '../../ui/i18n/contentText';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { RecordArrival } from './RecordArrival';
import { useCaseChild } from './shared';

/** /case/:caseId: where one request stands, the next date, what to do if it passes, the next step, and what arrived. */
export function CasePage() {
  const { t } = useTranslation('case');
  const { caseId } = useParams();
  const read = useRecordRead('cases', caseId);
  const { today } = useCaseChild();
  const back = (
    <Link className="back-link" to="/case">
      {t('page.back')}
    </Link>
  );
  if (read.status === 'loading') {
    return (
      <Page title={t('title')}>
        {back}
        <Loading />
      </Page>
    );
  }
  if (read.status === 'failed') {
    return (
      <Page title={t('title')}>
        {back}
        <ReadFailed read={read} />
      </Page>
    );
  }
  const record = read.value;
  const model = record ? caseModel(record.request) : undefined;
  if (!record || !model) {
    return (
      <Page title={t('title')}>
        {back}
        <p>{t('page.notFound')}</p>
      </Page>
    );
  }
  return <CaseScreen record={record} model={model} today={today} back={back} />;
}

function CaseScreen({ record, model, today, back }: { record: CaseRecord; model: CaseModel; today: string; back: React.ReactNode }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const view = useMemo(() => caseView(model, record.events, today), [model, record.events, today]);
  const [saved, setSaved] = useState(false);
  const onSaved = () => setSaved(true);
  // Dates still to come beyond the next; the council's passed dates are shown with what to do, a family's own passed last day is not kept.
  const others = view.dates.filter((d) => d !== view.next && d.date >= today);
  const councilDates = view.dates.some((d) => !d.family);
  return (
    <Page title={ct(`request.${record.request}`)}>
      {back}
      <Stages view={view} request={record.request} />
      <section className="panel" aria-labelledby="case-next-heading">
        <h2 id="case-next-heading">{t('page.nextHeading')}</h2>
        {view.next ? (
          <ul className="milestones">
            <CaseDateItem date={view.next} request={record.request} caseId={record.id} onSaved={onSaved} />
          </ul>
        ) : (
          view.passed.length === 0 && <p>{t('page.noDate')}</p>
        )}
        {others.length > 0 && (
          <>
            <h3>{t('page.otherDates')}</h3>
            <ul className="milestones">
              {others.map((d) => (
                <CaseDateItem key={d.id} date={d} request={record.request} caseId={record.id} onSaved={onSaved} headingLevel={4} />
              ))}
            </ul>
          </>
        )}
        <p role="status" className="status-message">
          {saved ? t('page.calendarSaved') : ''}
        </p>
      </section>
      <NextStep view={view} record={record} />
      {(view.passed.length > 0 || view.noAnswer || councilDates) && <IfNoAnswer view={view} model={model} />}
      <RecordArrival record={record} kinds={view.canRecord.filter((k) => k !== 'no-answer' || councilDates)} />
      <History record={record} />
    </Page>
  );
}

function Stages({ view, request }: { view: CaseView; request: CaseRecord['request'] }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  return (
    <section aria-labelledby="case-stages-heading">
      <h2 id="case-stages-heading">{t('page.stagesHeading')}</h2>
      <ol className="case-stages">
        {view.stages.map((s) => (
          <li key={s.id} className={`case-stage case-stage--${s.status}`} aria-current={s.status === 'now' ? 'step' : undefined}>
            <span className="case-stage-status">{t(`page.status.${s.status}`)}</span> {ct(`stage.${request}.${s.id}`)}
          </li>
        ))}
      </ol>
    </section>
  );
}

function NextStep({ view, record }: { view: CaseView; record: CaseRecord }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const stepKey = view.stepKey === 'step.late' || !view.latest ? view.stepKey : `step.${record.request}.${view.latest.kind}`;
  const showPhase = record.request === 'ehc' && view.stages.find((s) => s.status === 'now')?.id === 'review';
  return (
    <section aria-labelledby="case-step-heading">
      <h2 id="case-step-heading">{t('page.stepHeading')}</h2>
      <p>{ct(stepKey)}</p>
      {view.letter && (
        <p>
          <Link className="button" to={`/letters/new/${view.letter}`}>
            {t('page.letter', { title: ct(`letters.${view.letter}`) })}
          </Link>
        </p>
      )}
      {view.disagreement && (
        <p>
          <Link to={`/records/bundle/${record.id}`}>{t('page.bundle')}</Link>
        </p>
      )}
      {showPhase && <p>{t('page.phase')}</p>}
    </section>
  );
}

function IfNoAnswer({ view, model }: { view: CaseView; model: CaseModel }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const format = useFormatDate();
  const late = view.passed.length > 0 || view.noAnswer;
  return (
    <section className={late ? 'panel panel--danger' : 'panel'} aria-labelledby="case-late-heading">
      <h2 id="case-late-heading">{late ? t('page.passedHeading') : t('page.ifNoAnswerHeading')}</h2>
      {view.noAnswer && <p>{t('page.noAnswerRecorded')}</p>}
      {view.passed.length > 0 && (
        <ul>
          {view.passed.map((d) => (
            <li key={d.id}>{t('page.passed', { what: ct(d.textKey), date: format(d.date, 'long') })}</li>
          ))}
        </ul>
      )}
      <p>{t('page.ifNoAnswerIntro')}</p>
      <ol>
        {model.routeKeys.map((k) => (
          <li key={k}>{ct(k)}</li>
        ))}
      </ol>
      <p>
        <strong>{ct(`ombudsman.${model.ombudsman}`)}</strong>
      </p>
      <ul className="case-letters no-print">
        <li>
          <Link to="/letters/new/complaint-late">{t('page.complaintLetter', { title: t('letters.complaint-late') })}</Link>
        </li>
        <li>
          <Link to="/letters/new/ombudsman">{t('page.complaintLetter', { title: t('letters.ombudsman') })}</Link>
        </li>
      </ul>
    </section>
  );
}

function History({ record }: { record: CaseRecord }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const format = useFormatDate();
  const events = orderEvents(record.events);
  return (
    <section aria-labelledby="case-history-heading">
      <h2 id="case-history-heading">{t('page.historyHeading')}</h2>
      {events.length === 0 ? (
        <p>{t('page.noHistory')}</p>
      ) : (
        <ol className="case-history">
          {events.map((e) => (
            <li key={e.id}>{t('page.historyItem', { date: format(e.on, 'long'), what: ct(e.kind === 'no-answer' ? 'event.no-answer' : `event.${record.request}.${e.kind}`) })}</li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { SECTIONS } from '../../content/questions';
import { CHECK, effectiveAnswers, previousPosition, visibleQuestions } from '../../content/questionnaire';
import { nowIso } from '../../domain/ids';
import { useRecordRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { AnswersNotFound } from './AnswersNotFound';
import { setActiveChild, updateChild } from './store';
import { useQuestionText } from './text';
import { SectionSteps } from './SectionSteps';
import { UrgentHelp } from '../../ui/primitives/UrgentHelp';

/** /questions/:childId/check — every answer, grouped by section, each with a Change link. */
export function CheckAnswers() {
  const { childId = '' } = useParams();
  const { t } = useTranslation('questionnaire');
  const read = useRecordRead('children', childId);
  const words = useQuestionText();
  const found = read.status === 'ready' && !!read.value;
  const [placeNotSaved, setPlaceNotSaved] = useState(false);

  // Once the answers are on screen: remember the person is checking them, and which child.
  useEffect(() => {
    if (!childId || !found) return;
    let live = true;
    Promise.all([
      updateChild(childId, (c) => (c.position === CHECK && c.completedAt ? c : { ...c, position: CHECK, completedAt: c.completedAt ?? nowIso() })),
      setActiveChild(childId),
    ]).then(
      () => {},
      () => live && setPlaceNotSaved(true),
    );
    return () => {
      live = false;
    };
  }, [childId, found]);

  if (read.status === 'failed') {
    return (
      <Page title={t('check.title')}>
        <ReadFailed read={read} />
      </Page>
    );
  }
  if (read.status === 'loading') return <Loading />;
  const child = read.value;
  if (child === null) return <AnswersNotFound />;

  const answers = effectiveAnswers(child.answers);
  const text = words(answers);
  const visible = visibleQuestions(answers);
  const askedBefore = visible.map((q) => q.id);
  const base = `/questions/${child.id}`;
  const previous = previousPosition(answers, CHECK);

  return (
    <>
      <Link className="back-link no-print" to={previous ? `${base}/${previous}` : '/questions'}>
        {t('back')}
      </Link>
      <Page title={t('check.title')}>
        <UrgentHelp answers={answers} name={text.name} />
        <SectionSteps current="check" sectionName={text.section} />
        {placeNotSaved && (
          <p className="error-message" role="alert">
            {t('errors.placeNotSaved')}
          </p>
        )}
        <p className="lead">{t('check.lead')}</p>
        {SECTIONS.map((section) => {
          const questions = visible.filter((q) => q.section === section);
          if (!questions.length) return null;
          return (
            <section key={section} className="check-section" aria-labelledby={`check-${section}`}>
              <h2 id={`check-${section}`}>{text.section(section)}</h2>
              <dl className="summary-list">
                {questions.map((q) => {
                  const shown = text.answer(q, answers[q.id]);
                  const summary = text.summary(q);
                  return (
                    <div className="summary-list__row" key={q.id}>
                      <dt>{summary}</dt>
                      <dd className="summary-list__answer">
                        {shown.length === 0 ? (
                          <p>{t('check.notAnswered')}</p>
                        ) : shown.length === 1 ? (
                          <p>{shown[0]}</p>
                        ) : (
                          <ul>
                            {shown.map((s) => (
                              <li key={s}>{s}</li>
                            ))}
                          </ul>
                        )}
                      </dd>
                      <dd className="summary-list__actions no-print">
                        <Link to={`${base}/${q.id}?return=check`} state={{ askedBefore }}>
                          {t('check.change')}
                          <span className="visually-hidden"> {summary}</span>
                        </Link>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          );
        })}
        <p className="no-print">
          <Link className="button" to="/support">
            {t('check.continue')}
          </Link>
        </p>
      </Page>
    </>
  );
}

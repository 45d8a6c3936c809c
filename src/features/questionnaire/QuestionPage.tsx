import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { FIRST_HELP_AFTER, URGENT_CONDITION, type Question } from '../../content/questions';
import { explain } from '../../domain/conditions';
import {
  CHECK,
  getQuestion,
  isAsked,
  nextPosition,
  previousPosition,
  setAnswer,
  validate,
  visibleOptions,
  visibleQuestions,
} from '../../content/questionnaire';
import { nationOf, type Answers, type AnswerValue, type ChildRecord } from '../../domain/questionnaire/types';
import { useRecordRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { AnswerInput } from './AnswerInput';
import { AnswersNotFound } from './AnswersNotFound';
import { useAnswerSaver } from './useAnswerSaver';
import { useQuestionText } from './text';
import { SectionSteps } from './SectionSteps';
import { UrgentHelp } from '../../ui/primitives/UrgentHelp';
import { Listen } from '../../ui/primitives/Listen';

/** Navigation state carried while changing an answer from check answers. */
interface ReturnState {
  askedBefore?: string[];
}

/** /questions/:childId/:questionId — loads the child fresh for each question (keyed by question). */
export function QuestionRoute() {
  const { childId = '', questionId = '' } = useParams();
  return <QuestionLoader key={`${childId}/${questionId}`} childId={childId} questionId={questionId} />;
}

function QuestionLoader({ childId, questionId }: { childId: string; questionId: string }) {
  const { t } = useTranslation('questionnaire');
  const read = useRecordRead('children', childId);
  const question = getQuestion(questionId);
  // Keep the first loaded record: later reloads (our own saves) must not reset what is being typed.
  const [initial, setInitial] = useState<ChildRecord | null | undefined>(undefined);
  useEffect(() => {
    if (initial === undefined && read.status === 'ready') setInitial(read.value);
  }, [read, initial]);
  if (initial === undefined && read.status === 'failed') {
    // Not "answers not found", and no question to answer: nothing is saved over what is there.
    return (
      <Page title={t('readFailedTitle')}>
        <ReadFailed read={read} />
      </Page>
    );
  }
  if (initial === undefined) return <Loading />;
  if (initial === null || !question) return <AnswersNotFound />;
  if (!isAsked(question.id, initial.answers)) {
    const next = nextPosition(initial.answers, question.id);
    return <Navigate replace to={`/questions/${childId}/${next}`} />;
  }
  return <QuestionForm child={initial} question={question} />;
}

const isEmpty = (v: AnswerValue | undefined) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Where Continue goes: the next question, or (after changing an answer) only newly opened ones, then
 * check answers. The first time through, the end of the short way in opens the first page of help.
 */
function nextAfter(answers: Answers, question: Question, base: string, returning: boolean, askedBefore: string[] | undefined, firstTime: boolean): { to: string; state?: ReturnState } {
  if (returning) {
    // After a change, ask only the questions it newly opened (e.g. a new barrier's follow-ups).
    const visible = visibleQuestions(answers);
    const here = visible.findIndex((q) => q.id === question.id);
    const next = askedBefore ? visible.slice(here + 1).find((q) => !askedBefore.includes(q.id)) : undefined;
    if (next) return { to: `${base}/${next.id}?return=check`, state: { askedBefore } satisfies ReturnState };
    return { to: `${base}/check` };
  }
  if (firstTime && question.id === FIRST_HELP_AFTER) return { to: '/support' };
  return { to: `${base}/${nextPosition(answers, question.id)}` };
}

function QuestionForm({ child, question }: { child: ChildRecord; question: Question }) {
  const { t } = useTranslation('questionnaire');
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returning = params.get('return') === CHECK;
  const askedBefore = (location.state as ReturnState | null)?.askedBefore;
  const words = useQuestionText();

  const [value, setValue] = useState<AnswerValue | undefined>(child.answers[question.id]);
  const [error, setError] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);

  // The answers as they would be with what is on screen now (for urgent help and the next step).
  const answers = useMemo(() => setAnswer(child.answers, question.id, value), [child.answers, question.id, value]);
  const text = words(answers);
  const base = `/questions/${child.id}`;
  const { saveNow, saveBeforeLeaving, notSaved } = useAnswerSaver(child, question);

  useEffect(() => {
    if (error) errorSummary.current?.focus();
  }, [error]);

  const answerNow = (v: AnswerValue | undefined) => {
    setValue(v);
    setError(false);
    saveNow(v);
  };

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    if (validate(question, value)) {
      setError(true);
      return;
    }
    // Not saved (the device is full, say): stay here with the answer still on screen; the page says so.
    if (!(await saveBeforeLeaving(value))) return;
    const next = nextAfter(answers, question, base, returning, askedBefore, !child.completedAt);
    void navigate(next.to, next.state ? { state: next.state } : undefined);
  };

  const previous = previousPosition(answers, question.id);
  // Urgent help in full where the worrying answer was given and on the next question; folded after.
  const urgentFrom = explain(URGENT_CONDITION, answers)?.map((r) => r.questionId) ?? [];
  const urgentJustNow = urgentFrom.includes(question.id) || (!!previous && urgentFrom.includes(previous));
  const backTo = returning ? `${base}/check` : previous ? `${base}/${previous}` : '/questions';
  const title = text.title(question);
  const options = visibleOptions(question, answers);
  const firstInputId = question.kind === 'single' || question.kind === 'multi' ? `${question.id}-${options[0]}` : question.id;
  // Read aloud: the question, its hint and each choice with its own hint.
  const spoken = () => [
    title,
    text.hint(question) ?? '',
    ...(question.kind === 'single' || question.kind === 'multi' ? options.map((o) => [text.option(question, o), text.optionHint(question, o)].filter(Boolean).join('. ')) : []),
  ];

  return (
    <>
      <Link className="back-link no-print" to={backTo}>
        {t('back')}
      </Link>
      <Page title={title} className="question">
        <UrgentHelp answers={answers} name={text.name} compact={!urgentJustNow} />
        <SectionSteps current={question.section} sectionName={text.section} />
        <form onSubmit={(e) => void onSubmit(e)} noValidate data-question={question.id}>
          {notSaved && (
            <p className="error-message" role="alert">
              {notSaved === 'answer' ? t('errors.saveFailed') : t('errors.placeNotSaved')}
            </p>
          )}
          {error && (
            <div className="error-summary" ref={errorSummary} tabIndex={-1} aria-labelledby="error-summary-title">
              <h2 id="error-summary-title">{t('errors.summaryTitle')}</h2>
              <ul>
                <li>
                  <a href={`#${firstInputId}`}>{t('errors.nationRequired')}</a>
                </li>
              </ul>
            </div>
          )}
          <AnswerInput
            question={question}
            answers={answers}
            options={options}
            value={value}
            error={error}
            title={title}
            text={text}
            onChange={answerNow}
            changeNationHref={`${base}/nation`}
          />
          <div className="button-row question__actions">
            <button className="button" type="submit">
              {t('continue')}
            </button>
          </div>
        </form>
        {/* After the answers and Continue, so the button to go on stays in the first screen on a phone. */}
        <Listen text={spoken} />
        <p className="hint">{isEmpty(value) && !question.required ? t('canSkip') : t('saved')}</p>
        {nationOf(answers) && (
          <p className="stop-any-time no-print">
            {t('stopAnyTime')} <Link to="/support">{t('seeHelp')}</Link>
          </p>
        )}
      </Page>
    </>
  );
}

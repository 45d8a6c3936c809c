import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { FIRST_HELP_AFTER, URGENT_CONDITION, type Question } from '../../content/questions';
import { explain } from '../../domain/conditions';
import {
  CHECK,
  allowsNotSure,
  getQuestion,
  isAsked,
  nextPosition,
  previousPosition,
  setAnswer,
  toggleOption,
  validate,
  visibleOptions,
  visibleQuestions,
} from '../../content/questionnaire';
import { NOT_SURE, nationOf, type Answers, type AnswerValue, type ChildRecord } from '../../domain/questionnaire/types';
import { createAutosaver, getStorage } from '../../storage';
import { useRecord } from '../../storage/react';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { CouncilSearch } from '../../ui/CouncilSearch';
import { AnswersNotFound } from './AnswersNotFound';
import { saveAnswer, saveAnswerOnto, savePosition, setActiveChild } from './store';
import { useQuestionText } from './text';
import { SectionSteps } from './SectionSteps';
import { UrgentHelp } from '../../ui/UrgentHelp';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/LimitNote';

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
  const child = useRecord('children', childId);
  const question = getQuestion(questionId);
  // Keep the first loaded record: later reloads (our own saves) must not reset what is being typed.
  const [initial, setInitial] = useState<ChildRecord | null | undefined>(undefined);
  useEffect(() => {
    if (initial === undefined && child !== undefined) setInitial(child);
  }, [child, initial]);
  if (initial === undefined) return <Loading />;
  if (initial === null || !question) return <AnswersNotFound />;
  if (!isAsked(question.id, initial.answers)) {
    const next = nextPosition(initial.answers, question.id);
    return <Navigate replace to={`/questions/${childId}/${next}`} />;
  }
  return <QuestionForm child={initial} live={child} question={question} />;
}

const isEmpty = (v: AnswerValue | undefined) => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * Saving the answer to one question: typed text shortly after typing stops (and at once if the page
 * is hidden or closed), a choice at once; and remembering where the person is and which child.
 */
function useAnswerSaver(child: ChildRecord, live: ChildRecord | null | undefined, question: Question) {
  // Remember where the person is, and which child they are working on.
  useEffect(() => {
    void savePosition(child.id, question.id).catch(() => undefined);
    void setActiveChild(child.id).catch(() => undefined);
  }, [child.id, question.id]);

  // Typed text is saved onto the record in hand, so the write starts before a closing page goes.
  const latest = useRef(live);
  useEffect(() => {
    latest.current = live;
  }, [live]);
  const autosaver = useMemo(
    () =>
      createAutosaver<AnswerValue | undefined>((v) => {
        const record = latest.current;
        if (record === null) return Promise.resolve(); // deleted (in another tab): nothing to save to
        return record ? saveAnswerOnto(record, question.id, v) : saveAnswer(child.id, question.id, v);
      }),
    [child.id, question.id],
  );
  useEffect(() => () => autosaver.dispose(), [autosaver]);

  /** Saves a change as it is made. */
  const saveNow = (v: AnswerValue | undefined) => {
    if (question.kind === 'text') {
      autosaver.schedule(v);
      return;
    }
    void saveAnswer(child.id, question.id, v).catch(() => undefined);
    if (question.kind === 'council' && typeof v === 'string' && v !== NOT_SURE) {
      void getStorage()
        .updateFamily({ councilId: v })
        .catch(() => undefined);
    }
  };
  /** Saves the answer before moving on, waiting for the write. Resolves to whether it was saved. */
  const saveBeforeLeaving = async (v: AnswerValue | undefined): Promise<boolean> => {
    try {
      if (question.kind === 'text') {
        autosaver.schedule(v);
        return await autosaver.flush();
      }
      await saveAnswer(child.id, question.id, v);
      return true;
    } catch {
      // The shell shows a storage banner too.
      return false;
    }
  };
  return { saveNow, saveBeforeLeaving };
}

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

function QuestionForm({
  child,
  live,
  question,
}: {
  child: ChildRecord;
  /** The record as stored now (reloaded after every save, here or in another tab); null once deleted. */
  live: ChildRecord | null | undefined;
  question: Question;
}) {
  const { t } = useTranslation('questionnaire');
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const returning = params.get('return') === CHECK;
  const askedBefore = (location.state as ReturnState | null)?.askedBefore;
  const words = useQuestionText();

  const [value, setValue] = useState<AnswerValue | undefined>(child.answers[question.id]);
  const [error, setError] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const errorSummary = useRef<HTMLDivElement>(null);

  // The answers as they would be with what is on screen now (for urgent help and the next step).
  const answers = useMemo(() => setAnswer(child.answers, question.id, value), [child.answers, question.id, value]);
  const text = words(answers);
  const base = `/questions/${child.id}`;
  const { saveNow, saveBeforeLeaving } = useAnswerSaver(child, live, question);

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
    if (!(await saveBeforeLeaving(value))) {
      // Not saved (the device is full, say): stay here with the answer still on screen, and say so.
      setSaveFailed(true);
      return;
    }
    setSaveFailed(false);
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

  return (
    <>
      <Link className="back-link no-print" to={backTo}>
        {t('back')}
      </Link>
      <Page title={title} className="question">
        <UrgentHelp answers={answers} name={text.name} compact={!urgentJustNow} />
        <SectionSteps current={question.section} sectionName={text.section} />
        <form onSubmit={(e) => void onSubmit(e)} noValidate data-question={question.id}>
          {saveFailed && (
            <p className="error-message" role="alert">
              {t('errors.saveFailed')}
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

/** The boxes for one question: choices in a fieldset, a text box, or the council search. */
function AnswerInput({
  question,
  answers,
  options,
  value,
  error,
  title,
  text,
  onChange,
  changeNationHref,
}: {
  question: Question;
  answers: Answers;
  options: string[];
  value: AnswerValue | undefined;
  error: boolean;
  title: string;
  text: ReturnType<ReturnType<typeof useQuestionText>>;
  onChange: (v: AnswerValue | undefined) => void;
  changeNationHref: string;
}) {
  const { t } = useTranslation('questionnaire');
  const hint = text.hint(question);
  const hintId = `${question.id}-hint`;
  const errorId = `${question.id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const answerNow = onChange;
  return (
    <>
      {(question.kind === 'single' || question.kind === 'multi') && (
        <fieldset aria-describedby={describedBy}>
          <legend className="visually-hidden">{title}</legend>
          {hint && (
            <p id={hintId} className="hint">
              {hint}
            </p>
          )}
          {error && (
            <p id={errorId} className="error-message">
              <span className="visually-hidden">{t('errors.prefix')}</span>
              {t('errors.nationRequired')}
            </p>
          )}
          <Choices
            question={question}
            options={options}
            value={value}
            onChange={answerNow}
            label={(o) => text.option(question, o)}
            hint={(o) => text.optionHint(question, o)}
          />
        </fieldset>
      )}
      {question.kind === 'text' && (
        <div className="field">
          <label htmlFor={question.id} className="visually-hidden">
            {title}
          </label>
          {hint && (
            <p id={hintId} className="hint">
              {hint}
            </p>
          )}
          {question.input === 'short' ? (
            <input
              id={question.id}
              type="text"
              autoComplete="off"
              spellCheck={false}
              aria-describedby={describedBy}
              maxLength={NAME_MAX}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => answerNow(e.target.value)}
            />
          ) : (
            <textarea
              id={question.id}
              rows={6}
              aria-describedby={describedBy}
              maxLength={TEXT_MAX}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => answerNow(e.target.value)}
            />
          )}
          <LimitNote value={typeof value === 'string' ? value : ''} max={question.input === 'short' ? NAME_MAX : TEXT_MAX} />
        </div>
      )}
      {question.kind === 'council' && (
        <CouncilSearch
          label={t('q.council.search')}
          nation={nationOf(answers)}
          value={typeof value === 'string' ? value : undefined}
          onChange={answerNow}
          hint={hint}
          changeNationHref={changeNationHref}
        />
      )}
    </>
  );
}

function Choices({
  question,
  options,
  value,
  onChange,
  label,
  hint,
}: {
  question: Question;
  options: string[];
  value: AnswerValue | undefined;
  onChange: (v: AnswerValue | undefined) => void;
  label: (o: string) => string;
  hint: (o: string) => string | undefined;
}) {
  const { t } = useTranslation('questionnaire');
  const multi = question.kind === 'multi';
  const chosen = Array.isArray(value) ? value : value !== undefined ? [value] : [];
  const item = (o: string) => {
    const id = `${question.id}-${o}`;
    const h = hint(o);
    return (
      <div className="choice" key={o}>
        <input
          id={id}
          type={multi ? 'checkbox' : 'radio'}
          name={question.id}
          value={o}
          checked={chosen.includes(o)}
          aria-describedby={h ? `${id}-hint` : undefined}
          onChange={(e) =>
            onChange(multi ? toggleOption(question, chosen, o, e.target.checked) : e.target.checked ? o : undefined)
          }
        />
        <div className="choice__text">
          <label htmlFor={id}>{label(o)}</label>
          {h && (
            <span id={`${id}-hint`} className="choice__hint">
              {h}
            </span>
          )}
        </div>
      </div>
    );
  };
  return (
    <div className="choices">
      {options.map(item)}
      {allowsNotSure(question) && (
        <>
          <p className="choice-divider">{t('or')}</p>
          {item(NOT_SURE)}
        </>
      )}
    </div>
  );
}

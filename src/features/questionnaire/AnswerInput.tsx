import { useTranslation } from 'react-i18next';
import type { Question } from '../../content/questions';
import { allowsNotSure, toggleOption } from '../../content/questionnaire';
import { NOT_SURE, nationOf, type Answers, type AnswerValue } from '../../domain/questionnaire/types';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';
import { CouncilSearch } from '../../ui/primitives/CouncilSearch';
import type { useQuestionText } from './text';

/** The boxes for one question: choices in a fieldset, a text box, or the council search. */
export function AnswerInput({
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

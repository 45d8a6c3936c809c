import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rightNowFor } from '../../content/rightNow';
import type { Answers } from '../../domain/questionnaire/types';
import { UrgentHelp } from '../../ui/primitives/UrgentHelp';
import { say, type TextVars } from './text';

/**
 * "Right now": what cannot wait, at the top of the results, before any introduction. Someone's
 * safety (the urgent services); a letter about a fine or court (what it means in the family's own
 * nation, that support comes first, free advice, and the letter to reply with); a child with no
 * education for weeks (the duty to arrange it, and the letter). Nothing shows when nothing is urgent.
 */
export function RightNow({ answers, vars }: { answers: Answers; vars: TextVars }) {
  const { t } = useTranslation(['support', 'letters']);
  const items = rightNowFor(answers);
  if (items.length === 0) return null;
  return (
    <section className="right-now" aria-labelledby="right-now-title">
      <h2 id="right-now-title">{t('rightNow.title')}</h2>
      <p className="right-now__lead">{t('rightNow.lead')}</p>
      {items.map((item) => {
        if (item.id === 'safety') return <UrgentHelp key={item.id} answers={answers} name={vars.name} />;
        return (
          <section key={item.id} className="panel right-now__item" data-right-now={item.id} aria-labelledby={`right-now-${item.id}`}>
            <h3 id={`right-now-${item.id}`}>{say(t, `rightNow.${item.id}.title`, vars)}</h3>
            <p>{say(t, `rightNow.${item.id}.means`, vars)}</p>
            {item.extras?.map((extra) => (
              <p key={extra.key}>{say(t, `rightNow.${item.id}.${extra.key}`, vars)}</p>
            ))}
            {item.id === 'fine' && (
              <>
                <p>{say(t, 'rightNow.fine.support', vars)}</p>
                <p>
                  {t('rightNow.fine.advice')} <Link to="/help">{t('rightNow.fine.adviceLink')}</Link>
                </p>
              </>
            )}
            <p>{say(t, `rightNow.${item.id}.letter`, vars)}</p>
            <ul className="right-now__letters">
              {item.letters.map((id) => (
                <li key={id}>
                  <Link to={`/letters/new/${id}`}>{say(t, `letters:templates.${id}.title`, vars)}</Link>
                </li>
              ))}
              <li>
                <Link to="/letters">{t('rightNow.letters')}</Link>
              </li>
            </ul>
          </section>
        );
      })}
    </section>
  );
}

import { dialable } from '../../content/urgentHelp';
import { urgentServicesFor } from '../../content/questionnaire';
import type { Answers } from '../../domain/questionnaire/types';
import { textContextOf } from '../../domain/textVariant';
import { useText } from '../i18n/useText';
import { contentT } from '../i18n/contentText';

/**
 * Urgent help, shown first whenever an answer shows immediate risk. Announced when it appears
 * (role="alert" on the short lead), and printed with the rest of the page. `compact` (on later
 * questions) keeps the heading and lead at the top but folds the numbers behind one click, so a long
 * panel is not repeated in full above every question, and is not announced again each time.
 */
export function UrgentHelp({ answers, name, compact = false }: { answers: Answers; name: string; compact?: boolean }) {
  const { t, text } = useText('questionnaire', textContextOf(answers));
  const services = urgentServicesFor(answers);
  if (!services.length) return null;
  const list = (
    <ul className="urgent-help__list">
      {services.map((s) => (
        <li key={s.id}>
          <h3>{contentT(t)(`urgent.services.${s.id}.name`)}</h3>
          <p>{contentT(t)(`urgent.services.${s.id}.body`)}</p>
          {s.hours && <p className="urgent-help__hours">{contentT(t)(`urgent.services.${s.id}.hours`)}</p>}
          {s.phone && (
            <p>
              <a className="urgent-help__action" href={`tel:${dialable(s.phone)}`}>
                {t('urgent.call', { number: s.phone })}
              </a>
            </p>
          )}
          {s.sms && (
            <p>
              <a className="urgent-help__action" href={`sms:${s.sms.number}?body=${encodeURIComponent(s.sms.keyword)}`}>
                {t('urgent.text', { number: s.sms.number, keyword: s.sms.keyword })}
              </a>
            </p>
          )}
        </li>
      ))}
    </ul>
  );
  return (
    <section className="panel panel--urgent urgent-help" aria-labelledby="urgent-help-title">
      <h2 id="urgent-help-title">{t('urgent.title')}</h2>
      <p role={compact ? undefined : 'alert'}>{text('urgent.lead', { name })}</p>
      {compact ? (
        <details className="urgent-help__more">
          <summary>{t('urgent.show')}</summary>
          {list}
        </details>
      ) : (
        list
      )}
      <p>{t('urgent.gp')}</p>
      <p>{t('urgent.after')}</p>
    </section>
  );
}

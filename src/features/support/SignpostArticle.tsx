import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Signpost } from '../../content/signposts';
import { GUIDES } from '../../content/guides';
import type { Nation } from '../../domain/nations';
import { SourceItem } from './SourceItem';
import { paragraphs, say, type TextVars } from './text';

type Level = 2 | 3 | 4;
const H = ({ level, children }: { level: Level; children: ReactNode }) =>
  level === 2 ? <h2>{children}</h2> : level === 3 ? <h3>{children}</h3> : <h4>{children}</h4>;

/**
 * The body of one signpost: what it means, your rights, what you can ask for (a checklist when the
 * family can keep asks in their plan), who to contact, where it comes from and when it was checked.
 */
export function SignpostArticle({
  signpost,
  vars,
  level,
  nation,
  kept,
  onToggle,
}: {
  signpost: Signpost;
  vars: TextVars;
  level: Level;
  /** The nation whose guide to link to (the signpost's own when it has only one). */
  nation?: Nation;
  /** Ask ids in the family's plan; with onToggle, the asks become a checklist. */
  kept?: string[];
  onToggle?: (askId: string, keep: boolean) => void;
}) {
  const { t } = useTranslation(['support', 'questionnaire']);
  const date = useFormatDate();
  const id = useId();
  const guideNation = nation ?? (signpost.nations.length === 1 ? signpost.nations[0] : undefined);
  return (
    <div className="signpost-article">
      <H level={level}>{t('signpost.means')}</H>
      {paragraphs(t, signpost.text.means, vars).map((p) => (
        <p key={p}>{p}</p>
      ))}
      <H level={level}>{t('signpost.rights')}</H>
      {paragraphs(t, signpost.text.rights, vars).map((p) => (
        <p key={p}>{p}</p>
      ))}
      {signpost.guide && guideNation && (
        <p>
          <Link to={`/support/guide?nation=${guideNation}`}>
            {t('signpost.guideLink', { route: t(`routes.${GUIDES[guideNation].nation}`) })}
          </Link>
        </p>
      )}
      {onToggle ? (
        <fieldset className="signpost-asks" aria-describedby={`${id}-hint`}>
          <legend>
            <H level={level}>{t('signpost.asks')}</H>
          </legend>
          <p className="hint no-print" id={`${id}-hint`}>
            {t('signpost.asksHint')}
          </p>
          <div className="choices">
            {signpost.asks.map((ask) => (
              <div className="choice" key={ask.id}>
                <input
                  type="checkbox"
                  id={`${id}-${ask.key}`}
                  checked={kept?.includes(ask.id) ?? false}
                  onChange={(e) => onToggle(ask.id, e.currentTarget.checked)}
                />
                <label htmlFor={`${id}-${ask.key}`}>{say(t, ask.text, vars)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        <>
          <H level={level}>{t('signpost.asks')}</H>
          <ul>
            {signpost.asks.map((ask) => (
              <li key={ask.id}>{say(t, ask.text, vars)}</li>
            ))}
          </ul>
        </>
      )}
      <H level={level}>{t('signpost.contact')}</H>
      {paragraphs(t, signpost.text.contact, vars).map((p) => (
        <p key={p}>{p}</p>
      ))}
      <H level={level}>{t('signpost.sources')}</H>
      <ul className="signpost-sources">
        {signpost.sources.map((s) => (
          <SourceItem key={`${s.source}-${s.section ?? ''}`} source={s} />
        ))}
      </ul>
      <p className="signpost-reviewed">{t('signpost.reviewed', { date: date(signpost.reviewed) })}</p>
    </div>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Nation } from '../../domain/nations';
import type { SignpostResult } from '../../content/signposting';
import { Listen } from '../../ui/primitives/Listen';
import { SignpostArticle } from './SignpostArticle';
import { paragraphs, reasonLines, say, type TextVars } from './text';

/**
 * One signpost on the results page: its title as a disclosure button, why it is shown, and (when
 * opened, and always in print) everything else. Asks can be kept in the family's plan.
 * `open`/`onOpenChange` let the results page know which cards were opened (to print only those);
 * without them the card keeps its own state. `chosen` marks a card opened or kept, for that print.
 */
export function SignpostCard({
  result,
  vars,
  nation,
  kept,
  onToggle,
  initiallyOpen = false,
  open: openProp,
  onOpenChange,
  chosen = false,
}: {
  result: SignpostResult;
  vars: TextVars;
  nation: Nation;
  kept: string[];
  onToggle: (askId: string, keep: boolean) => void;
  initiallyOpen?: boolean;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  chosen?: boolean;
}) {
  const { t } = useTranslation(['support', 'questionnaire']);
  const [ownOpen, setOwnOpen] = useState(initiallyOpen);
  const open = openProp ?? ownOpen;
  const setOpen = (next: boolean) => (onOpenChange ? onOpenChange(next) : setOwnOpen(next));
  const id = useId();
  const { signpost } = result;
  const title = say(t, signpost.text.title, vars);
  const lines = reasonLines(t, result.reasons, nation, vars);
  const keptHere = signpost.asks.filter((a) => kept.includes(a.id)).length;
  // A closed card says what the family can do: its main ask, in a line, above why it is shown.
  const mainAsk = signpost.asks[0];
  // Read aloud: the card's heading, why it is shown, what it means, the rights, the asks and who to contact.
  const spoken = () => [
    title,
    ...(result.matched ? [t('reasons.lead'), ...lines] : [t('reasons.everyone', { nation: t(`nations.${nation}`) })]),
    ...paragraphs(t, signpost.text.means, vars),
    ...paragraphs(t, signpost.text.rights, vars),
    t('signpost.asks'),
    ...signpost.asks.map((a) => say(t, a.text, vars)),
    t('signpost.contact'),
    ...paragraphs(t, signpost.text.contact, vars),
  ];
  return (
    <section
      className={`card signpost${signpost.theme === 'urgent' ? ' signpost--urgent' : ''}`}
      aria-labelledby={`${id}-title`}
      data-signpost={signpost.id}
      data-chosen={chosen || undefined}
    >
      <h3 className="signpost__title" id={`${id}-title`}>
        <button
          type="button"
          className="signpost__toggle no-print"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          {title}
          <span className="signpost__icon" aria-hidden="true">
            {open ? '−' : '+'}
          </span>
        </button>
        <span className="print-only">{title}</span>
      </h3>
      <Listen text={spoken} about={title} />
      {mainAsk && !open && (
        <p className="signpost__ask no-print">{t('signpost.mainAsk', { ask: say(t, mainAsk.text, vars) })}</p>
      )}
      <div className="signpost__why">
        {result.matched ? (
          <>
            <p className="signpost__because">{t('reasons.lead')}</p>
            <ul>
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          </>
        ) : (
          <p className="signpost__because">{t('reasons.everyone', { nation: t(`nations.${nation}`) })}</p>
        )}
        {keptHere > 0 && <p className="tag">{t('signpost.keptHere', { count: keptHere })}</p>}
      </div>
      <div className="signpost__body" id={`${id}-body`} hidden={!open}>
        <SignpostArticle signpost={signpost} vars={vars} level={4} nation={nation} kept={kept} onToggle={onToggle} />
      </div>
    </section>
  );
}

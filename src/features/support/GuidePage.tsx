import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { guideFor, type ClockStep, type GuideSection as Section } from '../../content/guides';
import type { Nation } from '../../domain/nations';
import { Page } from '../../ui/primitives/Page';
import { NationPicker } from './NationPicker';
import { useChosenNation } from './nation';
import { SourceItem } from './SourceItem';
import { paragraphs, sourceLine } from './text';
import { contentT } from '../../ui/i18n/contentText';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { useText } from '../../ui/i18n/useText';
import { audienceOf, type Audience } from '../../domain/textVariant';

/** /support/guide: the statutory route for the chosen nation (default: the active child's). */
export function GuidePage() {
  const { t } = useTranslation('support');
  const [nation, setNation] = useChosenNation<Nation>('england');
  const { active } = useActiveChild();
  return (
    <Page title={t('guide.title', { route: t(`guides.${nation}.title`) })} className="support-guide">
      <NationPicker value={nation} onChange={setNation} />
      <NationGuide nation={nation} audience={audienceOf(active?.answers)} />
      <div className="button-row no-print">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('guide.print')}
        </button>
      </div>
      <p className="no-print">
        <Link to="/support">{t('guide.yourSupport')}</Link> · <Link to={`/support/library?nation=${nation}`}>{t('results.library')}</Link>
      </p>
    </Page>
  );
}

/** How long a step takes: weeks, days, or "about" a number of school days. */
function ClockWhen({ step }: { step: ClockStep }) {
  const { t } = useTranslation('support');
  const when =
    step.weeks !== undefined
      ? t('guide.weeks', { weeks: step.weeks })
      : step.days !== undefined
        ? t('guide.days', { days: step.days })
        : step.schoolDays !== undefined
          ? t('guide.schoolDays', { days: step.schoolDays })
          : '';
  return when ? (
    <>
      <strong className="guide-clock__when">{when}</strong>{' '}
    </>
  ) : null;
}

/**
 * The guide's content for one nation, with headings from level 2. Other features may embed it. Each
 * line is in the reader's wording (`_self` for a young person reading about their own rights), chosen
 * by the same resolver as the results (`src/domain/textVariant.ts`).
 */
export function NationGuide({ nation, audience = 'parent' }: { nation: Nation; audience?: Audience }) {
  const { t } = useTranslation('support');
  const { text } = useText('support', { audience, nation });
  const date = useFormatDate();
  const guide = guideFor(nation);
  const base = `guides.${nation}`;
  return (
    <div className="nation-guide" data-nation={nation}>
      <p className="lead">{text(`${base}.intro`)}</p>
      {guide.sections.map((s) => (
        <GuideSection key={s.id} nation={nation} audience={audience} section={s} />
      ))}
      <h2>{t('guide.sources')}</h2>
      <ul className="signpost-sources">
        {guide.sources.map((s) => (
          <SourceItem key={`${s.source}-${s.section ?? ''}`} source={s} />
        ))}
      </ul>
      <p className="signpost-reviewed">{t('guide.reviewed', { date: date(guide.reviewed) })}</p>
    </div>
  );
}

/** One section of a guide: its own component, so the page is drawn (and taken over) a section at a time. */
function GuideSection({ nation, audience, section: s }: { nation: Nation; audience: Audience; section: Section }) {
  const { t, key: chosen, text } = useText('support', { audience, nation });
  const guide = guideFor(nation);
  const base = `guides.${nation}`;
  const key = `${base}.sections.${s.id}`;
  const items = s.list ? (contentT(t)(chosen(`${key}.items`) ?? `${key}.items`, { returnObjects: true }) as unknown) : [];
  return (
    <section aria-labelledby={`guide-${s.id}`}>
      <h2 id={`guide-${s.id}`}>{text(`${key}.heading`)}</h2>
      {paragraphs(t, chosen(`${key}.body`) ?? `${key}.body`).map((p) => (
        <p key={p}>{p}</p>
      ))}
      {Array.isArray(items) && items.length > 0 && (
        <ul>
          {items.map((i) => (
            <li key={String(i)}>{String(i)}</li>
          ))}
        </ul>
      )}
      {s.clock && (
        <ol className="guide-clock">
          {guide.clock.map((step) => (
            <li key={step.id}>
              <ClockWhen step={step} />
              {text(`${base}.clock.${step.id}`)} <span className="guide-clock__source">({sourceLine(t, step.source)})</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LETTER_TEMPLATES } from '../../content/letters';
import { matches } from '../../domain/conditions';
import { templatesFor } from '../../domain/letters/draft';
import { NATIONS, type Nation } from '../../domain/nations';
import { textContextOf, type TextContext } from '../../domain/textVariant';
import { failedRead, useFamily, useListRead } from '../../storage/react';
import { LANGUAGES } from '../../ui/i18n/languages';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useText } from '../../ui/i18n/useText';
import { childName, letterLanguageFor, letterTitle, useFormatDate, useLetterNation } from './shared';
import { contentT } from '../../ui/i18n/contentText';

/** /letters: the letters this family can write (for their nation), and the ones they have started. */
export function LettersList() {
  const { t } = useTranslation('letters');
  const { nation, loading, child, setNation, failed: nationFailed } = useLetterNation();
  const lettersRead = useListRead('letters');
  const childrenRead = useListRead('children');
  const format = useFormatDate();
  const failed = failedRead(lettersRead, childrenRead, nationFailed);

  // The words above the list are the same for everyone, so they are on the page (prerendered) at
  // once; only what depends on the family's records waits for them.
  const top = (
    <>
      <p className="lead">{t('list.lead')}</p>
      <p>{t('list.why')}</p>
      <p>
        <Link to="/letters/details">{t('details.link')}</Link>
      </p>
      {!failed && <LetterLanguage />}
    </>
  );
  if (failed) {
    // Never "no letters yet" and no new letter: a letter drafted now would miss what is saved.
    return (
      <Page title={t('list.title')}>
        {top}
        <ReadFailed read={failed} />
      </Page>
    );
  }
  if (loading || lettersRead.status !== 'ready' || childrenRead.status !== 'ready') {
    return (
      <Page title={t('list.title')}>
        {top}
        <Loading />
      </Page>
    );
  }

  const answers = child?.answers ?? {};
  const available = nation ? templatesFor(LETTER_TEMPLATES, nation, answers) : [];
  const suggested = available.filter((tpl) => tpl.suggestWhen && matches(tpl.suggestWhen, answers));
  const others = available.filter((tpl) => !suggested.includes(tpl));
  const letters = lettersRead.value;
  const children = childrenRead.value;
  const saved = letters.slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const several = children.length > 1;
  const name = childName(child);
  // A young person answering for themselves reads the list in their own voice, as their letters are.
  const reader = { ...textContextOf(answers), nation: nation ?? undefined };
  const self = reader.audience === 'young-person';

  return (
    <Page title={t('list.title')}>
      {top}

      {saved.length > 0 && (
        <>
          <h2>{t('list.saved')}</h2>
          <ul className="letter-list">
            {saved.map((l) => {
              const title = letterTitle(t, l);
              const who = several ? childName(children.find((c) => c.id === l.childId)) : '';
              return (
                <li key={l.id} className="card">
                  <Link to={`/letters/${l.id}`}>{title}</Link>
                  {who && <span className="letter-list__child"> ({who})</span>}
                  <p className="hint">{l.sentOn ? t('list.sentOn', { date: format(l.sentOn, 'short') }) : t('list.notSent')}</p>
                </li>
              );
            })}
          </ul>
          <p>
            <Link to="/letters/dates">{t('list.dates')}</Link>
          </p>
        </>
      )}

      {!nation ? (
        <NationQuestion onChoose={setNation} />
      ) : (
        <>
          <h2>{self ? t('list.forSelf') : name ? t('list.forChild', { name }) : t('list.forChildUnnamed')}</h2>
          <p>{contentT(t)(`list.nation${nation.charAt(0).toUpperCase()}${nation.slice(1)}`)}</p>
          {!child?.completedAt && !Object.keys(answers).some((k) => k !== 'nation') && (
            <div className="notice">
              <p>{t('list.noAnswers')}</p>
              <Link to={child ? '/questions/resume' : '/questions/start'}>{t('list.startQuestions')}</Link>
            </div>
          )}
          {suggested.length > 0 && <TemplateCards heading={t('list.suggested')} templates={suggested} reader={reader} />}
          <TemplateCards heading={suggested.length > 0 ? t('list.other') : undefined} templates={others} reader={reader} />
        </>
      )}
    </Page>
  );
}

function TemplateCards({ heading, templates, reader }: { heading: string | undefined; templates: ReturnType<typeof templatesFor>; reader: TextContext }) {
  const { text: t } = useText('letters', reader);
  if (templates.length === 0) return null;
  const HeadingTag = heading ? 'h4' : 'h3';
  return (
    <>
      {heading && <h3 className="letter-group">{heading}</h3>}
      <ul className="letter-list">
        {templates.map((tpl) => (
          <li key={tpl.id} className="card">
            <HeadingTag className="letter-card__title">{t(tpl.titleKey)}</HeadingTag>
            <p>{t(tpl.summaryKey)}</p>
            <Link className="button button--secondary" to={`/letters/new/${tpl.id}`} aria-label={t('list.writeNamed', { title: t(tpl.titleKey) })}>
              {t('list.write')}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The language new letters are written in: the app's own unless the family picks another. */
function LetterLanguage() {
  const { t, i18n } = useTranslation('letters');
  const id = useId();
  // Each family keeps its own (a volunteer may see a Welsh-speaking family, then an English one).
  const { family, update } = useFamily();
  const [notSaved, setNotSaved] = useState(false);
  const value = family?.letterLanguage ?? letterLanguageFor(i18n.resolvedLanguage);
  const choose = (letterLanguage: string) => {
    setNotSaved(false);
    update({ letterLanguage }).catch(() => setNotSaved(true));
  };
  return (
    <div className="field">
      <label htmlFor={id}>{t('list.letterLanguage')}</label>
      <span className="hint" id={`${id}-hint`}>
        {t('list.letterLanguageHint')}
      </span>
      <select id={id} value={value} aria-describedby={`${id}-hint`} onChange={(e) => choose(e.target.value)}>
        {LANGUAGES.filter((l) => l.letters).map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
      {notSaved && (
        <p role="alert" className="error-message">
          {t('list.letterLanguageNotSaved')}
        </p>
      )}
    </div>
  );
}

function NationQuestion({ onChoose }: { onChoose: (n: Nation) => Promise<void> }) {
  const { t } = useTranslation('letters');
  const [choice, setChoice] = useState<Nation | ''>('');
  const id = useId();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (choice) void onChoose(choice);
      }}
    >
      <fieldset aria-describedby={`${id}-hint`}>
        <legend>
          <h2 className="legend-heading">{t('nation.legend')}</h2>
        </legend>
        <span id={`${id}-hint`} className="hint">
          {t('nation.hint')}
        </span>
        <div className="choices">
          {NATIONS.map((n) => (
            <div className="choice" key={n}>
              <input type="radio" id={`${id}-${n}`} name={`${id}-nation`} value={n} checked={choice === n} onChange={() => setChoice(n)} />
              <label htmlFor={`${id}-${n}`}>{t(`nation.options.${n}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button">
        {t('nation.continue')}
      </button>
    </form>
  );
}

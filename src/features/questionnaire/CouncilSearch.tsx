import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findCouncil, searchCouncils } from '../../content/councilSearch';
import type { Nation } from '../../domain/nations';
import { NOT_SURE } from '../../domain/questionnaire/types';

/**
 * An accessible council search: a labelled text box, and below it the matching councils (in the
 * family's nation) as radio buttons that update as they type, with the number found announced.
 * Leaving it empty skips the question.
 */
export function CouncilSearch({
  nation,
  value,
  onChange,
  hint,
  changeNationHref,
}: {
  nation: Nation | undefined;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
  hint: string | undefined;
  /** Where to change the nation, offered when the council typed is in another part of the UK. */
  changeNationHref?: string;
}) {
  const { t } = useTranslation('questionnaire');
  const chosen = value && value !== NOT_SURE ? findCouncil(value) : undefined;
  const [query, setQuery] = useState(chosen?.name ?? '');
  const results = useMemo(() => {
    const found = query.trim() ? searchCouncils(query, nation, 8) : [];
    return chosen && !found.some((c) => c.id === chosen.id) ? [chosen, ...found] : found;
  }, [query, nation, chosen]);
  const searched = query.trim() !== '';
  // Nothing here, but a council of that name elsewhere in the UK: the nation answer may be wrong.
  const elsewhere = searched && results.length === 0 && nation ? searchCouncils(query, undefined, 1)[0] : undefined;

  return (
    <div className="council-search">
      <div className="field">
        <label htmlFor="council-query">{t('q.council.search')}</label>
        {hint && (
          <p id="council-hint" className="hint">
            {hint}
          </p>
        )}
        <input
          id="council-query"
          type="search"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={hint ? 'council-hint' : undefined}
          aria-controls="council-results"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            // Enter in the search box should not submit the form half-way through typing.
            if (e.key === 'Enter' && results.length > 0 && !chosen) e.preventDefault();
          }}
        />
      </div>
      <p role="status" className="council-status status-message">
        {!searched
          ? ''
          : results.length
            ? t('q.council.results', { count: results.length })
            : elsewhere && nation
              ? t('q.council.noResultsElsewhere', {
                  nation: t(`q.nation.options.${nation}`),
                  council: elsewhere.name,
                  other: t(`q.nation.options.${elsewhere.nation}`),
                })
              : t('q.council.noResults')}
      </p>
      {elsewhere && changeNationHref && (
        <p>
          <Link to={changeNationHref}>{t('q.council.changeNation')}</Link>
        </p>
      )}
      <fieldset id="council-results" className="council-results">
        <legend className="visually-hidden">{t('q.council.legend')}</legend>
        <div className="choices">
          {results.map((c) => (
            <div className="choice" key={c.id}>
              <input
                id={`council-${c.id}`}
                type="radio"
                name="council"
                value={c.id}
                checked={value === c.id}
                onChange={() => onChange(c.id)}
              />
              <div className="choice__text">
                <label htmlFor={`council-${c.id}`}>{c.name}</label>
              </div>
            </div>
          ))}
          {results.length > 0 && <p className="choice-divider">{t('or')}</p>}
          <div className="choice">
            <input
              id="council-not-sure"
              type="radio"
              name="council"
              value={NOT_SURE}
              checked={value === NOT_SURE}
              onChange={() => onChange(NOT_SURE)}
            />
            <div className="choice__text">
              <label htmlFor="council-not-sure">{t('q.council.notSure')}</label>
            </div>
          </div>
        </div>
      </fieldset>
    </div>
  );
}

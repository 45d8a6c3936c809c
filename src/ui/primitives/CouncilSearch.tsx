import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { findCouncil, searchCouncils } from '../../content/councilSearch';
import type { Council } from '../../domain/councils/types';
import type { Nation } from '../../domain/nations';
import { NOT_SURE } from '../../domain/questionnaire/types';

/** A council is an answer to a question: radio buttons in the question's form, with "I'm not sure". */
interface Choose {
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}
/** A council is a way to its page: a list of links. */
interface Open {
  linkTo: (council: Council) => string;
  /** Called as the person follows a council's link. */
  onChoose?: (council: Council) => void;
}

export type CouncilSearchProps = {
  label: string;
  hint?: string;
  /** Only councils in this nation; when none matches, one of that name elsewhere in the UK is named. */
  nation?: Nation;
  /** Where to change the nation, offered when the council typed is in another part of the UK. */
  changeNationHref?: string;
  limit?: number;
} & (Choose | Open);

/**
 * Search councils as you type (every screen that asks for a council): a labelled search box, the
 * number found announced in a status region, and the matching councils below it, each with its
 * part of the UK when the search is not kept to one. Enter in the box never sends a form half-way
 * through typing. Words: the `forms` namespace, `councilSearch`.
 */
export function CouncilSearch(props: CouncilSearchProps) {
  const { label, hint, nation, changeNationHref, limit = 8 } = props;
  const { t } = useTranslation('forms');
  const choose = 'onChange' in props ? props : undefined;
  const open = 'linkTo' in props ? props : undefined;
  const chosen = choose?.value && choose.value !== NOT_SURE ? findCouncil(choose.value) : undefined;
  const [query, setQuery] = useState(chosen?.name ?? '');
  const results = useMemo(() => {
    const found = query.trim() ? searchCouncils(query, nation, limit) : [];
    return chosen && !found.some((c) => c.id === chosen.id) ? [chosen, ...found] : found;
  }, [query, nation, limit, chosen]);
  const searched = query.trim() !== '';
  // Nothing here, but a council of that name elsewhere in the UK: the nation answer may be wrong.
  const elsewhere = searched && results.length === 0 && nation ? searchCouncils(query, undefined, 1)[0] : undefined;
  const where = (c: Council) => (nation ? null : <span className="council-search__nation"> ({t(`councilSearch.nations.${c.nation}`)})</span>);

  return (
    <div className="council-search">
      <div className="field">
        <label htmlFor="council-query">{label}</label>
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
          aria-controls={choose || results.length > 0 ? 'council-results' : undefined}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && results.length > 0 && !chosen) e.preventDefault();
          }}
        />
      </div>
      <p role="status" className="council-search__status status-message">
        {!searched
          ? ''
          : results.length
            ? t('councilSearch.found', { count: results.length })
            : elsewhere && nation
              ? t('councilSearch.noneHere', {
                  nation: t(`councilSearch.nations.${nation}`),
                  council: elsewhere.name,
                  other: t(`councilSearch.nations.${elsewhere.nation}`),
                })
              : t('councilSearch.none')}
      </p>
      {elsewhere && changeNationHref && (
        <p>
          <Link to={changeNationHref}>{t('councilSearch.changeNation')}</Link>
        </p>
      )}
      {choose ? (
        <fieldset id="council-results" className="council-search__choices">
          <legend className="visually-hidden">{t('councilSearch.choose')}</legend>
          <div className="choices">
            {results.map((c) => (
              <div className="choice" key={c.id}>
                <input
                  id={`council-${c.id}`}
                  type="radio"
                  name="council"
                  value={c.id}
                  checked={choose.value === c.id}
                  onChange={() => choose.onChange(c.id)}
                />
                <div className="choice__text">
                  <label htmlFor={`council-${c.id}`}>
                    {c.name}
                    {where(c)}
                  </label>
                </div>
              </div>
            ))}
            {results.length > 0 && <p className="choice-divider">{t('councilSearch.or')}</p>}
            <div className="choice">
              <input
                id="council-not-sure"
                type="radio"
                name="council"
                value={NOT_SURE}
                checked={choose.value === NOT_SURE}
                onChange={() => choose.onChange(NOT_SURE)}
              />
              <div className="choice__text">
                <label htmlFor="council-not-sure">{t('councilSearch.notSure')}</label>
              </div>
            </div>
          </div>
        </fieldset>
      ) : (
        open &&
        results.length > 0 && (
          <ul id="council-results" className="council-search__results" aria-label={t('councilSearch.matching')}>
            {results.map((c) => (
              <li key={c.id}>
                <Link to={open.linkTo(c)} onClick={() => open.onChoose?.(c)}>
                  {c.name}
                </Link>
                {where(c)}
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}

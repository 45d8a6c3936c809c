import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { searchCouncils } from '../../content/councilSearch';
import type { Council } from '../../domain/councils/types';

export interface CouncilSearchProps {
  /** Called when the person picks a council (before the link navigates, if `linkTo` is set). */
  onChoose: (council: Council) => void;
  /** Where each result links to; without it, results are buttons. */
  linkTo?: (council: Council) => string;
  label?: string;
  limit?: number;
}

/**
 * Search councils as you type: a labelled text box, a count announced in a status region, and a
 * list of matches. Reusable (e.g. for the questionnaire's council question).
 */
export function CouncilSearch({ onChoose, linkTo, label, limit = 8 }: CouncilSearchProps) {
  const { t } = useTranslation('services');
  const [query, setQuery] = useState('');
  const id = useId();
  const results = useMemo(() => searchCouncils(query, undefined, limit), [query, limit]);
  const typed = query.trim().length > 0;
  return (
    <div className="council-search">
      <div className="field">
        <label htmlFor={id}>{label ?? t('help.search.label')}</label>
        <span className="hint" id={`${id}-hint`}>
          {t('help.search.hint')}
        </span>
        <input
          id={id}
          type="text"
          value={query}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p role="status" className="status-message council-search__count">
        {typed ? t('help.search.count', { count: results.length }) : ''}
      </p>
      {results.length > 0 && (
        <ul className="council-search__results" aria-label={t('help.search.resultsLabel')}>
          {results.map((c) => (
            <li key={c.id}>
              {linkTo ? (
                <Link to={linkTo(c)} onClick={() => onChoose(c)}>
                  {c.name}
                </Link>
              ) : (
                <button type="button" className="link-button" onClick={() => onChoose(c)}>
                  {c.name}
                </button>
              )}{' '}
              <span className="council-search__nation">({t(`nations.${c.nation}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { GUIDES } from '../../content/guides';
import { SIGNPOSTS, THEMES } from '../../content/signposts';
import { NATIONS, type Nation } from '../../domain/nations';
import { Page } from '../../ui/primitives/Page';
import { NationPicker } from './NationPicker';
import { useChosenNation } from './nation';
import { matchesQuery } from './search';
import { paragraphs, say, signpostSearchText, useReaderVars } from './text';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { contentT } from '../../ui/i18n/contentText';
import { ReadFailed } from '../../ui/records/ReadFailed';

/** /support/library: every right and route, searchable as you type, filtered by nation. */
export function LibraryPage() {
  const { t } = useTranslation(['support', 'questionnaire']);
  const [nation] = useChosenNation<'all'>('all');
  const [params, setParams] = useSearchParams();
  const [query, setQuery] = useState(params.get('q') ?? '');
  // What the address should say, kept here: the router's copy of the address can be a render
  // behind, and two quick changes (a search typed, then a nation chosen) would each drop the other's.
  const inAddress = useRef({ q: params.get('q') ?? '', nation: params.get('nation') ?? '' });
  const { active, failed } = useActiveChild();
  const vars = useReaderVars(active?.answers);
  const id = useId();

  // The text to search is only gathered once someone types: the first view stays quick on a phone.
  const searching = query.trim() !== '';
  const guides = NATIONS.filter((n) => nation === 'all' || n === nation)
    .map((n) => GUIDES[n])
    .filter((g) => {
      if (!searching) return true;
      const base = `guides.${g.nation}`;
      const text = [contentT(t)(`${base}.title`), contentT(t)(`${base}.intro`), contentT(t)(`nations.${g.nation}`)];
      for (const s of g.sections) text.push(contentT(t)(`${base}.sections.${s.id}.heading`), ...paragraphs(t, `${base}.sections.${s.id}.body`));
      return matchesQuery(text.join(' '), query);
    });

  const searchable = useMemo(
    () =>
      searching
        ? SIGNPOSTS.map((s) => ({ signpost: s, text: `${signpostSearchText(t, s, vars)} ${s.nations.map((n) => t(`nations.${n}`)).join(' ')}` }))
        : SIGNPOSTS.map((s) => ({ signpost: s, text: '' })),
    [searching, t, vars],
  );
  const found = searchable
    .filter(({ signpost }) => nation === 'all' || signpost.nations.includes(nation as Nation))
    .filter(({ text }) => matchesQuery(text, query))
    .map(({ signpost }) => signpost);
  const byTheme = THEMES.map((theme) => ({ theme, items: found.filter((s) => s.theme === theme) })).filter((g) => g.items.length);
  const count = found.length + guides.length;

  const write = (change: Partial<{ q: string; nation: string }>) => {
    const now = (inAddress.current = { ...inAddress.current, ...change });
    const next = new URLSearchParams();
    if (now.nation) next.set('nation', now.nation);
    if (now.q) next.set('q', now.q);
    setParams(next, { replace: true });
  };
  const onQuery = (q: string) => {
    setQuery(q);
    write({ q });
  };

  return (
    <Page title={t('library.title')} className="support-library">
      <p className="lead">{t('library.lead')}</p>
      {/* The library reads the same for everyone; what could not be read is the child's nation and words. */}
      {failed && <ReadFailed read={failed} />}
      <div className="library-filters no-print" role="search">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('library.search')}</label>
          <span className="hint" id={`${id}-hint`}>
            {t('library.searchHint')}
          </span>
          <input
            type="search"
            id={`${id}-q`}
            aria-describedby={`${id}-hint`}
            value={query}
            onChange={(e) => onQuery(e.currentTarget.value)}
            autoComplete="off"
          />
        </div>
        <NationPicker value={nation} onChange={(n) => write({ nation: n })} allLabel={t('nationPicker.all')} />
      </div>
      <p role="status" className="library-count">
        {count === 0 ? t('library.none', { query }) : t('library.results', { count })}
      </p>
      {guides.length > 0 && (
        <section aria-labelledby={`${id}-guides`}>
          <h2 id={`${id}-guides`}>{t('library.guides')}</h2>
          <ul className="library-list">
            {guides.map((g) => (
              <li key={g.id}>
                <Link to={`/support/guide?nation=${g.nation}`}>{t(`guides.${g.nation}.title`)}</Link>{' '}
                <span className="tag">{t(`nations.${g.nation}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {byTheme.map((g) => (
        <section key={g.theme} aria-labelledby={`${id}-${g.theme}`}>
          <h2 id={`${id}-${g.theme}`}>{say(t, `themes.${g.theme}`, vars)}</h2>
          <ul className="library-list">
            {g.items.map((s) => (
              <li key={s.id}>
                <Link to={`/support/library/${s.id}`}>{say(t, s.text.title, vars)}</Link>{' '}
                <span className="library-nations">
                  {s.nations.length === NATIONS.length
                    ? t('nationPicker.allShort')
                    : s.nations.map((n) => t(`nations.${n}`)).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { guideFor } from '../../content/guides';
import { childLabel, givenName, nationOf, type ChildRecord } from '../../domain/questionnaire/types';
import { groupByTheme, hardestFirst, signpostsFor, type SignpostResult } from '../../content/signposting';
import { getStorage } from '../../storage';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { FirstHelpBar } from './FirstHelpBar';
import { RightNow } from './RightNow';
import { SignpostCard } from './SignpostCard';
import { say, useTextVars } from './text';
import { ReadFailed } from '../../ui/records/ReadFailed';

/** /support: the active child's signposts, grouped by theme, most useful first. */
export function ResultsPage() {
  const { t } = useTranslation('support');
  const { children, active, setActive, failed } = useActiveChild();
  if (failed) {
    // Never "answer some questions first" when the answers are there but could not be read.
    return (
      <Page title={t('results.title')}>
        <ReadFailed read={failed} />
        <p>
          <Link to="/support/library">{t('results.noChild.browse')}</Link>
        </p>
      </Page>
    );
  }
  if (children === undefined) {
    return (
      <Page title={t('results.title')}>
        {/* The same for everyone, so it is on the prerendered page at once. */}
        <p className="lead" key="lead">
          {t('results.noChild.lead')}
        </p>
        {/* The space of the "answer some questions first" words, the most likely next screen. The keys
            keep the last paragraph the same element when the screen fills in, so it does not move. */}
        <div className="pending" key="pending">
          <Loading />
          <div aria-hidden="true">
            <p>{t('results.noChild.body')}</p>
            <p>
              <Link className="button" to="/questions/start" tabIndex={-1}>
                {t('results.noChild.start')}
              </Link>
            </p>
          </div>
        </div>
        <p key="browse">
          <Link to="/support/library">{t('results.noChild.browse')}</Link>
        </p>
      </Page>
    );
  }
  if (!active || Object.keys(active.answers).length === 0) {
    return (
      <Page title={t('results.noChild.title')}>
        <p className="lead" key="lead">
          {t('results.noChild.lead')}
        </p>
        <p key="body">{t('results.noChild.body')}</p>
        <p key="start">
          <Link className="button" to="/questions/start">
            {t('results.noChild.start')}
          </Link>
        </p>
        <p key="browse">
          <Link to="/support/library">{t('results.noChild.browse')}</Link>
        </p>
      </Page>
    );
  }
  return <Results key={active.id} child={active} children={children} onChoose={setActive} />;
}

function Results({
  child,
  children,
  onChoose,
}: {
  child: ChildRecord;
  children: ChildRecord[];
  onChoose: (id: string) => Promise<void>;
}) {
  const { t } = useTranslation(['support', 'questionnaire']);
  const vars = useTextVars(child.answers);
  const nation = nationOf(child.answers);
  // The first help (before the questions are done) starts with what the family said is hardest.
  const firstHelp = !child.completedAt;
  const results = useMemo(() => {
    const ranked = signpostsFor(child.answers);
    return firstHelp ? hardestFirst(ranked, child.answers) : ranked;
  }, [child.answers, firstHelp]);
  const groups = useMemo(() => groupByTheme(results), [results]);
  const named = givenName(child.answers) !== '';
  const title = named ? t('results.titleNamed', { name: vars.name }) : t('results.title');

  // Which cards the family opened (urgent help starts open). With the kept asks, these are what
  // "print only what you opened or kept" prints; printing everything stays the default.
  const [opened, setOpened] = useState<string[]>(() =>
    results.filter((r) => r.signpost.theme === 'urgent').map((r) => r.signpost.id),
  );
  const setOpen = useCallback(
    (id: string, open: boolean) => setOpened((o) => (open ? [...o.filter((x) => x !== id), id] : o.filter((x) => x !== id))),
    [],
  );
  const { printChosen, print } = usePrintChoice();

  const { kept, status, toggle } = useKeptAsks(child);

  const isChosen = (r: SignpostResult) =>
    opened.includes(r.signpost.id) || r.signpost.asks.some((a) => kept.includes(a.id));
  const chosenCount = results.filter(isChosen).length;

  if (!nation) {
    return (
      <Page title={title}>
        <p>{t('results.noNation.body')}</p>
        <p>
          <Link className="button" to={`/questions/${child.id}/nation`}>
            {t('results.noNation.answer')}
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page title={title} className={`support-results${printChosen ? ' support-results--chosen' : ''}`}>
      {children.length > 1 && <ChildPicker child={child} children={children} onChoose={onChoose} />}
      {/* What cannot wait comes first; introduction and tools come after the help itself. */}
      <RightNow answers={child.answers} vars={vars} />
      {!child.completedAt && <FirstHelpBar child={child} />}
      {printChosen && (
        <p className="print-only support-print-note">
          {t('results.printChosenNote', { count: chosenCount, total: results.length })}
        </p>
      )}
      <div className="no-print">
        <p role="status" className="status-message">
          {status}
        </p>
        {kept.length > 0 && (
          <p>
            {t('results.keptCount', { count: kept.length })}{' '}
            <Link to={`/plan/${child.id}`}>{t('results.goToPlan')}</Link>
          </p>
        )}
      </div>
      {groups.map((g) => (
        <section
          key={g.theme}
          className="support-theme"
          aria-labelledby={`theme-${g.theme}`}
          data-chosen={g.items.some(isChosen) || undefined}
        >
          <h2 id={`theme-${g.theme}`}>{say(t, `themes.${g.theme}`, vars)}</h2>
          {g.items.map((r) => (
            <SignpostCard
              key={r.signpost.id}
              result={r}
              vars={vars}
              nation={nation}
              kept={kept}
              onToggle={toggle}
              open={opened.includes(r.signpost.id)}
              onOpenChange={(open) => setOpen(r.signpost.id, open)}
              chosen={isChosen(r)}
            />
          ))}
        </section>
      ))}
      <section className="support-tools no-print" aria-labelledby="support-tools-title">
        <h2 id="support-tools-title">{t('results.tools')}</h2>
        <p>{t('results.lead')}</p>
        <p>
          {t('results.why')} {t('results.nationLine', { nation: t(`nations.${nation}`) })}
        </p>
        <p className="hint">{t('results.printHint')}</p>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => print(false)}>
            {t('results.print')}
          </button>
          {chosenCount > 0 && chosenCount < results.length && (
            <button type="button" className="button button--secondary" onClick={() => print(true)}>
              {t('results.printChosen', { count: chosenCount })}
            </button>
          )}
          <Link className="button button--secondary" to={`/questions/${child.id}/check`}>
            {t('results.changeAnswers')}
          </Link>
        </div>
        <ul className="support-links">
          <li>
            <Link to={`/support/guide?nation=${guideFor(nation).nation}`}>
              {t('results.guide', { route: t(`routes.${nation}`) })}
            </Link>
          </li>
          <li>
            <Link to={`/support/library?nation=${nation}`}>{t('results.library')}</Link>
          </li>
        </ul>
      </section>
      <p className="print-only">{t('results.printedOn')}</p>
    </Page>
  );
}

/** Printing everything, or only the cards opened or kept: which one is being printed now. */
function usePrintChoice() {
  const [printChosen, setPrintChosen] = useState(false);
  useEffect(() => {
    const reset = () => setPrintChosen(false);
    window.addEventListener('afterprint', reset);
    return () => window.removeEventListener('afterprint', reset);
  }, []);
  const print = (onlyChosen: boolean) => {
    // Render the choice before the browser takes its print snapshot.
    flushSync(() => setPrintChosen(onlyChosen));
    window.print();
  };
  return { printChosen, print };
}

/**
 * Kept asks: shown at once, saved in the background, put back if saving fails. A change saved
 * elsewhere (another tab) is taken up; our own saves coming back are not applied twice.
 */
function useKeptAsks(child: ChildRecord) {
  const { t } = useTranslation(['support', 'questionnaire']);
  const keptRef = useRef<string[]>(child.kept ?? []);
  const lastSaved = useRef(JSON.stringify(keptRef.current));
  const [kept, setKept] = useState<string[]>(keptRef.current);
  const [status, setStatus] = useState('');
  const savedKept = child.kept;
  useEffect(() => {
    const saved = JSON.stringify(savedKept ?? []);
    if (saved === lastSaved.current) return;
    lastSaved.current = saved;
    keptRef.current = savedKept ?? [];
    setKept(keptRef.current);
  }, [savedKept]);
  const toggle = useCallback(
    (askId: string, keep: boolean) => {
      const before = keptRef.current;
      const next = keep ? [...before.filter((k) => k !== askId), askId] : before.filter((k) => k !== askId);
      keptRef.current = next;
      lastSaved.current = JSON.stringify(next);
      setKept(next);
      getStorage()
        .put('children', { ...child, kept: next, updatedAt: new Date().toISOString() })
        .then(
          () => setStatus(t(keep ? 'signpost.kept' : 'signpost.removed')),
          () => {
            keptRef.current = before;
            lastSaved.current = JSON.stringify(before);
            setKept(before);
            setStatus(t('signpost.saveFailed'));
          },
        );
    },
    [child, t],
  );

  return { kept, status, toggle };
}

/** Which child's suggestions to show, when there is more than one. */
function ChildPicker({ child, children, onChoose }: { child: ChildRecord; children: ChildRecord[]; onChoose: (id: string) => Promise<void> }) {
  const { t } = useTranslation(['support', 'questionnaire']);
  // A child with no name is "Child 1", "Child 2"… in the order they were added, as in the questions.
  const byAge = useMemo(() => children.slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt)), [children]);
  const labelOf = (c: ChildRecord) =>
    childLabel(c) || t('questionnaire:list.unnamed', { n: byAge.indexOf(c) + 1 });
  return (
    <div className="field no-print">
      <label htmlFor="support-child">{t('results.chooseChild')}</label>
      <select id="support-child" value={child.id} onChange={(e) => void onChoose(e.currentTarget.value)}>
        {children.map((c) => (
          <option key={c.id} value={c.id}>
            {labelOf(c)}
          </option>
        ))}
      </select>
    </div>
  );
}

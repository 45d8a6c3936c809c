import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pageNumbers } from '../../domain/case/bundle';
import type { BundleAsk } from '../../domain/case/types';
import { todayIso } from '../../domain/dates';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import type { BundleItem } from './bundleItems';

/** The printable height of one A4 page under the app's print margins (297 mm less 15 mm and 18 mm). */
const PAGE_HEIGHT = '264mm';

/**
 * Step 4 and the bundle itself: a front page (what the family asks for, and the evidence for each
 * ask), a numbered index with dates and pages, then every item on its own page. The page numbers and
 * the count are an estimate: a hidden copy laid out at the printed width and type size is measured,
 * item by item, against the height of an A4 page.
 */
export function BundlePrint({ name, chosen, asks }: { name: string; chosen: BundleItem[]; asks: BundleAsk[] }) {
  const { t } = useTranslation('records');
  const measure = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<{ starts: number[]; total: number }>({ starts: chosen.map((_, i) => i + 2), total: chosen.length + 1 });
  useLayoutEffect(() => {
    const root = measure.current;
    if (!root) return;
    const page = (root.querySelector('.bundle-measure__page') as HTMLElement | null)?.offsetHeight ?? 0;
    const front = (root.querySelector('.bundle-sheet__front') as HTMLElement | null)?.offsetHeight ?? 0;
    const heights = [...root.querySelectorAll<HTMLElement>('.bundle-sheet__item')].map((e) => e.offsetHeight);
    const next = pageNumbers(front, heights, page > 0 ? page : 1000);
    setPages((was) => (was.total === next.total && was.starts.join() === next.starts.join() ? was : next));
  }, [name, chosen, asks]);
  const print = () => window.print();
  return (
    <>
      <section className="no-print" aria-labelledby="bundle-print">
        <h2 id="bundle-print">{t('bundle.print.heading')}</h2>
        <p className="bundle-count" role="status">
          {t('bundle.print.pages', { count: String(pages.total) })}
        </p>
        <p className="hint">{t('bundle.print.estimate')}</p>
        <p>
          <button type="button" className="button" onClick={print}>
            {t('bundle.print.button')}
          </button>
        </p>
        <p className="hint">{t('bundle.print.hint')}</p>
      </section>
      <section className="bundle-preview" aria-label={t('bundle.print.preview')}>
        <BundleSheet name={name} chosen={chosen} asks={asks} starts={pages.starts} />
      </section>
      <div className="bundle-measure no-print" aria-hidden="true">
        <div ref={measure} className="bundle-measure__inner">
          <div className="bundle-measure__page" style={{ blockSize: PAGE_HEIGHT }} />
          <BundleSheet name={name} chosen={chosen} asks={asks} starts={pages.starts} />
        </div>
      </div>
    </>
  );
}

function BundleSheet({ name, chosen, asks, starts }: { name: string; chosen: BundleItem[]; asks: BundleAsk[]; starts: number[] }) {
  const { t } = useTranslation('records');
  const date = useFormatDate();
  const number = new Map(chosen.map((item, i) => [item.ref, i + 1]));
  return (
    <div className="bundle-sheet">
      <div className="bundle-sheet__front">
        <p className="bundle-sheet__title">{name ? t('bundle.sheet.titleNamed', { name }) : t('bundle.sheet.title')}</p>
        <p>{t('bundle.sheet.made', { date: date(todayIso()) })}</p>
        <p className="bundle-sheet__heading">{t('bundle.sheet.summary')}</p>
        {asks.filter((a) => a.text.trim()).length === 0 ? (
          <p>{t('bundle.sheet.noAsks')}</p>
        ) : (
          <ol className="bundle-sheet__asks">
            {asks
              .filter((a) => a.text.trim())
              .map((a) => {
                const refs = a.evidence.map((r) => number.get(r)).filter((n) => n !== undefined).sort((x, y) => x - y);
                return (
                  <li key={a.id}>
                    <span className="bundle-sheet__ask">{a.text.trim()}</span>
                    <span className="bundle-sheet__evidence">{refs.length ? t('bundle.sheet.evidence', { items: refs.join(', ') }) : t('bundle.sheet.noEvidence')}</span>
                  </li>
                );
              })}
          </ol>
        )}
        <p className="bundle-sheet__heading">{t('bundle.sheet.index')}</p>
        <table className="bundle-sheet__index">
          <thead>
            <tr>
              <th scope="col">{t('bundle.sheet.no')}</th>
              <th scope="col">{t('bundle.sheet.what')}</th>
              <th scope="col">{t('bundle.sheet.date')}</th>
              <th scope="col">{t('bundle.sheet.page')}</th>
            </tr>
          </thead>
          <tbody>
            {chosen.map((item, i) => (
              <tr key={item.ref}>
                <td>{i + 1}</td>
                <td>{item.title}</td>
                <td>{item.date ? date(item.date) : t('bundle.sheet.noDate')}</td>
                <td>{starts[i] ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {chosen.map((item, i) => (
        <div className="bundle-sheet__item" key={item.ref}>
          <p className="bundle-sheet__heading">
            {i + 1}. {item.title}
          </p>
          {item.date && <p className="hint">{date(item.date)}</p>}
          {item.lines.map((line, j) => (
            <p key={j}>{line}</p>
          ))}
        </div>
      ))}
    </div>
  );
}

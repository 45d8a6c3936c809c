import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toggleItem } from '../../domain/case/bundle';
import type { CaseBundle, CaseReport } from '../../domain/case/types';
import { isDateInRange } from '../../domain/dates';
import { newId } from '../../domain/ids';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { DateBox } from '../../ui/primitives/DateBox';
import { LimitNote } from '../../ui/primitives/LimitNote';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import type { BundleItem, useBundleItems } from './bundleItems';

type Items = ReturnType<typeof useBundleItems>;

/** Step 1: tick what goes in, kind by kind; add reports and letters received. */
export function BundlePick({
  items,
  bundle,
  onBundle,
  reports,
  onReports,
}: {
  items: Items;
  bundle: CaseBundle;
  onBundle: (f: (b: CaseBundle) => CaseBundle) => void;
  reports: CaseReport[];
  onReports: (f: (r: CaseReport[]) => CaseReport[]) => void;
}) {
  const { t } = useTranslation('records');
  const group = (legend: string, list: (BundleItem & { summary?: string })[], none: string) => (
    <fieldset className="bundle-group">
      <legend>{legend}</legend>
      {list.length === 0 ? (
        <p>{none}</p>
      ) : (
        <ul className="bundle-choices">
          {list.map((item) => (
            <Choice key={item.ref} item={item} checked={bundle.items.includes(item.ref)} onToggle={() => onBundle((b) => toggleItem(b, item.ref))} />
          ))}
        </ul>
      )}
    </fieldset>
  );
  return (
    <section aria-labelledby="bundle-pick">
      <h2 id="bundle-pick">{t('bundle.pick.heading')}</h2>
      {group(t('bundle.pick.diary'), items.diary, t('bundle.pick.diaryNone'))}
      {group(t('bundle.pick.days'), items.days, t('bundle.pick.daysNone'))}
      {group(t('bundle.pick.log'), items.log, t('bundle.pick.logNone'))}
      {group(t('bundle.pick.letters'), items.letters, t('bundle.pick.lettersNone'))}
      {group(t('bundle.pick.reports'), items.reports, t('bundle.pick.reportsNone'))}
      {reports.length > 0 && (
        <ul className="bundle-removes">
          {reports.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  if (bundle.items.includes(`report:${r.id}`)) onBundle((b) => toggleItem(b, `report:${r.id}`));
                  onReports((list) => list.filter((x) => x.id !== r.id));
                }}
              >
                {t('bundle.report.remove', { title: r.title })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ReportForm onAdd={(report) => onReports((list) => [...list, report])} />
      {group(t('bundle.pick.plan'), items.plan, t('bundle.pick.planNone'))}
    </section>
  );
}

function Choice({ item, checked, onToggle }: { item: BundleItem & { summary?: string }; checked: boolean; onToggle: () => void }) {
  const id = useId();
  const date = useFormatDate();
  return (
    <li className="bundle-choice">
      <input type="checkbox" id={id} checked={checked} onChange={onToggle} />
      <label htmlFor={id}>
        {item.summary ?? item.title}
        {!item.summary && item.date ? ` (${date(item.date)})` : ''}
      </label>
    </li>
  );
}

/** A report or a letter the family received: title, who wrote it, its date and their own notes. */
function ReportForm({ onAdd }: { onAdd: (r: CaseReport) => void }) {
  const { t } = useTranslation('records');
  const id = useId();
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [date, setDate] = useState('');
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState('');
  const add = () => {
    if (!title.trim()) return setProblem(t('bundle.report.needTitle'));
    if (date && !isDateInRange(date)) return setProblem(t('bundle.report.badDate'));
    onAdd({ id: newId(), title: title.trim(), ...(author.trim() ? { author: author.trim() } : {}), ...(date ? { date } : {}), ...(notes.trim() ? { notes: notes.trim() } : {}) });
    setTitle('');
    setAuthor('');
    setDate('');
    setNotes('');
    setProblem('');
  };
  return (
    <fieldset className="bundle-group">
      <legend>{t('bundle.report.heading')}</legend>
      <p className="hint">{t('bundle.report.hint')}</p>
      <div className="field">
        <label htmlFor={`${id}-t`}>{t('bundle.report.title')}</label>
        <input type="text" id={`${id}-t`} maxLength={NAME_MAX} value={title} onChange={(e) => setTitle(e.target.value)} />
        <LimitNote value={title} max={NAME_MAX} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-a`}>{t('bundle.report.author')}</label>
        <input type="text" id={`${id}-a`} maxLength={NAME_MAX} value={author} onChange={(e) => setAuthor(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-d`}>{t('bundle.report.date')}</label>
        <DateBox id={`${id}-d`} value={date} onChange={setDate} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-n`}>{t('bundle.report.notes')}</label>
        <textarea id={`${id}-n`} rows={3} maxLength={TEXT_MAX} value={notes} onChange={(e) => setNotes(e.target.value)} />
        <LimitNote value={notes} max={TEXT_MAX} />
      </div>
      <p role="status">{problem}</p>
      <button type="button" className="button button--secondary" onClick={add}>
        {t('bundle.report.add')}
      </button>
    </fieldset>
  );
}

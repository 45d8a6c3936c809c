import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseRecord } from '../../domain/case/types';
import { compareDates, todayIso } from '../../domain/dates';
import { contentT } from '../../ui/i18n/contentText';
import { DateBox } from '../../ui/primitives/DateBox';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { recordEvent } from './shared';

type State = { status: 'idle' | 'saving' | 'needBoth' | 'future' | 'failed' } | { status: 'saved'; kind: string; on: string };

/** One tap for "this arrived today", or a kind and the date on the letter: added to the case. */
export function RecordArrival({ record, kinds }: { record: CaseRecord; kinds: string[] }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const format = useFormatDate();
  const [kind, setKind] = useState('');
  const [on, setOn] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  if (kinds.length === 0) return null;
  const label = (k: string) => ct(k === 'no-answer' ? 'event.no-answer' : `event.${record.request}.${k}`);
  const save = async (k: string, day: string) => {
    if (!k || !day) return setState({ status: 'needBoth' });
    if (compareDates(day, todayIso()) > 0) return setState({ status: 'future' });
    setState({ status: 'saving' });
    try {
      await recordEvent(record.id, k, day);
      // What was chosen is cleared only once it is stored: a failed write keeps it for another try.
      setKind('');
      setOn('');
      setState({ status: 'saved', kind: k, on: day });
    } catch {
      setState({ status: 'failed' });
    }
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save(kind, on);
  };
  const message =
    state.status === 'saved'
      ? t('record.saved', { what: label(state.kind), date: format(state.on, 'long') })
      : state.status === 'failed'
        ? t('record.failed')
        : state.status === 'needBoth'
          ? t('record.needBoth')
          : state.status === 'future'
            ? t('record.future')
            : '';
  return (
    <section className="no-print" aria-labelledby="case-record-heading">
      <h2 id="case-record-heading">{t('record.heading')}</h2>
      <p>{t('record.intro')}</p>
      <ul className="case-taps">
        {kinds.map((k) => (
          <li key={k}>
            <button type="button" className="button button--secondary" disabled={state.status === 'saving'} onClick={() => void save(k, todayIso())}>
              {t('record.today', { what: label(k) })}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit} noValidate>
        <h3>{t('record.otherHeading')}</h3>
        <div className="field">
          <label htmlFor="case-record-kind">{t('record.what')}</label>
          <select id="case-record-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('record.choose')}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {label(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="case-record-date">{t('record.date')}</label>
          <DateBox id="case-record-date" value={on} onChange={setOn} />
        </div>
        <button type="submit" className="button" disabled={state.status === 'saving'}>
          {state.status === 'saving' ? t('record.saving') : t('record.save')}
        </button>
      </form>
      <p role="status" className={state.status === 'failed' ? 'status-message error-message' : 'status-message'}>
        {message}
      </p>
    </section>
  );
}

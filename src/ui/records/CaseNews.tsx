import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseModel } from '../../content/case';
import { caseView } from '../../domain/case/model';
import { compareDates, isDateInRange, todayIso } from '../../domain/dates';
import { useChildListRead } from '../../storage/react';
import { recordCaseEvent } from './caseRecord';
import { contentT } from '../i18n/contentText';

/**
 * In the contact log: "did this contact bring news about a request?" Adds what arrived to the
 * child's request, on the day of the contact. Nothing shows when the child has no request.
 */
export function CaseNews({ childId, date }: { childId: string; date: string }) {
  return (
    <Suspense fallback={null}>
      <News childId={childId} date={date} />
    </Suspense>
  );
}

function News({ childId, date }: { childId: string; date: string }) {
  const { t } = useTranslation('case');
  const ct = contentT(t);
  const cases = useChildListRead('cases', childId);
  const [picked, setPicked] = useState('');
  const [state, setState] = useState<'idle' | 'saving' | 'saved' | 'failed' | 'needBoth' | 'future'>('idle');
  if (cases.status !== 'ready' || cases.value.length === 0) return null;
  const today = todayIso();
  const options = cases.value.flatMap((c) => {
    const model = caseModel(c.request);
    if (!model) return [];
    return caseView(model, c.events, today).canRecord.map((kind) => ({
      value: `${c.id} ${kind}`,
      label: `${ct(kind === 'no-answer' ? 'event.no-answer' : `event.${c.request}.${kind}`)} (${ct(`request.${c.request}`)})`,
    }));
  });
  const add = async () => {
    const [caseId, kind] = picked.split(' ');
    if (!caseId || !kind || !isDateInRange(date)) return setState('needBoth');
    if (compareDates(date, today) > 0) return setState('future');
    setState('saving');
    try {
      await recordCaseEvent(caseId, kind, date);
      setPicked('');
      setState('saved');
    } catch {
      setState('failed');
    }
  };
  return (
    <div className="field case-news">
      <label htmlFor="log-case-news">{t('log.legend')}</label>
      <p className="hint" id="log-case-news-hint">
        {t('log.hint')}
      </p>
      <select id="log-case-news" aria-describedby="log-case-news-hint" value={picked} onChange={(e) => setPicked(e.target.value)}>
        <option value="">{t('log.none')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>{' '}
      <button type="button" className="button button--secondary" disabled={!picked || state === 'saving'} onClick={() => void add()}>
        {t('log.add')}
      </button>
      <p role="status" className="status-message">
        {state === 'saved' ? t('log.added') : state === 'failed' ? t('record.failed') : state === 'needBoth' ? t('record.needBoth') : state === 'future' ? t('record.future') : ''}
      </p>
    </div>
  );
}

import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoice } from '../domain/import';
import { getStorage, type Snapshot } from '../storage';

/** The schema checks (zod) load only when someone opens a file, keeping them off the first page. */
const loadImport = () => import('../domain/import');

/** The whole file as text (FileReader where Blob.text is missing, as in older Safari). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

type State =
  | { step: 'idle'; message: string }
  | { step: 'reading' }
  | { step: 'conflict'; incoming: Snapshot; count: number; newerHere: boolean };

/**
 * Open a file saved from the app (one plan or everything). The whole file is read and checked
 * before anything is written; a clash with what is on the device is always asked about; and the
 * write is one all-or-nothing step. Used on /plan and on /settings.
 */
export function ImportBackup({ headingLevel = 2, onImported }: { headingLevel?: 2 | 3; onImported?: () => void }) {
  const { t } = useTranslation('plan');
  const [state, setState] = useState<State>({ step: 'idle', message: '' });
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const conflictHeading = useRef<HTMLHeadingElement>(null);
  /** Where the focus goes once the screen has changed: the question, or back to the file box. */
  const [focus, setFocus] = useState<'conflict' | 'input' | undefined>(undefined);
  useEffect(() => {
    if (focus === 'conflict') conflictHeading.current?.focus();
    else if (focus === 'input') input.current?.focus();
  }, [focus, state]);

  const finish = (message: string) => {
    setState({ step: 'idle', message });
    if (input.current) input.current.value = '';
    // The file box was disabled while checking (or the question's buttons have gone): give the focus back.
    setFocus('input');
  };

  const write = async (incoming: Snapshot, choice: ImportChoice) => {
    try {
      // Read what is here again just before writing: another tab may have changed it.
      const { importRecords } = await loadImport();
      const existing = await getStorage().snapshot();
      const records = importRecords(incoming, existing, choice, {
        copyName: (name) => t('import.copyName', { name: name.trim() || t('unnamedChild') }),
      });
      if (Object.keys(records).length === 0) return finish(t('import.nothingNew'));
      await getStorage().putMany(records);
      finish(t('import.done'));
      onImported?.();
    } catch {
      finish(t('import.failed'));
    }
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ step: 'reading' });
    let text: string;
    try {
      // The file is read in full before any database work starts.
      text = await readText(file);
    } catch {
      return finish(t('import.not-json'));
    }
    const { parseBackup, planImport } = await loadImport();
    const parsed = parseBackup(text);
    if (!parsed.ok) return finish(t(`import.${parsed.reason}`));
    const existing = await getStorage().snapshot();
    const plan = planImport(parsed.snapshot, existing);
    if (plan.conflicts.length > 0) {
      setState({
        step: 'conflict',
        incoming: parsed.snapshot,
        count: plan.conflicts.length,
        newerHere: plan.conflicts.some((c) => c.newerHere),
      });
      setFocus('conflict');
      return;
    }
    await write(parsed.snapshot, 'replace');
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="plan-import no-print">
      <Heading id={`${id}-heading`}>{t('import.heading')}</Heading>
      <p>{t('import.body')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('import.label')}</label>
        <span className="hint" id={`${id}-hint`}>
          {t('import.hint')}
        </span>
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          disabled={state.step !== 'idle'}
          onChange={(e) => void onFile(e)}
        />
      </div>
      <p role="status" className="status-message">
        {state.step === 'idle' ? state.message : state.step === 'reading' ? t('import.reading') : ''}
      </p>
      {state.step === 'conflict' && (
        <div className="panel panel--danger" role="group" aria-labelledby={`${id}-conflict`}>
          <h3 id={`${id}-conflict`} ref={conflictHeading} tabIndex={-1}>
            {t('import.conflictHeading')}
          </h3>
          <p>{t('import.conflictBody', { count: state.count })}</p>
          {state.newerHere && (
            <p>
              <strong>{t('import.newerHere')}</strong>
            </p>
          )}
          <p className="hint">{t('import.keepBothHint')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => void write(state.incoming, 'keep-both')}>
              {t('import.keepBoth')}
            </button>
            <button type="button" className="button button--danger" onClick={() => void write(state.incoming, 'replace')}>
              {t('import.replace')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => finish(t('import.cancelled'))}>
              {t('import.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

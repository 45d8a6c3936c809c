import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChoice } from '../../domain/import';
import { getStorage, type Snapshot } from '../../storage';
import type { CheckStage } from '../../domain/checkBackup';
import { checkBackupFile } from './checkBackupFile';
import { useFilesChosenEarly } from '../primitives/useFilesChosenEarly';
import { WhichFamily } from './WhichFamily';

/** Files bigger than this get a word that checking may take a while. */
const BIG_FILE = 3 * 1024 * 1024;

/** The schema checks (zod) load only when someone opens a file, keeping them off the first page. */
const loadImport = () => import('../../domain/import');

type State =
  | { step: 'idle'; message: string }
  | { step: 'reading'; stage: CheckStage; megabytes?: number }
  | {
      step: 'conflict';
      incoming: Snapshot;
      count: number;
      newerHere: boolean;
      /** A file saved before families, on a device with several: which one it replaces is asked. */
      families?: Snapshot['data']['families'];
    };

/**
 * Open a file saved from the app (one plan or everything). The whole file is read and checked
 * before anything is written; a clash with what is on the device is always asked about; and the
 * write is one all-or-nothing step. Used on /plan and on /settings.
 */
export function ImportBackup({ headingLevel = 2, onImported }: { headingLevel?: 2 | 3; onImported?: () => void }) {
  const { t } = useTranslation('plan');
  const [state, setState] = useState<State>({ step: 'idle', message: '' });
  const [family, setFamily] = useState<{ chosen?: string; missing: boolean }>({ missing: false });
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
    setFamily({ missing: false });
    if (input.current) input.current.value = '';
    // The file box was disabled while checking (or the question's buttons have gone): give the focus back.
    setFocus('input');
  };

  const write = async (file: Snapshot, choice: ImportChoice, intoFamilyId?: string) => {
    try {
      // Read what is here again just before writing: another tab may have changed it.
      const { importRecords, intoFamily } = await loadImport();
      // An older file replaces the one family chosen, and nothing of the others.
      const incoming = intoFamilyId ? intoFamily(file, intoFamilyId) : file;
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

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const megabytes = file.size > BIG_FILE ? Math.round(file.size / (1024 * 1024)) : undefined;
    setState({ step: 'reading', stage: 'reading', megabytes });
    try {
      // The file is read and checked in full (in a worker, so the page never freezes) before any
      // database work starts.
      const existing = await getStorage().snapshot();
      const { parsed, plan } = await checkBackupFile(file, existing, (stage) => setState({ step: 'reading', stage, megabytes }));
      if (!parsed.ok) {
        return finish(parsed.reason === 'too-big' ? t(`import.tooBig.${parsed.what ?? 'file'}`) : t(`import.${parsed.reason}`));
      }
      // A file saved before families holds one household: with several families here, what it
      // replaces depends on which family it is, so that is asked with the clash.
      const { asksWhichFamily, differingHere } = await loadImport();
      const ask = asksWhichFamily(parsed.fromVersion, existing);
      const count = ask ? differingHere(parsed.snapshot.data, existing.data) : (plan?.conflicts.length ?? 0);
      if (plan && count > 0) {
        setState({
          step: 'conflict',
          incoming: parsed.snapshot,
          count,
          newerHere: plan.conflicts.some((c) => c.newerHere),
          families: ask ? existing.data.families : undefined,
        });
        setFocus('conflict');
        return;
      }
      await write(parsed.snapshot, 'replace');
    } catch {
      // Whatever went wrong, the screen is usable again and says so in plain words.
      finish(t('import.unexpected'));
    }
  };

  const replace = (conflict: Extract<State, { step: 'conflict' }>) => {
    if (conflict.families && !family.chosen) return setFamily({ missing: true });
    void write(conflict.incoming, 'replace', conflict.families ? family.chosen : undefined);
  };

  useFilesChosenEarly(input, ([file]) => void onFile(file));

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
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      <p role="status" className="status-message">
        {state.step === 'idle'
          ? state.message
          : state.step === 'reading'
            ? [state.megabytes ? t('import.big', { size: state.megabytes }) : '', t(`import.stage.${state.stage}`)].filter(Boolean).join(' ')
            : ''}
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
          {state.families && (
            <WhichFamily families={state.families} chosen={family.chosen} missing={family.missing} onChoose={(chosen) => setFamily({ chosen, missing: false })} />
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void write(state.incoming, 'keep-both')}>
              {t('import.keepBoth')}
            </button>
            <button type="button" className="button button--danger" onClick={() => replace(state)}>
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

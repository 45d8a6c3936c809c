import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HandoverReader } from '../../domain/handover/codec';
import type { Snapshot } from '../../domain/schema';
import { getStorage } from '../../storage';
import { ImportBackup } from '../../ui/records/ImportBackup';
import { Page } from '../../ui/primitives/Page';
import { useFilesChosenEarly } from '../../ui/primitives/useFilesChosenEarly';

// The reader, the checks and the QR decoder are loaded with this screen only.
const loadCodec = () => import('../../domain/handover');
const loadScan = () => import('../../ui/primitives/scan');

type Refusal = 'foreign' | 'newer' | 'other-session' | 'incomplete' | 'damaged' | 'invalid' | 'links' | 'too-big' | 'write';
type Outcome =
  | { step: 'reading' }
  | { step: 'checking' }
  | { step: 'ask'; incoming: Snapshot; count: number }
  | { step: 'done'; children: number }
  | { step: 'refused'; reason: Refusal };

/**
 * On the family's phone: read the codes shown on the volunteer's device (camera, or photos and
 * screenshots of the codes), or open the file they were given. Everything read is checked in full,
 * like a backup file, before anything is written; replacing anything asks first.
 */
export function ReceivePage() {
  const { t } = useTranslation('session');
  const { t: tPlan } = useTranslation('plan');
  const id = useId();
  const reader = useRef<HandoverReader | undefined>(undefined);
  const [progress, setProgress] = useState<{ received: number; total: number | undefined }>({ received: 0, total: undefined });
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ step: 'reading' });
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const { camera, video, startCamera, stopCamera } = useCodeCamera(
    (text) => take(text),
    () => reader.current?.complete === true,
  );

  useEffect(() => {
    if (outcome.step !== 'reading') resultHeading.current?.focus();
  }, [outcome.step]);

  const getReader = async () => {
    if (!reader.current) reader.current = new (await loadCodec()).HandoverReader();
    return reader.current;
  };

  const startAgain = () => {
    reader.current?.reset();
    setProgress({ received: 0, total: undefined });
    setNote('');
    setOutcome({ step: 'reading' });
  };

  const write = async (incoming: Snapshot, choice: 'replace' | 'keep-both') => {
    const { importRecords } = await import('../../domain/import');
    const storage = getStorage();
    const existing = await storage.snapshot();
    const records = importRecords(incoming, existing, choice, {
      copyName: (name) => tPlan('import.copyName', { name: name.trim() || tPlan('unnamedChild') }),
    });
    if (Object.keys(records).length) await storage.putMany(records);
    const familyId = incoming.data.families[0]?.id;
    if (familyId) await storage.setFamily(familyId);
    setOutcome({ step: 'done', children: incoming.data.children.length });
  };

  const finish = async (r: HandoverReader) => {
    stopCamera();
    setOutcome({ step: 'checking' });
    const { readHandover } = await loadCodec();
    const read = await readHandover(r);
    if (!read.ok) {
      // A damaged date or year is, for the family, answers that cannot be read; too much data says so.
      const reason = read.reason === 'not-json' ? 'foreign' : read.reason === 'bad-date' || read.reason === 'bad-year' ? 'invalid' : read.reason;
      return setOutcome({ step: 'refused', reason });
    }
    const { planImport } = await import('../../domain/import');
    const plan = planImport(read.snapshot, await getStorage().snapshot());
    if (plan.conflicts.length) return setOutcome({ step: 'ask', incoming: read.snapshot, count: plan.conflicts.length });
    try {
      await write(read.snapshot, 'replace');
    } catch {
      setOutcome({ step: 'refused', reason: 'write' });
    }
  };

  /** One code's text, read from the camera or a picture. */
  const take = async (text: string | undefined) => {
    const r = await getReader();
    if (text === undefined) {
      setNote(t('receive.noCode'));
      return;
    }
    const added = r.add(text);
    setProgress({ received: r.received, total: r.total });
    if (!added.ok) {
      // A stray code of another hand-over: say which one, and carry on with the family's set.
      setNote(added.code ? t('receive.notTheirs', { index: added.code.index, total: added.code.total }) : t(`receive.refused.${added.reason}`));
      if (added.reason === 'newer') setOutcome({ step: 'refused', reason: 'newer' });
      return;
    }
    setNote(added.setAside ? t('receive.setAside', { count: added.setAside }) : added.duplicate ? t('receive.duplicate') : '');
    if (r.complete) await finish(r);
  };

  const pictures = useRef<HTMLInputElement>(null);
  const onPictures = async (files: File[]) => {
    if (pictures.current) pictures.current.value = '';
    const { readCodeFromFile } = await loadScan();
    for (const file of files) {
      await take(await readCodeFromFile(file));
      if (reader.current?.complete) break;
    }
  };

  useFilesChosenEarly(pictures, (files) => void onPictures(files));
  const { received, total } = progress;
  return (
    <Page title={t('receive.title')}>
      <p>{t('receive.body')}</p>
      {outcome.step === 'reading' && (
        <>
          <h2>{t('receive.codesHeading')}</h2>
          <p role="status" className="status-message" data-testid="receive-progress">
            {total ? t('receive.progress', { received, total }) : ''} {note}
          </p>
          <p>{t('receive.codesBody')}</p>
          <div className="button-row">
            {camera !== 'on' ? (
              <button type="button" className="button" onClick={() => void startCamera()}>
                {t('receive.cameraStart')}
              </button>
            ) : (
              <button type="button" className="button button--secondary" onClick={stopCamera}>
                {t('receive.cameraStop')}
              </button>
            )}
          </div>
          {camera === 'unavailable' && <p>{t('receive.cameraUnavailable')}</p>}
          {camera === 'no-preview' && <p role="alert">{t('receive.cameraNoPreview')}</p>}
          <video ref={video} className="session-video" hidden={camera !== 'on'} muted playsInline aria-label={t('receive.cameraLabel')} />
          <div className="field">
            <label htmlFor={`${id}-pictures`}>{t('receive.picturesLabel')}</label>
            <p className="hint" id={`${id}-pictures-hint`}>
              {t('receive.picturesHint')}
            </p>
            <input ref={pictures} id={`${id}-pictures`} type="file" accept="image/*" multiple aria-describedby={`${id}-pictures-hint`} onChange={(e) => void onPictures([...(e.target.files ?? [])])} />
          </div>
          {received > 0 && (
            <p>
              <button type="button" className="button button--secondary" onClick={startAgain}>
                {t('receive.startAgain')}
              </button>
            </p>
          )}
        </>
      )}
      <ReceiveResult
        outcome={outcome}
        headingRef={resultHeading}
        onWrite={(incoming, choice) => void write(incoming, choice)}
        onStartAgain={startAgain}
      />
      <h2>{t('receive.fileHeading')}</h2>
      <p>{t('receive.fileBody')}</p>
      <ImportBackup headingLevel={3} />
    </Page>
  );
}

/** The phone's camera, read for codes a few times a second until the reader has them all. */
function useCodeCamera(onCode: (text: string) => Promise<void>, isComplete: () => boolean) {
  const [camera, setCamera] = useState<'off' | 'on' | 'unavailable' | 'no-preview'>('off');
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | undefined>(undefined);
  const stopCamera = () => {
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = undefined;
    setCamera((c) => (c === 'on' ? 'off' : c));
  };
  useEffect(() => () => stopCamera(), []);
  const startCamera = async () => {
    if (!navigator.mediaDevices?.getUserMedia) return setCamera('unavailable');
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      return setCamera('unavailable');
    }
    setCamera('on');
    const v = video.current!;
    const mine = stream.current;
    v.srcObject = mine;
    // Not a write: the preview starting. If it cannot (the browser refuses to play), no frame would
    // ever be read, so the camera is turned off and the screen says so, with the photos as the way on.
    try {
      await v.play();
    } catch {
      // Stopped while starting (the person pressed stop, or left the page): nothing to say.
      if (stream.current !== mine) return;
      stopCamera();
      setCamera('no-preview');
      return;
    }
    const { readCode } = await loadScan();
    let last = '';
    const tick = async () => {
      if (!stream.current || isComplete()) return;
      const text = v.readyState >= 2 ? await readCode(v) : undefined;
      // The same code stays in view for many frames: take it once.
      if (text && text !== last) {
        last = text;
        await onCode(text);
      }
      if (stream.current) setTimeout(() => void tick(), 150);
    };
    void tick();
  };

  return { camera, video, startCamera, stopCamera };
}

/** What came of reading: checking, a question before replacing, done, or refused (nothing written). */
function ReceiveResult({
  outcome,
  headingRef,
  onWrite,
  onStartAgain,
}: {
  outcome: Outcome;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onWrite: (incoming: Snapshot, choice: 'replace' | 'keep-both') => void;
  onStartAgain: () => void;
}) {
  const { t } = useTranslation('session');
  const id = useId();
  return (
    <>
      {outcome.step === 'checking' && <p role="status">{t('receive.checking')}</p>}
      {outcome.step === 'ask' && (
        <section aria-labelledby={`${id}-ask`}>
          <h2 id={`${id}-ask`} ref={headingRef} tabIndex={-1}>
            {t('receive.askHeading')}
          </h2>
          <p>{t('receive.askBody', { number: outcome.count })}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => onWrite(outcome.incoming, 'keep-both')}>
              {t('receive.keepBoth')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => onWrite(outcome.incoming, 'replace')}>
              {t('receive.replace')}
            </button>
            <button type="button" className="button button--secondary" onClick={onStartAgain}>
              {t('receive.cancel')}
            </button>
          </div>
        </section>
      )}
      {outcome.step === 'done' && (
        <section aria-labelledby={`${id}-done`}>
          <h2 id={`${id}-done`} ref={headingRef} tabIndex={-1}>
            {t('receive.doneHeading')}
          </h2>
          <p role="status">{t('receive.doneBody', { number: outcome.children })}</p>
          <p>
            <Link className="button" to="/questions">
              {t('receive.doneLink')}
            </Link>
          </p>
        </section>
      )}
      {outcome.step === 'refused' && (
        <section aria-labelledby={`${id}-refused`}>
          <h2 id={`${id}-refused`} ref={headingRef} tabIndex={-1}>
            {t('receive.refusedHeading')}
          </h2>
          <p role="alert">{t(`receive.refused.${outcome.reason}`)}</p>
          <p>{t('receive.nothingWritten')}</p>
          <p>
            <button type="button" className="button" onClick={onStartAgain}>
              {t('receive.startAgain')}
            </button>
          </p>
        </section>
      )}
    </>
  );
}

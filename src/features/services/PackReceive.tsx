import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findCouncil } from '../../content/councilSearch';
import type { HandoverReader } from '../../domain/handover/codec';
import { packArrival, parseLocalPackFile, type LocalPackRecord, type PackArrival } from '../../domain/localPacks';
import { useFilesChosenEarly } from '../../ui/primitives/useFilesChosenEarly';
import { usePackSummary } from './LocalPacksPage';
import { useLocalPacks } from './useLocalPacks';
import { readText } from '../../ui/primitives/readText';

type Refusal = 'foreign' | 'newer' | 'too-big' | 'invalid' | 'damaged' | 'other-session' | 'incomplete' | 'write';
type Step = { step: 'reading' } | { step: 'preview'; pack: LocalPackRecord; arrival: PackArrival } | { step: 'refused'; reason: Refusal };

const known = (id: string) => findCouncil(id) !== undefined;
const loadCodes = () => import('../../domain/handover/localPackCodes');

/**
 * Adding a pack from another volunteer: its file, or pictures of its QR codes. The pack is checked in
 * full, then shown ("Kirklees parent forum, 14 services, checked 3 November 2026") before anything is
 * written; a newer copy of a pack already here replaces it only when the person says so.
 */
export function PackReceive({ onMessage }: { onMessage: (m: string) => void }) {
  const { t } = useTranslation('services');
  const id = useId();
  const summary = usePackSummary();
  const { packs, putPack } = useLocalPacks();
  const [step, setStep] = useState<Step>({ step: 'reading' });
  const [progress, setProgress] = useState('');
  const reader = useRef<HandoverReader | undefined>(undefined);
  const file = useRef<HTMLInputElement>(null);
  const pictures = useRef<HTMLInputElement>(null);
  const result = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step.step !== 'reading') result.current?.focus();
  }, [step]);

  const read = (parsed: { ok: true; pack: LocalPackRecord } | { ok: false; reason: Refusal }) => {
    reader.current = undefined;
    setProgress('');
    if (!parsed.ok) return setStep({ step: 'refused', reason: parsed.reason });
    setStep({ step: 'preview', pack: parsed.pack, arrival: packArrival(parsed.pack, packs ?? []) });
  };

  const onFile = async (files: File[]) => {
    const f = files[0];
    if (file.current) file.current.value = '';
    if (!f) return;
    onMessage('');
    let text: string;
    try {
      text = await readText(f);
    } catch {
      return read({ ok: false, reason: 'foreign' });
    }
    read(parseLocalPackFile(text, known));
  };

  const onPictures = async (files: File[]) => {
    if (pictures.current) pictures.current.value = '';
    onMessage('');
    const [{ readCodeFromFile }, codes] = await Promise.all([import('../../ui/primitives/scan'), loadCodes()]);
    reader.current ??= codes.localPackReader();
    const r = reader.current;
    for (const picture of files) {
      const text = await readCodeFromFile(picture);
      if (text === undefined) {
        setProgress(t('localServices.packs.noCode'));
        continue;
      }
      const added = r.add(text);
      if (!added.ok) {
        if (added.reason === 'foreign' || added.reason === 'newer') return setStep({ step: 'refused', reason: added.reason });
        setProgress(t(`localServices.packs.refused.${added.reason}`));
        continue;
      }
      setProgress(t('localServices.packs.progress', { received: added.received, total: added.total }));
      if (r.complete) return read(await codes.readLocalPackCodes(r, known));
    }
  };

  useFilesChosenEarly(file, (files) => void onFile(files));
  useFilesChosenEarly(pictures, (files) => void onPictures(files));

  const add = async (pack: LocalPackRecord, arrival: PackArrival) => {
    try {
      await putPack(pack);
    } catch {
      return setStep({ step: 'refused', reason: 'write' });
    }
    setStep({ step: 'reading' });
    onMessage(t(arrival === 'newer' ? 'localServices.packs.replaced' : 'localServices.packs.added', { name: pack.name }));
  };

  return (
    <section aria-labelledby={`${id}-add`} className="no-print">
      <h2 id={`${id}-add`}>{t('localServices.packs.addHeading')}</h2>
      <p>{t('localServices.packs.addBody')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('localServices.packs.fileLabel')}</label>
        <input ref={file} id={`${id}-file`} type="file" accept="application/json,.json" onChange={(e) => void onFile([...(e.target.files ?? [])])} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-pictures`}>{t('localServices.packs.picturesLabel')}</label>
        <input ref={pictures} id={`${id}-pictures`} type="file" accept="image/*" multiple onChange={(e) => void onPictures([...(e.target.files ?? [])])} />
      </div>
      <p role="status" className="status-message" data-testid="pack-progress">
        {progress}
      </p>
      {step.step === 'refused' && (
        <div role="alert">
          <h3 ref={result} tabIndex={-1} className="error-message">
            {t(`localServices.packs.refused.${step.reason}`)}
          </h3>
        </div>
      )}
      {step.step === 'preview' && (
        <div className="card pack-preview">
          <h3 ref={result} tabIndex={-1}>
            {t('localServices.packs.preview', { summary: summary(step.pack) })}
          </h3>
          <p>{t(step.arrival === 'new' ? 'localServices.packs.previewNew' : step.arrival === 'newer' ? 'localServices.packs.previewNewer' : 'localServices.packs.previewSame')}</p>
          <div className="button-row">
            {step.arrival !== 'same-or-older' && (
              <button type="button" className="button" onClick={() => void add(step.pack, step.arrival)}>
                {t(step.arrival === 'newer' ? 'localServices.packs.replace' : 'localServices.packs.add')}
              </button>
            )}
            <button type="button" className="button button--secondary" onClick={() => setStep({ step: 'reading' })}>
              {t('localServices.packs.cancel')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

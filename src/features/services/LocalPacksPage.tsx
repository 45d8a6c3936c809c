import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { localPackFile, localPackFileName, packChecked, type LocalPackRecord } from '../../domain/localPacks';
import { ConfirmButton } from '../../ui/primitives/ConfirmButton';
import { downloadFile, shareContent } from '../../ui/primitives/download';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { PackReceive } from './PackReceive';
import { useLocalPacks } from './useLocalPacks';

/** "Kirklees parent forum, 14 services, checked 3 Nov 2026": how a pack is named wherever it is shown. */
export function usePackSummary() {
  const { t } = useTranslation('services');
  const formatDate = useFormatDate();
  return (pack: LocalPackRecord) => {
    const checked = packChecked(pack);
    return checked
      ? t('localServices.packs.summary', { name: pack.name, count: pack.services.length, date: formatDate(checked) })
      : t('localServices.packs.summaryEmpty', { name: pack.name });
  };
}

/** /help/packs — the local packs on this device: share each by file or QR codes, remove it, or add one from another volunteer. */
export function LocalPacksPage() {
  const { t } = useTranslation('services');
  const { packs, failed } = useLocalPacks();
  const [message, setMessage] = useState('');
  if (failed) {
    // Never "no packs yet", and no way to add one: a pack added now could replace a newer copy unseen.
    return (
      <Page title={t('localServices.packs.title')}>
        <Link to="/help" className="back-link no-print">
          {t('council.back')}
        </Link>
        <p>{t('localServices.packs.intro')}</p>
        <ReadFailed read={failed} />
      </Page>
    );
  }
  return (
    <Page title={t('localServices.packs.title')}>
      <Link to="/help" className="back-link no-print">
        {t('council.back')}
      </Link>
      <p>{t('localServices.packs.intro')}</p>
      <p role="status" className="status-message">
        {message}
      </p>
      {!packs ? <Loading /> : packs.length === 0 && <p>{t('localServices.packs.none')}</p>}
      {packs?.map((pack) => <PackPanel key={pack.id} pack={pack} onMessage={setMessage} />)}
      <PackReceive onMessage={setMessage} />
    </Page>
  );
}

function PackPanel({ pack, onMessage }: { pack: LocalPackRecord; onMessage: (m: string) => void }) {
  const { t } = useTranslation('services');
  const summary = usePackSummary();
  const { removePack } = useLocalPacks();
  const [codes, setCodes] = useState<string[] | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  const saveFile = async () => {
    const name = localPackFileName(pack);
    const text = localPackFile(pack);
    const shared = await shareContent({ title: pack.name, files: [new File([text], name, { type: 'application/json' })] });
    if (shared === 'shared') return onMessage(t('localServices.packs.fileShared'));
    if (shared === 'cancelled') return onMessage('');
    downloadFile(name, text);
    onMessage(t('localServices.packs.fileSaved', { file: name }));
  };

  const showCodes = async () => {
    setFailed(false);
    try {
      // The QR library is loaded here only, never with the rest of the app.
      const [{ localPackCodes }, { default: encodeQR }] = await Promise.all([import('../../domain/handover/localPackCodes'), import('qr')]);
      const parts = await localPackCodes(pack);
      setCodes(parts.map((p) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(encodeQR(p, 'svg', { ecc: 'medium', border: 4 }))}`));
    } catch {
      setFailed(true);
    }
  };

  return (
    <section className="card local-pack-panel" aria-labelledby={`pack-${pack.id}`}>
      <h2 id={`pack-${pack.id}`}>{pack.name}</h2>
      <p data-testid="pack-summary">{summary(pack)}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void saveFile()}>
          {t('localServices.packs.shareFile', { name: pack.name })}
        </button>
        {!codes && (
          <button type="button" className="button button--secondary" onClick={() => void showCodes()}>
            {t('localServices.packs.shareCodes', { name: pack.name })}
          </button>
        )}
      </div>
      {failed && (
        <p className="error-message" role="alert">
          {t('localServices.packs.codesFailed')}
        </p>
      )}
      {codes && <PackCodes codes={codes} onHide={() => setCodes(undefined)} />}
      <ConfirmButton
        label={t('localServices.packs.remove', { name: pack.name })}
        question={t('localServices.packs.removeQuestion')}
        yes={t('localServices.packs.removeYes')}
        no={t('localServices.packs.removeNo')}
        buttonClassName="button button--secondary"
        onConfirm={() =>
          removePack(pack.id).then(
            () => onMessage(t('localServices.packs.removed', { name: pack.name })),
            () => onMessage(t('localServices.packs.removeFailed', { name: pack.name })),
          )
        }
      />
    </section>
  );
}

function PackCodes({ codes, onHide }: { codes: string[]; onHide: () => void }) {
  const { t } = useTranslation('services');
  const [index, setIndex] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="pack-codes">
      <h3 ref={heading} tabIndex={-1}>
        {t('localServices.packs.codeOf', { number: index + 1, count: codes.length })}
      </h3>
      <figure className="pack-code-figure">
        <img className="pack-code" data-testid="pack-code" src={codes[index]} alt={t('localServices.packs.codeAlt', { number: index + 1, count: codes.length })} width={352} height={352} />
      </figure>
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t('localServices.packs.previous')}
        </button>
        <button type="button" className="button" disabled={index === codes.length - 1} onClick={() => setIndex(index + 1)}>
          {t('localServices.packs.next')}
        </button>
        <button type="button" className="button button--secondary" onClick={onHide}>
          {t('localServices.packs.hideCodes')}
        </button>
      </div>
      <p>{t('localServices.packs.codesAfter')}</p>
    </div>
  );
}

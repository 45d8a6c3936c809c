import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { toBackupFile } from '../../domain/backup';
import { PRIVATE_STORES } from '../../domain/schema';
import { getStorage } from '../../storage';
import { useFamilyKnown, useSession } from '../../storage/react';
import { downloadFile, shareContent } from '../../ui/primitives/download';
import { Page } from '../../ui/primitives/Page';

/** The family's data only: their family record and records, never the volunteer's notes or other families. */
async function familyFile(familyId: string): Promise<{ name: string; text: string }> {
  const snapshot = await getStorage().snapshot({ forExport: true, familyId });
  for (const s of PRIVATE_STORES) snapshot.data[s] = [];
  const now = new Date();
  return { name: `barriers-navigator-family-${now.toISOString().slice(0, 10)}.json`, text: JSON.stringify(toBackupFile(snapshot, now)) };
}

/** Give the family their data: a file (share sheet or download), or QR codes their phone reads. */
export function HandoverPage() {
  const { t } = useTranslation('session');
  const session = useSession();
  const known = useFamilyKnown();
  const [message, setMessage] = useState('');
  const [codes, setCodes] = useState<string[] | undefined>(undefined);
  const [index, setIndex] = useState(0);
  const [failed, setFailed] = useState(false);
  const codeHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    // The heading, the buttons and the code together at the top of the screen.
    codeHeading.current?.focus({ preventScroll: true });
    codeHeading.current?.scrollIntoView({ block: 'start' });
  }, [codes]);

  if (!session) return known ? <Navigate to="/session" replace /> : null;

  const saveFile = async () => {
    const { name, text } = await familyFile(session.familyId);
    const file = new File([text], name, { type: 'application/json' });
    const shared = await shareContent({ title: t('handover.fileTitle'), files: [file] });
    if (shared === 'shared') return setMessage(t('handover.fileShared'));
    if (shared === 'cancelled') return setMessage('');
    downloadFile(name, text);
    setMessage(t('handover.fileSaved', { name }));
  };

  const showCodes = async () => {
    setFailed(false);
    try {
      const { text } = await familyFile(session.familyId);
      // The QR library is loaded here only, never with the rest of the app.
      const [{ encodeHandover }, { default: encodeQR }] = await Promise.all([import('../../domain/handover/codec'), import('qr')]);
      const parts = await encodeHandover(text);
      setCodes(parts.map((p) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(encodeQR(p, 'svg', { ecc: 'medium', border: 4 }))}`));
      setIndex(0);
    } catch {
      setFailed(true);
    }
  };

  return (
    <Page title={t('handover.title')} className="session-handover">
      <p>{t('handover.body')}</p>
      <p role="status" className="status-message">
        {message}
      </p>
      <h2>{t('handover.fileHeading')}</h2>
      <p>{t('handover.fileBody')}</p>
      <p>
        <button type="button" className="button" onClick={() => void saveFile()}>
          {t('handover.fileButton')}
        </button>
      </p>

      <h2>{t('handover.codesHeading')}</h2>
      <p>{t('handover.codesBody')}</p>
      {failed && (
        <p className="error-message" role="alert">
          {t('handover.codesFailed')}
        </p>
      )}
      {!codes && (
        <p>
          <button type="button" className="button" onClick={() => void showCodes()}>
            {t('handover.codesButton')}
          </button>
        </p>
      )}
      {codes && (
        <section aria-labelledby="handover-code-heading">
          <h3 id="handover-code-heading" ref={codeHeading} tabIndex={-1}>
            {t('handover.codeOf', { number: index + 1, count: codes.length })}
          </h3>
          <div className="session-code-pair">
            <div className="button-row">
              <button type="button" className="button button--secondary" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                {t('handover.previous')}
              </button>
              <button type="button" className="button" disabled={index === codes.length - 1} onClick={() => setIndex(index + 1)}>
                {t('handover.next')}
              </button>
            </div>
            <figure className="session-code-figure">
              <img
                className="session-code"
                data-testid="handover-code"
                src={codes[index]}
                alt={t('handover.codeAlt', { number: index + 1, count: codes.length })}
                width={352}
                height={352}
              />
            </figure>
          </div>
          <p>{t('handover.codesAfter')}</p>
        </section>
      )}
      <p>
        <Link to="/session/end">{t('handover.endLink')}</Link>
      </p>
    </Page>
  );
}

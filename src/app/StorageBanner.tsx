import { useTranslation } from 'react-i18next';
import { toBackupFile, backupFileName } from '../domain/backup';
import { getStorage, type StorageProblem } from '../storage';
import { useStorageStatus } from '../storage/react';
import { downloadFile } from '../ui/primitives/download';

/** Explains, in plain words, anything that stops the app saving normally (its words load only then). */
export function StorageBanner() {
  const problem = useStorageStatus().problem;
  return problem ? <Banner problem={problem} /> : null;
}

function Banner({ problem }: { problem: StorageProblem }) {
  const { t } = useTranslation('notices');

  const exportAll = async () => {
    const snapshot = await getStorage().snapshot({ forExport: true });
    downloadFile(backupFileName(), JSON.stringify(toBackupFile(snapshot), null, 2));
  };
  const canExport = problem === 'memory' || problem === 'quota' || problem === 'failed' || problem === 'unread';
  const canReload = problem === 'outdated' || problem === 'blocked' || problem === 'unread';

  return (
    <div className="notice notice--warning" role="alert">
      <h2 className="notice__title">{t(`storage.${problem}.title`)}</h2>
      <p>{t(`storage.${problem}.body`)}</p>
      <div className="button-row">
        {canExport && (
          <button type="button" className="button" onClick={() => void exportAll()}>
            {t('storage.export')}
          </button>
        )}
        {canReload && (
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('storage.reload')}
          </button>
        )}
        {problem !== 'memory' && problem !== 'newer' && (
          <button type="button" className="button button--secondary" onClick={() => getStorage().dismissProblem()}>
            {t('storage.dismiss')}
          </button>
        )}
      </div>
    </div>
  );
}

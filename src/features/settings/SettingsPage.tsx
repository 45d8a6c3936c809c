import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getStorage } from '../../storage';
import { useFamilyId, useList, useSession, useStorageStatus } from '../../storage/react';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { Page } from '../../ui/Page';
import { LanguageSelect } from '../../ui/LanguageSwitch';
import { ImportBackup } from '../../ui/ImportBackup';
import { saveEverythingToFile } from '../../ui/saveEverything';

/** Language, the family's data on this device: save a copy, and delete everything. */
export function SettingsPage() {
  const { t } = useTranslation('common');
  const status = useStorageStatus();
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);
  const [message, setMessage] = useState<string>('');
  const session = useSession();
  const families = useList('families');
  const familyId = useFamilyId();
  const several = !session && (families?.length ?? 0) > 1;

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(false));
  }, []);

  const exportAll = async () => {
    await saveEverythingToFile();
    setMessage(t('settings.exported'));
  };
  const deleteAll = async () => {
    try {
      await getStorage().clearAll();
      setMessage(t('settings.deleted'));
    } catch {
      setMessage(t('settings.deleteFailed'));
    }
  };

  return (
    <Page title={t('settings.title')}>
      <p role="status" className="status-message">
        {message}
      </p>
      <h2>{t('settings.language.heading')}</h2>
      <LanguageSelect className="field" label={t('settings.language.choose')} />

      <h2>{t('settings.details.heading')}</h2>
      <p>
        <Link to="/letters/details">{t('settings.details.link')}</Link>
      </p>

      <h2>{t('settings.data.heading')}</h2>
      <p>{t('settings.data.body')}</p>
      <p>
        {status.mode === 'memory'
          ? t('settings.data.memory')
          : persisted
            ? t('settings.data.persisted')
            : t('settings.data.notPersisted')}
      </p>
      <p>
        <button type="button" className="button" onClick={() => void exportAll()}>
          {t('settings.export')}
        </button>
      </p>
      <ImportBackup headingLevel={3} />

      <h2>{t('settings.shared.heading')}</h2>
      <p>{t('settings.shared.body')}</p>
      <ul>
        <li>
          <Link to="/session">{t('settings.shared.session')}</Link>
        </li>
        <li>
          <Link to="/session/receive">{t('settings.shared.receive')}</Link>
        </li>
      </ul>
      {!session && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void getStorage().addFamily('').then(() => setMessage(t('settings.shared.added')))}
          >
            {t('settings.shared.add')}
          </button>
        </p>
      )}
      {several && familyId && (
        <>
          <h3>{t('settings.shared.deleteHeading')}</h3>
          <p>{t('settings.shared.deleteBody')}</p>
          <p>
            <ConfirmButton
              label={t('settings.shared.deleteButton')}
              question={t('settings.shared.deleteConfirm')}
              yes={t('settings.shared.deleteYes')}
              no={t('settings.delete.no')}
              onConfirm={() =>
                getStorage()
                  .deleteFamily(familyId)
                  .then(
                    () => setMessage(t('settings.shared.deleted')),
                    () => setMessage(t('settings.deleteFailed')),
                  )
              }
            />
          </p>
        </>
      )}

      {session ? (
        <>
          <h2>{t('settings.delete.heading')}</h2>
          <p>
            <Link to="/session/end">{t('session.end')}</Link>
          </p>
        </>
      ) : (
        <>
        <h2>{t('settings.delete.heading')}</h2>
        <p>{t('settings.delete.body')}</p>
        <p>
          <ConfirmButton
            label={t('settings.delete.button')}
            question={t('settings.delete.confirm')}
            yes={t('settings.delete.yes')}
            no={t('settings.delete.no')}
            onConfirm={deleteAll}
          />
        </p>
        </>
      )}
    </Page>
  );
}

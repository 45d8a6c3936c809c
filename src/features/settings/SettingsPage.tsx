import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getStorage } from '../../storage';
import { useFamily, useFamilyId, useList, useSession, useStorageStatus } from '../../storage/react';
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
          <FamilyName key={familyId} />
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

/** A name for the family on screen, shown in the family picker (only once there are several). */
function FamilyName() {
  const { t } = useTranslation('common');
  const { family, update } = useFamily();
  const [name, setName] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const id = useId();
  const value = name ?? family?.name ?? '';
  const save = (event: FormEvent) => {
    event.preventDefault();
    void update({ name: value.trim() }).then(() => setSaved(t('settings.shared.nameSaved')));
  };
  return (
    <form className="field" onSubmit={save}>
      <label htmlFor={id}>{t('settings.shared.nameLabel')}</label>
      <span className="hint" id={`${id}-hint`}>
        {t('settings.shared.nameHint')}
      </span>
      <input
        id={id}
        type="text"
        maxLength={200}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => {
          setName(e.target.value);
          setSaved('');
        }}
      />
      <p>
        <button type="submit" className="button button--secondary">
          {t('settings.shared.nameSave')}
        </button>
      </p>
      <p role="status" className="status-message">
        {saved}
      </p>
    </form>
  );
}

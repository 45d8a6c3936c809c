import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { getStorage, LAST_COPY_SETTING } from '../../storage';
import { failedRead, useFamily, useFamilyId, useListRead, useRecordRead, useSession, useStorageStatus, type Read } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { ConfirmButton } from '../../ui/primitives/ConfirmButton';
import { Page } from '../../ui/primitives/Page';
import { LanguageSelect } from '../../ui/i18n/LanguageSwitch';
import { languageOf, SOURCE_LANGUAGE } from '../../ui/i18n/languages';
import { ImportBackup } from '../../ui/records/ImportBackup';
import { saveEverythingToFile } from '../../ui/records/saveEverything';
import { InternetVoices } from './InternetVoices';

/** What the language on screen is: English (the source), or a translation, checked by a person or not yet. */
function TranslationCard() {
  const { t, i18n } = useTranslation('settings');
  const formatDate = useFormatDate();
  const language = languageOf(i18n.resolvedLanguage ?? i18n.language);
  if (!language || language.code === SOURCE_LANGUAGE) return null;
  return (
    <div className="translation-card">
      <p>{language.reviewed ? t('language.reviewed', { by: language.reviewed.by, date: formatDate(language.reviewed.on, 'long') }) : t('language.unreviewed')}</p>
      {!language.letters && <p>{t('language.letters')}</p>}
    </div>
  );
}

/** How to leave the app quickly ("Exit this page", Shift three times), and honestly what that cannot hide. */
function LeavingQuickly() {
  const { t } = useTranslation('settings');
  return (
    <>
      <h2>{t('exit.heading')}</h2>
      <p>{t('exit.how')}</p>
      <p>{t('exit.cannot')}</p>
      <ul>
        <li>{t('exit.history')}</li>
        <li>{t('exit.icon')}</li>
        <li>{t('exit.records')}</li>
      </ul>
    </>
  );
}

/** Language, the family's data on this device: save a copy, and delete everything. */
export function SettingsPage() {
  const { t } = useTranslation(['settings', 'notices']);
  const status = useStorageStatus();
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);
  const [message, setMessage] = useState<string>('');
  const session = useSession();
  const families = useListRead('families');
  const familyId = useFamilyId();
  const { failed: familyFailed } = useFamily();
  const last = useRecordRead('settings', LAST_COPY_SETTING);
  // A read that failed is said once, at the top; what would write or delete is not offered until the
  // records are read (a family's name box would be empty, and saving it would wipe the name).
  const failed = failedRead(families, familyFailed, last);
  const several = !session && families.status === 'ready' && families.value.length > 1;

  useEffect(() => {
    void navigator.storage?.persisted?.().then(setPersisted, () => setPersisted(false));
  }, []);

  const exportAll = async () => {
    try {
      const saved = await saveEverythingToFile();
      setMessage(t(saved === 'saved' ? 'exported' : saved === 'not-dated' ? 'exportedNoDate' : saved === 'too-long' ? 'exportedTooLong' : 'exportedUnreadable'));
    } catch {
      setMessage(t('exportFailed'));
    }
  };
  const deleteAll = async () => {
    try {
      await getStorage().clearAll();
      setMessage(t('deleted'));
    } catch {
      setMessage(t('deleteFailed'));
    }
  };

  return (
    <Page title={t('title')}>
      <p role="status" className="status-message">
        {message}
      </p>
      {failed && <ReadFailed read={failed} />}
      <h2>{t('language.heading')}</h2>
      <LanguageSelect className="field" label={t('language.choose')} />
      <TranslationCard />
      <InternetVoices />

      <h2>{t('details.heading')}</h2>
      <p>
        <Link to="/letters/details">{t('details.link')}</Link>
      </p>

      <LeavingQuickly />

      <h2>{t('data.heading')}</h2>
      <p>{t('data.body')}</p>
      {/* All three answers take the same place; only the true one shows, so the page does not move when the browser answers. */}
      <p className="settings-persistence">
        {(['memory', 'persisted', 'notPersisted'] as const).map((key) => (
          <span key={key} hidden={key !== (status.mode === 'memory' ? 'memory' : persisted ? 'persisted' : 'notPersisted')}>
            {t(`data.${key}`)}
          </span>
        ))}
      </p>
      <p>
        <button type="button" className="button" onClick={() => void exportAll()}>
          {t('export')}
        </button>
      </p>
      <LastCopy last={last} />
      {!failed && <ImportBackup headingLevel={3} />}

      <h2>{t('shared.heading')}</h2>
      <p>{t('shared.body')}</p>
      <ul>
        <li>
          <Link to="/session">{t('shared.session')}</Link>
        </li>
        <li>
          <Link to="/session/receive">{t('shared.receive')}</Link>
        </li>
      </ul>
      {!session && !failed && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              void getStorage()
                .addFamily('')
                .then(
                  () => setMessage(t('shared.added')),
                  () => setMessage(t('shared.addFailed')),
                )
            }
          >
            {t('shared.add')}
          </button>
        </p>
      )}
      {several && familyId && !failed && (
        <>
          <FamilyName key={familyId} />
          <h3>{t('shared.deleteHeading')}</h3>
          <p>{t('shared.deleteBody')}</p>
          <p>
            <ConfirmButton
              label={t('shared.deleteButton')}
              question={t('shared.deleteConfirm')}
              yes={t('shared.deleteYes')}
              no={t('delete.no')}
              onConfirm={() =>
                getStorage()
                  .deleteFamily(familyId)
                  .then(
                    () => setMessage(t('shared.deleted')),
                    () => setMessage(t('deleteFailed')),
                  )
              }
            />
          </p>
        </>
      )}

      {session ? (
        <>
          <h2>{t('delete.heading')}</h2>
          <p>
            <Link to="/session/end">{t('notices:session.end')}</Link>
          </p>
        </>
      ) : failed ? null : (
        <>
        <h2>{t('delete.heading')}</h2>
        <p>{t('delete.body')}</p>
        <p>
          <ConfirmButton
            label={t('delete.button')}
            question={t('delete.confirm')}
            yes={t('delete.yes')}
            no={t('delete.no')}
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
  const { t } = useTranslation('settings');
  const { family, update } = useFamily();
  const [name, setName] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const id = useId();
  const value = name ?? family?.name ?? '';
  const save = (event: FormEvent) => {
    event.preventDefault();
    // The name typed stays in the box either way.
    update({ name: value.trim() }).then(
      () => setSaved(t('shared.nameSaved')),
      () => setSaved(t('shared.nameFailed')),
    );
  };
  // Until the family is read there is no name to show: an empty box saved would wipe it.
  if (!family) return null;
  return (
    <form className="field" onSubmit={save}>
      <label htmlFor={id}>{t('shared.nameLabel')}</label>
      <span className="hint" id={`${id}-hint`}>
        {t('shared.nameHint')}
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
          {t('shared.nameSave')}
        </button>
      </p>
      <p role="status" className="status-message">
        {saved}
      </p>
    </form>
  );
}

const WEEK_MS = 7 * 86_400_000;

/**
 * When what is saved cannot be read, the latest change stays unknown (''): the only thing it adds is
 * the reminder that a copy is old, so leaving that out says nothing untrue and saves nothing.
 */
function keepNoLatest() {}

/** The latest time anything of the family on screen was changed ('' while reading, or with nothing saved). */
function useLatestChange(familyId: string | undefined): string {
  const [latest, setLatest] = useState('');
  useEffect(() => {
    let live = true;
    void getStorage()
      .snapshot({ forExport: true, familyId })
      .then((snapshot) => {
        let max = '';
        for (const list of Object.values(snapshot.data) as { updatedAt?: unknown }[][]) {
          for (const r of list) if (typeof r.updatedAt === 'string' && r.updatedAt > max) max = r.updatedAt;
        }
        if (live) setLatest(max);
      }, keepNoLatest);
    return () => {
      live = false;
    };
  }, [familyId]);
  return latest;
}

/**
 * When a copy was last saved from this device, and a gentle word when what the family changed since
 * is more than a week newer than it (browsers may clear what is saved; a copy is what keeps it).
 */
function LastCopy({ last }: { last: Read<{ value: unknown } | null> }) {
  const { t } = useTranslation('settings');
  const date = useFormatDate();
  const session = useSession();
  const latest = useLatestChange(session?.familyId);
  const record = last.status === 'ready' ? last.value : undefined;
  const when = typeof record?.value === 'string' ? record.value : undefined;
  const old = !!when && !!latest && Date.parse(latest) - Date.parse(when) > WEEK_MS;
  // Not known when it could not be read (the page says so at the top): never "no copy saved yet".
  if (session || last.status === 'failed') return null;
  // While reading, the likeliest line holds its place unseen, so nothing below moves when it fills in.
  if (last.status === 'loading') {
    return (
      <p className="hint settings-last-copy pending">
        <span aria-hidden="true">{t('noCopy')}</span>
      </p>
    );
  }
  return (
    <p className="hint settings-last-copy">
      {[when ? t('lastCopy', { date: date(when, 'long') }) : t('noCopy'), old ? t('copyOld') : '']
        .filter(Boolean)
        .join(' ')}
    </p>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { COUNCIL_GUIDANCE_SOURCES, SERVICES_REVIEWED, adviceServiceHasDetails, servicesShownByDirectory } from '../../content/services';
import { emptyDraft, type ContactDraft } from '../../domain/contacts/contacts';
import type { ContactRole } from '../../domain/contacts/types';
import { findCouncil } from '../../content/councilSearch';
import type { Council } from '../../domain/councils/types';
import type { ServiceSource } from '../../domain/councils/sources';
import { Page } from '../../ui/primitives/Page';
import { ContactForm } from './ContactForm';
import { CheckedDetails, knownDetails } from './CheckedDetails';
import { CopySearch } from './CopySearch';
import { useDirectoryEntry, type DirectoryState } from './useDirectoryEntry';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { ShippedPacks } from './ShippedPacks';
import { LocalServices } from './LocalServices';
import { NationalServices } from './NationalServices';
import { useContacts } from './useContacts';
import { useCouncilChoice, useCouncilNotKept } from './useCouncilChoice';
import { councilName } from '../../ui/i18n/councilName';
import { contentT } from '../../ui/i18n/contentText';

type SavedDetails = { name: string; website: string; phone: string; email: string };

const SAVE_ROLES: readonly ContactRole[] = [
  'local-offer',
  'sendiass',
  'council-send',
  'medical-needs',
  'early-help',
  'attendance-officer',
  'educational-psychologist',
  'social-worker',
  'other',
];

function Guidance({
  council,
  part,
  directory,
  onSave,
}: {
  council: Council;
  part: 'info' | 'advice';
  directory: DirectoryState;
  onSave: (details: SavedDetails) => void;
}) {
  const { t } = useTranslation('services');
  const entry = directory.status === 'ready' ? directory.entry : undefined;
  const known = knownDetails(entry, part);
  const base = `council.${council.nation}.${part}`;
  const list = contentT(t)(`${base}.${part === 'info' ? 'lookFor' : 'canHelp'}`, { returnObjects: true }) as unknown;
  const items = Array.isArray(list) ? (list as string[]) : [];
  return (
    <section aria-labelledby={`guidance-${part}`}>
      <h2 id={`guidance-${part}`}>{contentT(t)(`${base}.heading`)}</h2>
      <p>{contentT(t)(`${base}.what`)}</p>
      <h3>{t(part === 'info' ? 'council.lookFor' : 'council.canHelp')}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {entry && <CheckedDetails council={council} entry={entry} part={part} onSave={onSave} />}
      {part === 'advice' && known.length === 0 && adviceServiceHasDetails(council.nation) ? (
        // One truth per service: its checked details are in the national list on this page.
        <p>{t('council.detailsBelow', { nation: t(`nations.${council.nation}`) })}</p>
      ) : (
        directory.status === 'ready' && (
          <>
            <h3>{t(known.length > 0 ? 'council.known.findMore' : 'council.howToFind')}</h3>
            <p>{t(known.length > 0 ? 'council.known.someMissing' : 'council.noAddress')}</p>
            <CopySearch text={contentT(t)(`${base}.search`, { council: council.name })} />
          </>
        )
      )}
    </section>
  );
}

function Sources({ sources }: { sources: ServiceSource[] }) {
  const { t } = useTranslation('services');
  const formatDate = useFormatDate();
  const unique = [...new Map(sources.map((s) => [s.url, s])).values()];
  return (
    <details className="sources">
      <summary>{t('council.sources.heading')}</summary>
      <ul>
        {unique.map((s) => (
          <li key={s.url}>{t('council.sources.item', { title: s.title, publisher: s.publisher })}</li>
        ))}
      </ul>
      <p>{t('council.sources.reviewed', { date: formatDate(SERVICES_REVIEWED) })}</p>
    </details>
  );
}

/** /help/councils/:councilId — what the council offers, the nation's advice service, the local pack, and saving what you find. */
export function CouncilPage() {
  const { councilId } = useParams();
  const council = findCouncil(councilId);
  return council ? <CouncilDetail key={council.id} council={council} /> : <CouncilNotFound />;
}

function CouncilNotFound() {
  const { t } = useTranslation('services');
  return (
    <Page title={t('council.notFound.title')}>
      <p>{t('council.notFound.body')}</p>
      <p>
        <Link to="/help">{t('council.notFound.link')}</Link>
      </p>
    </Page>
  );
}

function CouncilDetail({ council }: { council: Council }) {
  const { t } = useTranslation('services');
  const { council: mine, setCouncilId } = useCouncilChoice();
  const { saveContact } = useContacts();
  const [madeMine, setMadeMine] = useState(false);
  // Chosen here or on /help, but it could not be saved: said here, where the person now is.
  const notKept = useCouncilNotKept(council.id) && mine?.id !== council.id;
  const [saved, setSaved] = useState('');
  const [prefill, setPrefill] = useState<{ draft: ContactDraft; n: number }>(() => ({
    draft: emptyDraft({
      role: council.nation === 'england' ? 'local-offer' : 'council-send',
      name: council.nation === 'england' ? t('council.save.localOfferName', { council: council.name }) : council.name,
      organisation: council.name,
    }),
    n: 0,
  }));
  const saveSection = useRef<HTMLHeadingElement>(null);
  const directory = useDirectoryEntry(council);
  const advice = directory.status === 'ready' ? directory.entry?.advice : undefined;
  const shownInDirectory = servicesShownByDirectory(
    council.nation,
    [advice?.phone?.value, advice?.email?.value, advice?.url?.value].filter((v): v is string => Boolean(v)),
  );
  const saveKnown = (part: 'info' | 'advice') => (details: SavedDetails) => {
    setSaved('');
    const role: ContactRole =
      part === 'info' ? (council.nation === 'england' ? 'local-offer' : 'council-send') : 'sendiass';
    setPrefill((p) => ({
      draft: emptyDraft({ role, organisation: council.name, ...details }),
      n: p.n + 1,
    }));
    requestAnimationFrame(() => saveSection.current?.focus());
  };

  const save = async (draft: ContactDraft) => {
    const record = await saveContact(draft);
    setSaved(t('council.save.saved', { name: record.name }));
    setPrefill((p) => ({ draft: emptyDraft({ role: 'other', organisation: council.name }), n: p.n + 1 }));
  };

  return (
    <Page title={councilName(t, council)} className="council-page">
      <Link to="/help" className="back-link no-print">
        {t('council.back')}
      </Link>
      <div className="no-print">
        {mine?.id === council.id ? (
          <p>
            {t('council.mine')} <Link to="/help">{t('council.change')}</Link>
          </p>
        ) : (
          <p>
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void setCouncilId(council.id).then(setMadeMine)
              }
            >
              {t('council.makeMine')}
            </button>
          </p>
        )}
        <p role="status" className="status-message">
          {madeMine && !notKept ? t('council.madeMine') : ''}
        </p>
        {notKept && (
          <p className="error-message" role="alert">
            {t('council.notSaved')}
          </p>
        )}
      </div>

      <Guidance council={council} part="info" directory={directory} onSave={saveKnown('info')} />
      <Guidance council={council} part="advice" directory={directory} onSave={saveKnown('advice')} />

      <ShippedPacks
        councilId={council.id}
        onSave={(service) => {
          setSaved('');
          setPrefill((p) => ({
            draft: emptyDraft({ role: service.role ?? 'other', name: service.name, organisation: council.name }),
            n: p.n + 1,
          }));
          requestAnimationFrame(() => saveSection.current?.focus());
        }}
      />

      <LocalServices
        councilId={council.id}
        onSave={(service) => {
          setSaved('');
          setPrefill((p) => ({
            draft: emptyDraft({ role: 'other', name: service.name, phone: service.phone ?? '', email: service.email ?? '', website: service.website ?? '' }),
            n: p.n + 1,
          }));
          requestAnimationFrame(() => saveSection.current?.focus());
        }}
      />

      <section aria-labelledby="national-here">
        <h2 id="national-here">{t('council.national.heading', { nation: t(`nations.${council.nation}`) })}</h2>
        <NationalServices nation={council.nation} headingLevel={3} exclude={shownInDirectory} />
      </section>

      <section aria-labelledby="save-found" className="no-print">
        <h2 id="save-found" ref={saveSection} tabIndex={-1}>
          {t('council.save.heading')}
        </h2>
        <p>{t('council.save.body')}</p>
        <div role="status" className="status-message">
          {saved && (
            <p>
              {saved} <Link to="/help/contacts">{t('council.save.seeContacts')}</Link>
            </p>
          )}
        </div>
        <ContactForm
          key={prefill.n}
          initial={prefill.draft}
          roles={SAVE_ROLES}
          submitLabel={t('council.save.button')}
          onSave={save}
        />
      </section>

      <Sources sources={COUNCIL_GUIDANCE_SOURCES[council.nation]} />
    </Page>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shippedPacksFor } from '../../content/local-packs';
import type { LocalPackRecord, LocalService } from '../../domain/localPacks';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { LocalServiceCard } from './LocalServices';

/** The packs that come with the app for this council, in the reader's language where there is a copy in it. */
function useShippedPacks(councilId: string): LocalPackRecord[] | undefined {
  const { i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? i18n.language;
  const [found, setFound] = useState<{ key: string; packs: LocalPackRecord[] }>();
  const key = `${councilId}:${lang}`;
  useEffect(() => {
    let live = true;
    void shippedPacksFor(councilId, lang).then((packs) => live && setFound({ key, packs }));
    return () => {
      live = false;
    };
  }, [councilId, lang, key]);
  return found?.key === key ? found.packs : undefined;
}

/**
 * On a council's page: what the council itself describes for families (a pack that comes with the
 * app, in the same format as a group's pack), each service with who checked it, where, and when.
 */
export function ShippedPacks({ councilId, onSave }: { councilId: string; onSave: (service: LocalService) => void }) {
  const { t } = useTranslation('services');
  const formatDate = useFormatDate();
  const packs = useShippedPacks(councilId);
  if (!packs) return null;
  return (
    <>
      {packs.map((pack) => (
        <section key={pack.id} aria-labelledby={`pack-${pack.id}`} className="local-pack" lang={pack.lang}>
          <h2 id={`pack-${pack.id}`}>{pack.name}</h2>
          {pack.about && <p>{pack.about}</p>}
          {pack.sources?.map((s) => (
            <p key={s.title} className="local-pack__source">
              {t('council.pack.source', { title: s.title, publisher: s.publisher ?? '', date: formatDate(s.checked) })}{' '}
              {s.url && <a href={s.url}>{t('council.pack.open')}</a>}
            </p>
          ))}
          {pack.services
            .filter((s) => s.councilId === councilId)
            .map((service) => (
              <LocalServiceCard key={service.id} pack={pack} service={service} onSave={onSave} shipped />
            ))}
        </section>
      ))}
    </>
  );
}

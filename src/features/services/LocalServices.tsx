import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { safeWebsiteHref, telHref, mailtoHref } from '../../domain/contacts/contacts';
import { todayIso } from '../../domain/dates';
import { isStale, servicesForCouncil, type LocalPackRecord, type LocalService } from '../../domain/localPacks';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { useLocalPacks } from './useLocalPacks';
import { CopySearch } from './CopySearch';

/**
 * On a council's page: the local services volunteers and groups have added on this device, each
 * marked as such with who checked it and when, never mixed into the details we checked. An item
 * checked more than a year ago says so, with how to check it again.
 */
export function LocalServices({ councilId, onSave }: { councilId: string; onSave: (service: LocalService) => void }) {
  const { t } = useTranslation('services');
  const { packs, failed } = useLocalPacks();
  const found = packs ? servicesForCouncil(packs, councilId) : [];
  const saved = (useLocation().state as { localSaved?: string } | null)?.localSaved;
  return (
    <section aria-labelledby="local-services-heading" className="local-services">
      <h2 id="local-services-heading">{t('localServices.councilHeading')}</h2>
      <p>{t('localServices.councilBody')}</p>
      <p role="status" className="status-message">
        {saved ?? ''}
      </p>
      {failed && <ReadFailed read={failed} />}
      {packs && found.length === 0 && <p>{t('localServices.none')}</p>}
      {found.map(({ pack, service }) => (
        <LocalServiceCard key={`${pack.id}/${service.id}`} pack={pack} service={service} onSave={onSave} />
      ))}
      <ul className="no-print">
        <li>
          <Link to={`/help/local-services/new?council=${encodeURIComponent(councilId)}`}>{t('localServices.addLink')}</Link>
        </li>
        <li>
          <Link to="/help/packs">{t('localServices.packsLink')}</Link>
        </li>
      </ul>
    </section>
  );
}

/**
 * One local service. `shipped`: from a pack that comes with the app (said as "checked by", with no
 * way to change it here); otherwise added on this device.
 */
export function LocalServiceCard({
  pack,
  service,
  onSave,
  shipped = false,
}: {
  pack: LocalPackRecord;
  service: LocalService;
  onSave: (service: LocalService) => void;
  shipped?: boolean;
}) {
  const { t } = useTranslation('services');
  const formatDate = useFormatDate();
  const stale = isStale(service.checkedOn, todayIso());
  const tel = telHref(service.phone);
  const mailto = mailtoHref(service.email);
  const website = safeWebsiteHref(service.website);
  const rows: [string, React.ReactNode][] = [[t('localServices.helpsWith'), service.helpsWith]];
  if (service.phone) rows.push([t('localServices.phone'), tel ? <a href={tel}>{service.phone}</a> : service.phone]);
  if (service.email) rows.push([t('localServices.email'), mailto ? <a href={mailto}>{service.email}</a> : service.email]);
  if (service.website) rows.push([t('localServices.website'), website ? <a href={website}>{service.website}</a> : service.website]);
  if (service.area) rows.push([t('localServices.area'), service.area]);
  if (service.ask) rows.push([t('council.pack.ask'), service.ask]);
  if (!stale) rows.push([t('localServices.howToCheck'), service.howToCheck]);
  return (
    <div className="card local-service" data-testid="local-service">
      <h3 className="local-service__name">{service.name}</h3>
      <p className="local-service__added">
        {shipped
          ? t('localServices.shippedBy', { who: service.checkedBy, date: formatDate(service.checkedOn) })
          : t('localServices.addedBy', { who: service.checkedBy, date: formatDate(service.checkedOn), pack: pack.name })}
      </p>
      {stale && (
        <p className="local-service__stale">
          {t('localServices.stale', { date: formatDate(service.checkedOn), how: service.howToCheck })}
        </p>
      )}
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div className="summary-list__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {service.search && <CopySearch text={service.search} />}
      <p className="button-row no-print">
        <button type="button" className="link-button" onClick={() => onSave(service)}>
          {t('localServices.save', { name: service.name })}
        </button>
        {!shipped && (
          <Link to={`/help/local-services/${encodeURIComponent(pack.id)}/${encodeURIComponent(service.id)}`}>{t('localServices.edit', { name: service.name })}</Link>
        )}
      </p>
    </div>
  );
}

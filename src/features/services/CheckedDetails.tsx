import { useTranslation } from 'react-i18next';
import { monthsBetween, type CheckedDetail, type DirectoryEntry } from '../../domain/councils/directory';
import { safeWebsiteHref, telHref } from '../../domain/contacts/contacts';
import type { Council } from '../../domain/councils/types';
import { todayIso } from '../../domain/dates';
import { useFormatDate } from '../../ui/i18n/useFormatDate';

/** The site a detail was read on, as a person would say it ("leeds.gov.uk"). */
function siteOf(address: string): string {
  try {
    return new URL(address).hostname.replace(/^www\./, '');
  } catch {
    return address;
  }
}

/** A detail checked this many months ago or more says so, with how to check it again. */
const OLD_AFTER_MONTHS = 12;

function Checked({ detail }: { detail: CheckedDetail }) {
  const { t } = useTranslation('services');
  const formatDate = useFormatDate();
  const site = siteOf(detail.source);
  const old = monthsBetween(detail.checked, todayIso()) >= OLD_AFTER_MONTHS;
  return (
    <>
      <span className="service__checked">{t('council.known.checked', { date: formatDate(detail.checked), site })}</span>
      {old && <span className="service__old">{t('council.known.old', { site })}</span>}
    </>
  );
}

function Row({ label, detail, href }: { label: string; detail: CheckedDetail & { kind: Kind }; href: string | undefined }) {
  return (
    <div className="summary-list__row">
      <dt>{label}</dt>
      <dd>
        {href ? <a href={href}>{detail.kind === 'url' ? siteOf(detail.value) : detail.value}</a> : detail.value}{' '}
        <Checked detail={detail} />
      </dd>
    </div>
  );
}

type Kind = 'name' | 'url' | 'phone' | 'email';

/** Which details of the council's page or advice service were checked, for the part shown. */
export function knownDetails(entry: DirectoryEntry | undefined, part: 'info' | 'advice') {
  if (!entry) return [];
  if (part === 'info') return entry.page ? [{ kind: 'url' as const, ...entry.page }] : [];
  const a = entry.advice ?? {};
  return [
    ...(a.name ? [{ kind: 'name' as const, ...a.name }] : []),
    ...(a.url ? [{ kind: 'url' as const, ...a.url }] : []),
    ...(a.phone ? [{ kind: 'phone' as const, ...a.phone }] : []),
    ...(a.email ? [{ kind: 'email' as const, ...a.email }] : []),
  ];
}

/**
 * The checked web address, phone and email of a council's page or its advice service: tap to open,
 * call or write, each with the day and the site it was checked on, and a button that copies them
 * into the family's contacts.
 */
export function CheckedDetails({
  council,
  entry,
  part,
  onSave,
}: {
  council: Council;
  entry: DirectoryEntry;
  part: 'info' | 'advice';
  onSave: (details: { name: string; website: string; phone: string; email: string }) => void;
}) {
  const { t } = useTranslation('services');
  const details = knownDetails(entry, part);
  if (details.length === 0) return null;
  const serviceName = part === 'advice' ? entry.advice?.name?.value : undefined;
  const label = (kind: Kind) =>
    kind === 'name'
      ? t('council.known.nameLabel')
      : kind === 'url'
        ? t(part === 'info' ? `council.${council.nation}.info.pageLabel` : 'national.websiteLabel')
        : t(`national.${kind}Label`);
  const href = (d: (typeof details)[number]) =>
    d.kind === 'name' ? undefined : d.kind === 'url' ? safeWebsiteHref(d.value) : d.kind === 'phone' ? telHref(d.value) : `mailto:${d.value}`;
  const value = (kind: Kind) => details.find((d) => d.kind === kind)?.value ?? '';
  const name =
    serviceName ??
    (part === 'info' ? t(`council.${council.nation}.info.pageLabel`) + ` (${council.name})` : t(`council.${council.nation}.advice.heading`));
  return (
    <div className="council-known">
      <h3>{t('council.known.heading')}</h3>
      <dl className="summary-list">
        {details.map((d) => (
          <Row key={d.kind} label={label(d.kind)} detail={d} href={href(d)} />
        ))}
      </dl>
      <p>{t('council.known.change')}</p>
      <button
        type="button"
        className="link-button no-print"
        onClick={() => onSave({ name, website: value('url'), phone: value('phone'), email: value('email') })}
      >
        {t('council.known.save', { name })}
      </button>
    </div>
  );
}

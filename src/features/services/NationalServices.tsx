import { useTranslation } from 'react-i18next';
import { nationalServicesFor, type ContactDetail } from '../../content/services';
import { safeWebsiteHref, telHref } from '../../domain/contacts/contacts';
import type { Nation } from '../../domain/nations';
import { CopySearch } from './CopySearch';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { contentT } from '../../ui/i18n/contentText';

function Detail({ detail }: { detail: ContactDetail }) {
  const { t } = useTranslation('services');
  const formatDate = useFormatDate();
  const href =
    detail.kind === 'website'
      ? safeWebsiteHref(detail.value)
      : detail.kind === 'phone'
        ? telHref(detail.value)
        : `mailto:${detail.value}`;
  return (
    <div className="summary-list__row">
      <dt>{t(`national.${detail.kind}Label`)}</dt>
      <dd>
        {href ? <a href={href}>{detail.value}</a> : detail.value}
        <span className="service__checked">
          {' '}
          {t('national.checked', { date: formatDate(detail.source.checked) })}
        </span>
      </dd>
    </div>
  );
}

/** The national advice services for one nation, each with only checked contact details. */
export function NationalServices({ nation, headingLevel = 3, exclude = [] }: { nation: Nation; headingLevel?: 2 | 3; exclude?: string[] }) {
  const { t } = useTranslation('services');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul className="service-list">
      {nationalServicesFor(nation)
        .filter((s) => !exclude.includes(s.id))
        .map((s) => (
        <li key={s.id} className="card service">
          <Heading>{contentT(t)(`national.${s.id}.name`)}</Heading>
          <p>{contentT(t)(`national.${s.id}.what`)}</p>
          <p>{contentT(t)(`national.${s.id}.when`)}</p>
          {s.contacts.length > 0 ? (
            <dl className="summary-list">
              {s.contacts.map((c) => (
                <Detail key={`${c.kind}-${c.value}`} detail={c} />
              ))}
            </dl>
          ) : (
            <CopySearch text={contentT(t)(`national.${s.id}.search`)} />
          )}
        </li>
      ))}
    </ul>
  );
}

import { useTranslation } from 'react-i18next';
import { safeWebsiteHref, telHref, mailtoHref } from '../../domain/contacts/contacts';
import { useRoleLabel } from './useContacts';
import type { ContactRecord } from '../../domain/contacts/types';

/**
 * One contact's details as a description list (name as a heading, role, organisation, phone, email,
 * website, notes). Prints cleanly. `childName` is shown when the contact is about one child.
 */
export function ContactCard({
  contact,
  headingLevel = 2,
  childName,
  children,
}: {
  contact: ContactRecord;
  headingLevel?: 2 | 3 | 4;
  childName?: string;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation('services');
  const roleLabel = useRoleLabel();
  const Heading = `h${headingLevel}` as 'h2' | 'h3' | 'h4';
  const website = safeWebsiteHref(contact.website);
  const tel = telHref(contact.phone);
  const mailto = mailtoHref(contact.email);
  const rows: [string, React.ReactNode][] = [];
  rows.push([t('form.role'), roleLabel(contact.role)]);
  if (contact.organisation) rows.push([t('card.organisation'), contact.organisation]);
  if (contact.phone) rows.push([t('card.phone'), tel ? <a href={tel}>{contact.phone}</a> : contact.phone]);
  if (contact.email) rows.push([t('card.email'), mailto ? <a href={mailto}>{contact.email}</a> : contact.email]);
  if (contact.website) rows.push([t('card.website'), website ? <a href={website}>{contact.website}</a> : contact.website]);
  if (contact.notes) rows.push([t('card.notes'), <span className="contact-card__notes">{contact.notes}</span>]);
  if (childName) rows.push([t('form.child'), childName]);
  return (
    <div className="card contact-card">
      <Heading className="contact-card__name">{contact.name}</Heading>
      <dl className="summary-list">
        {rows.map(([label, value]) => (
          <div className="summary-list__row" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </div>
  );
}

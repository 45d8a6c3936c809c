import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { draftFrom, emptyDraft, isContactRole, type ContactDraft } from '../../domain/contacts/contacts';
import { useRecord } from '../../storage/react';
import { Loading } from '../../ui/Loading';
import { Page } from '../../ui/Page';
import { ContactForm } from './ContactForm';
import { useContacts } from './useContacts';

/**
 * /help/contacts/new (optionally ?role=senco&childId=…, for links from the plan or letters) and
 * /help/contacts/:contactId to change one.
 */
export function ContactEditPage() {
  const { contactId } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation('services');
  const navigate = useNavigate();
  const { saveContact } = useContacts();
  const existing = useRecord('contacts', contactId);
  const isNew = !contactId;

  const done = (name?: string) => navigate('/help/contacts', { state: name ? { saved: name } : null });
  const save = async (draft: ContactDraft) => {
    const record = await saveContact(draft, existing ?? undefined);
    done(record.name);
  };

  if (!isNew && existing === undefined) return <Loading />;
  if (!isNew && existing === null) {
    return (
      <Page title={t('contacts.editTitle')}>
        <p>{t('contacts.notFound')}</p>
        <p>
          <Link to="/help/contacts">{t('contacts.back')}</Link>
        </p>
      </Page>
    );
  }
  const role = params.get('role');
  const initial = existing
    ? draftFrom(existing)
    : emptyDraft({ role: isContactRole(role) ? role : 'other', childId: params.get('childId') ?? '' });

  return (
    <Page title={isNew ? t('contacts.newTitle') : t('contacts.editTitle')}>
      <Link to="/help/contacts" className="back-link">
        {t('contacts.back')}
      </Link>
      <ContactForm key={existing?.id ?? 'new'} initial={initial} onSave={save} onCancel={() => done()} />
    </Page>
  );
}

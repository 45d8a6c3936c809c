import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { draftFrom, emptyDraft, isContactRole, type ContactDraft } from '../../domain/contacts/contacts';
import type { ContactRecord } from '../../domain/contacts/types';
import { useRecordRead } from '../../storage/react';
import { Loading } from '../../ui/primitives/Loading';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
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
  const read = useRecordRead('contacts', contactId);
  const existing = read.status === 'ready' ? read.value : undefined;
  const isNew = !contactId;
  // The contact as it was when the form opened: changes saved meanwhile in another tab are merged
  // with this form's, not overwritten.
  const [opened, setOpened] = useState<ContactRecord | null | undefined>(existing);
  if (opened === undefined && existing !== undefined) setOpened(existing);

  const done = (name?: string) => navigate('/help/contacts', { state: name ? { saved: name } : null });
  const save = async (draft: ContactDraft) => {
    const record = await saveContact(draft, opened ?? undefined);
    done(record.name);
  };

  if (!isNew && opened === undefined && read.status === 'failed') {
    // Never an empty form over a contact that is there: a save from it would write over it.
    return (
      <Page title={t('contacts.editTitle')}>
        <Link to="/help/contacts" className="back-link">
          {t('contacts.back')}
        </Link>
        <ReadFailed read={read} />
      </Page>
    );
  }
  if (!isNew && opened === undefined) return <Loading />;
  if (!isNew && opened === null) {
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
  const initial = opened
    ? draftFrom(opened)
    : emptyDraft({ role: isContactRole(role) ? role : 'other', childId: params.get('childId') ?? '' });

  return (
    <Page title={isNew ? t('contacts.newTitle') : t('contacts.editTitle')}>
      <Link to="/help/contacts" className="back-link">
        {t('contacts.back')}
      </Link>
      <ContactForm key={opened?.id ?? 'new'} initial={initial} onSave={save} onCancel={() => done()} />
    </Page>
  );
}

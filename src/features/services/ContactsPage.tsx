import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ContactRecord } from '../../domain/contacts/types';
import { failedRead, useListRead } from '../../storage/react';
import { Page } from '../../ui/primitives/Page';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { ContactCard } from './ContactCard';
import { useContacts } from './useContacts';
import { nationOf } from '../../domain/questionnaire/types';
import { textKeys } from '../../domain/textVariant';
import { contentT } from '../../ui/i18n/contentText';
import { useActiveChild } from '../../ui/records/useActiveChild';

/** /help/contacts — the family's contacts: add, change, delete (with undo). */
export function ContactsPage() {
  const { t } = useTranslation('services');
  const { contacts, failed, deleteContact, restoreContact } = useContacts();
  const { active } = useActiveChild();
  const nation = active ? nationOf(active.answers) : undefined;
  const childrenRead = useListRead('children');
  const children = childrenRead.status === 'ready' ? childrenRead.value : undefined;
  // Never "no contacts yet", and nothing that adds, changes or deletes, when they could not be read.
  const readFailure = failedRead(...(failed ? [failed] : []), childrenRead);
  const location = useLocation();
  const navigate = useNavigate();
  const savedName = (location.state as { saved?: string } | null)?.saved;
  const [message, setMessage] = useState(savedName ? t('contacts.saved', { name: savedName }) : '');
  const [deleted, setDeleted] = useState<ContactRecord | undefined>(undefined);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (deleted) notice.current?.focus();
  }, [deleted]);

  // "Saved …" is news once: clear it from history so a reload or coming back does not say it again.
  useEffect(() => {
    if (savedName) void navigate(location.pathname, { replace: true, state: null });
  }, [savedName, navigate, location.pathname]);

  const remove = async (c: ContactRecord) => {
    try {
      const record = await deleteContact(c.id);
      setDeleted(record ?? c);
      setMessage(t('contacts.deleted', { name: c.name }));
    } catch {
      setMessage(t('contacts.deleteFailed'));
    }
  };
  const undo = async () => {
    if (!deleted) return;
    const record = deleted;
    try {
      await restoreContact(record);
      setDeleted(undefined);
      setMessage(t('contacts.restored', { name: record.name }));
      // The Undo button goes away: keep keyboard focus on the message instead of losing it.
      requestAnimationFrame(() => notice.current?.focus());
    } catch {
      setMessage(t('form.saveFailed'));
    }
  };
  const childName = (id?: string) => {
    if (!id) return undefined;
    const index = children?.findIndex((c) => c.id === id) ?? -1;
    const child = children?.[index];
    return child ? child.displayName.trim() || t('form.childUnnamed', { number: index + 1 }) : undefined;
  };

  return (
    <Page title={t('contacts.title')}>
      <Link to="/help" className="back-link no-print">
        {t('council.back')}
      </Link>
      <p>{t('contacts.lead')}</p>
      <div ref={notice} tabIndex={-1} className="contacts-notice no-print">
        <p role="status" className="status-message">
          {message}
        </p>
        {deleted && (
          <button type="button" className="button button--secondary" onClick={() => void undo()}>
            {t('contacts.undo')}
          </button>
        )}
      </div>
      {readFailure && <ReadFailed read={readFailure} />}
      {!readFailure && (
        <p className="no-print">
          <Link to="/help/contacts/new" className="button">
            {t('contacts.add')}
          </Link>
        </p>
      )}
      {!readFailure && contacts && contacts.length === 0 && <p>{contentT(t)(textKeys('contacts.empty', { audience: 'parent', nation }))}</p>}
      {!readFailure && contacts && contacts.length > 0 && (
        <ul className="contact-list" aria-label={t('contacts.listLabel')}>
          {contacts.map((c) => (
            <li key={c.id}>
              <ContactCard contact={c} childName={childName(c.childId)}>
                <div className="button-row no-print">
                  <Link to={`/help/contacts/${c.id}`} className="button button--secondary" aria-label={t('contacts.editNamed', { name: c.name })}>
                    {t('contacts.edit')}
                  </Link>
                  <button
                    type="button"
                    className="button button--danger"
                    aria-label={t('contacts.deleteNamed', { name: c.name })}
                    onClick={() => void remove(c)}
                  >
                    {t('contacts.delete')}
                  </button>
                </div>
              </ContactCard>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

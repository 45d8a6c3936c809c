import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { contactsFor, toContactRecord, type ContactDraft } from '../../domain/contacts/contacts';
import type { ContactRecord, ContactRole } from '../../domain/contacts/types';
import { getStorage } from '../../storage';
import { saveMerged } from '../../storage/merged';
import { useListRead, type ReadFailure } from '../../storage/react';
import { nationOf } from '../../domain/questionnaire/types';
import { textKeys } from '../../domain/textVariant';
import { contentT } from '../../ui/i18n/contentText';
import { useActiveChild } from '../../ui/records/useActiveChild';

export interface UseContactsOptions {
  /** Only the whole family's contacts and this child's own. */
  childId?: string;
  /** Only these roles (e.g. ['senco', 'head-of-year'] for a letter to school). */
  roles?: readonly ContactRole[];
}

export interface UseContacts {
  /** Sorted by role (school first) then name; `undefined` while loading or when the read failed. */
  contacts: ContactRecord[] | undefined;
  /** The contacts could not be read: show this (`ui/records/ReadFailed`), never "no contacts yet". */
  failed: ReadFailure | undefined;
  /**
   * Saves a new contact, or changes `existing` (as it was when the form opened): merged with any
   * change saved meanwhile in another tab, field by field. Resolves to the stored record; rejects
   * with StorageError.
   */
  saveContact: (draft: ContactDraft, existing?: ContactRecord) => Promise<ContactRecord>;
  /** Deletes a contact. Resolves to the deleted record, so it can be restored (undo). */
  deleteContact: (id: string) => Promise<ContactRecord | undefined>;
  /** Puts a deleted record back exactly as it was. */
  restoreContact: (record: ContactRecord) => Promise<void>;
}

/**
 * The family's contacts, kept on the device (the `contacts` store), live across screens and tabs.
 * For the plan and letters: `const { contacts } = useContacts({ childId })`.
 */
export function useContacts(options: UseContactsOptions = {}): UseContacts {
  const read = useListRead('contacts');
  const all = read.status === 'ready' ? read.value : undefined;
  const failed = read.status === 'failed' ? read : undefined;
  const { childId, roles } = options;
  const rolesKey = roles?.join(',');
  const contacts = useMemo(
    () => (all ? contactsFor(all, childId, rolesKey ? (rolesKey.split(',') as ContactRole[]) : undefined) : undefined),
    [all, childId, rolesKey],
  );
  const saveContact = useCallback(async (draft: ContactDraft, existing?: ContactRecord) => {
    const record = toContactRecord(draft, existing);
    if (!existing) {
      await getStorage().put('contacts', record);
      return record;
    }
    return (await saveMerged('contacts', existing, record, { create: true })) ?? record;
  }, []);
  const deleteContact = useCallback(async (id: string) => {
    const storage = getStorage();
    const record = await storage.get('contacts', id);
    await storage.delete('contacts', id);
    return record;
  }, []);
  const restoreContact = useCallback((record: ContactRecord) => getStorage().put('contacts', record), []);
  return { contacts, failed, saveContact, deleteContact, restoreContact };
}

/**
 * The label for a role in the family's nation's words, e.g. "SENCo (leads on special educational
 * needs at school)", or in Wales "ALNCo (leads on additional learning needs at school)".
 */
export function useRoleLabel(): (role: ContactRole) => string {
  const { t } = useTranslation('services');
  const { active } = useActiveChild();
  const nation = active ? nationOf(active.answers) : undefined;
  return useCallback((role: ContactRole) => contentT(t)(textKeys(`roles.${role}`, { audience: 'parent', nation })), [t, nation]);
}

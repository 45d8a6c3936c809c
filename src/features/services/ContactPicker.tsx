import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContactRecord, ContactRole } from '../../domain/contacts/types';
import { useContactLine, useContacts } from './useContacts';

export interface ContactPickerProps {
  /** Visible label, in the caller's words (e.g. "Who is the letter to?"). */
  label: string;
  hint?: string;
  /** The chosen contact id, or '' / undefined for none. */
  value: string | undefined;
  onChange: (contactId: string, contact: ContactRecord | undefined) => void;
  childId?: string;
  roles?: readonly ContactRole[];
  /** Error text to show and link with aria-describedby. */
  error?: string;
  /** Show a link to add a contact (default true). */
  showAddLink?: boolean;
}

/** A labelled select of the family's contacts, for the plan and letters. */
export function ContactPicker({ label, hint, value, onChange, childId, roles, error, showAddLink = true }: ContactPickerProps) {
  const { t } = useTranslation('services');
  const { contacts } = useContacts({ childId, roles });
  const line = useContactLine();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint || contacts?.length === 0 ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {(hint || contacts?.length === 0) && (
        <span className="hint" id={hintId}>
          {[hint, contacts?.length === 0 ? t('picker.empty') : ''].filter(Boolean).join(' ')}
        </span>
      )}
      {error && (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      )}
      <select
        id={id}
        value={value ?? ''}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onChange(e.target.value, contacts?.find((c) => c.id === e.target.value))}
      >
        <option value="">{t('picker.none')}</option>
        {contacts?.map((c) => (
          <option key={c.id} value={c.id}>
            {line(c)}
          </option>
        ))}
      </select>
      {showAddLink && (
        <p>
          <Link to="/help/contacts/new">{t('picker.add')}</Link>
        </p>
      )}
    </div>
  );
}

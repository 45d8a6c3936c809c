import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { validateContact, type ContactDraft, type ContactField } from '../../domain/contacts/contacts';
import { CONTACT_ROLES, type ContactRole } from '../../domain/contacts/types';
import type { ChildRecord } from '../../domain/questionnaire/types';
import { useRoleLabel } from './useContacts';
import { useListRead } from '../../storage/react';
import { ReadFailed } from '../../ui/records/ReadFailed';
import { NAME_MAX, TEXT_MAX } from '../../domain/limits';
import { LimitNote } from '../../ui/primitives/LimitNote';

export interface ContactFormProps {
  initial: ContactDraft;
  /** The roles to offer (default: all). */
  roles?: readonly ContactRole[];
  submitLabel?: string;
  /** Saves; throw to keep the form open with a message (what was typed stays). */
  onSave: (draft: ContactDraft) => Promise<void>;
  onCancel?: () => void;
}

const FIELDS: ContactField[] = ['role', 'name', 'organisation', 'phone', 'email', 'website', 'notes', 'childId'];

/** Add or change a contact: labelled fields, errors summarised at the top and linked to each field. */
export function ContactForm({ initial, roles = CONTACT_ROLES, submitLabel, onSave, onCancel }: ContactFormProps) {
  const { t } = useTranslation('services');
  const roleLabel = useRoleLabel();
  const uid = useId();
  const fid = (f: ContactField) => `${uid}-${f}`;
  const [draft, setDraft] = useState<ContactDraft>(initial);
  const [errors, setErrors] = useState<Partial<Record<ContactField, string>>>({});
  const [saveFailed, setSaveFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const childrenRead = useListRead('children');
  const children = childrenRead.status === 'ready' ? childrenRead.value : undefined;
  const roleOptions = roles.includes(draft.role) ? roles : [draft.role, ...roles];

  const [touched, setTouched] = useState(false);
  const set = (field: ContactField, value: string) => {
    setTouched(true);
    setDraft((d) => ({ ...d, [field]: value }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = validateContact(draft);
    const messages: Partial<Record<ContactField, string>> = {};
    for (const f of FIELDS) {
      const code = found[f];
      if (code) messages[f] = t(`form.errors.${code}`);
    }
    setErrors(messages);
    setSaveFailed(false);
    if (Object.keys(messages).length > 0) {
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    setSaving(true);
    try {
      await onSave(draft);
    } catch {
      setSaveFailed(true);
    } finally {
      setSaving(false);
    }
  };

  const describedBy = (f: ContactField, hint?: boolean) =>
    [hint ? `${fid(f)}-hint` : '', errors[f] ? `${fid(f)}-error` : ''].filter(Boolean).join(' ') || undefined;
  const errorText = (f: ContactField) =>
    errors[f] ? (
      <p className="error-message" id={`${fid(f)}-error`}>
        <span className="visually-hidden">{t('form.errorSummary')}: </span>
        {errors[f]}
      </p>
    ) : null;
  const text = (f: 'name' | 'organisation' | 'phone' | 'email' | 'website', type: string, hint?: string, extra: object = {}) => (
    <div className="field">
      <label htmlFor={fid(f)}>{t(`form.${f}`)}</label>
      {hint && (
        <span className="hint" id={`${fid(f)}-hint`}>
          {hint}
        </span>
      )}
      {errorText(f)}
      <input
        id={fid(f)}
        type={type}
        value={draft[f]}
        onChange={(e) => set(f, e.target.value)}
        aria-describedby={describedBy(f, Boolean(hint))}
        aria-invalid={errors[f] ? true : undefined}
        maxLength={NAME_MAX}
        {...extra}
      />
      <LimitNote value={draft[f]} max={NAME_MAX} />
    </div>
  );
  const errorList = FIELDS.filter((f) => errors[f]);
  // The children could not be read before anything was typed: say so rather than offer a form that
  // cannot say which child a contact is for. Once typing has begun, the form stays (the child it was
  // for is kept) so nothing typed is lost.
  if (childrenRead.status === 'failed' && !touched) return <ReadFailed read={childrenRead} />;

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="contact-form">
      <ErrorSummary id={`${uid}-summary`} fields={errorList} errors={errors} fid={fid} summary={summary} />
      {saveFailed && (
        <p className="error-message" role="alert">
          {t('form.saveFailed')}
        </p>
      )}
      <div className="field">
        <label htmlFor={fid('role')}>{t('form.role')}</label>
        {errorText('role')}
        <select
          id={fid('role')}
          value={draft.role}
          onChange={(e) => set('role', e.target.value)}
          aria-describedby={describedBy('role')}
          aria-invalid={errors.role ? true : undefined}
        >
          {roleOptions.map((r) => (
            <option key={r} value={r}>
              {roleLabel(r)}
            </option>
          ))}
        </select>
      </div>
      {text('name', 'text', t('form.nameHint'), { autoComplete: 'off' })}
      {text('organisation', 'text', t('form.organisationHint'), { autoComplete: 'off' })}
      {text('phone', 'tel', undefined, { autoComplete: 'off', inputMode: 'tel' })}
      {text('email', 'email', undefined, { autoComplete: 'off', spellCheck: false })}
      {text('website', 'text', undefined, { autoComplete: 'off', inputMode: 'url', spellCheck: false })}
      <div className="field">
        <label htmlFor={fid('notes')}>{t('form.notes')}</label>
        <span className="hint" id={`${fid('notes')}-hint`}>
          {t('form.notesHint')}
        </span>
        <textarea
          id={fid('notes')}
          value={draft.notes}
          onChange={(e) => set('notes', e.target.value)}
          aria-describedby={`${fid('notes')}-hint`}
          maxLength={TEXT_MAX}
        />
        <LimitNote value={draft.notes} max={TEXT_MAX} />
      </div>
      {children && <ChildField id={fid('childId')} childList={children} value={draft.childId} onChange={(v) => set('childId', v)} />}
      <div className="button-row">
        <button type="submit" className="button" disabled={saving}>
          {submitLabel ?? t('form.save')}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('form.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** Which child the contact is for (or the whole family), when there are children to choose from. */
function ChildField({ id, childList, value, onChange }: { id: string; childList: ChildRecord[]; value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('services');
  if (childList.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id}>{t('form.child')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('contacts.wholeFamily')}</option>
        {childList.map((c, i) => (
          <option key={c.id} value={c.id}>
            {c.displayName.trim() || t('form.childUnnamed', { number: i + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The problems found, at the top of the form, each a link to its field; focused when it appears. */
function ErrorSummary({
  id,
  fields,
  errors,
  fid,
  summary,
}: {
  id: string;
  fields: ContactField[];
  errors: Partial<Record<ContactField, string>>;
  fid: (f: ContactField) => string;
  summary: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation('services');
  if (fields.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={id}>
      <h2 id={id}>{t('form.errorSummary')}</h2>
      <ul>
        {fields.map((f) => (
          <li key={f}>
            <a href={`#${fid(f)}`}>{errors[f]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

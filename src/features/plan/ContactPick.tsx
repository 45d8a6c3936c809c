import { useState } from 'react';
import { personFromContact } from '../../domain/plan/prefill';
import type { PlanPerson } from '../../domain/plan/types';
import { useList } from '../../storage/react';
import { usePlanText } from './text';

/** "Add someone from your contacts": the child's (and everyone's) contacts not yet in the plan. */
export function ContactPick({ childId, people, onAdd }: { childId: string; people: PlanPerson[]; onAdd: (person: PlanPerson) => void }) {
  const { t, translate } = usePlanText();
  const contacts = useList('contacts');
  const [contactPick, setContactPick] = useState('');
  const pickable = (contacts ?? []).filter((k) => (!k.childId || k.childId === childId) && !people.some((p) => p.contactId === k.id));
  if (pickable.length === 0) return null;
  return (
    <div className="field plan-pick">
      <label htmlFor="plan-pick-contact">{t('plan:fields.person.fromContacts')}</label>
      <select id="plan-pick-contact" value={contactPick} onChange={(e) => setContactPick(e.target.value)}>
        <option value="">{t('plan:fields.person.chooseContact')}</option>
        {pickable.map((k) => (
          <option key={k.id} value={k.id}>
            {[k.name, translate(`services:roles.${k.role}`)].filter(Boolean).join(', ')}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button button--secondary"
        disabled={!contactPick}
        onClick={() => {
          const contact = pickable.find((k) => k.id === contactPick);
          if (!contact) return;
          setContactPick('');
          onAdd(personFromContact(contact, translate));
        }}
      >
        {t('plan:fields.person.addContact')}
      </button>
    </div>
  );
}

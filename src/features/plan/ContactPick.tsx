import { useState } from 'react';
import { personFromContact } from '../../domain/plan/prefill';
import type { PlanPerson } from '../../domain/plan/types';
import type { ContactRecord } from '../../domain/contacts/types';
import type { Nation } from '../../domain/nations';
import { textKeys } from '../../domain/textVariant';
import { useListRead } from '../../storage/react';
import { usePlanText } from './text';

/** "Add someone from your contacts": the child's (and everyone's) contacts not yet in the plan. */
export function ContactPick({ childId, nation, people, onAdd }: { childId: string; nation: Nation | undefined; people: PlanPerson[]; onAdd: (person: PlanPerson) => void }) {
  const { t, translate } = usePlanText();
  const role = (r: ContactRecord['role']) => translate(textKeys(`services:roles.${r}`, { audience: 'parent', nation }));
  const contacts = useListRead('contacts');
  const [contactPick, setContactPick] = useState('');
  // Until the contacts are read (or when they could not be), there is nothing to pick from: the
  // plan itself stays usable, and the people typed in are not touched.
  const pickable = (contacts.status === 'ready' ? contacts.value : []).filter((k) => (!k.childId || k.childId === childId) && !people.some((p) => p.contactId === k.id));
  if (pickable.length === 0) return null;
  return (
    <div className="field plan-pick">
      <label htmlFor="plan-pick-contact">{t('plan:fields.person.fromContacts')}</label>
      <select id="plan-pick-contact" value={contactPick} onChange={(e) => setContactPick(e.target.value)}>
        <option value="">{t('plan:fields.person.chooseContact')}</option>
        {pickable.map((k) => (
          <option key={k.id} value={k.id}>
            {[k.name, role(k.role)].filter(Boolean).join(', ')}
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
          onAdd(personFromContact(contact, translate, nation));
        }}
      >
        {t('plan:fields.person.addContact')}
      </button>
    </div>
  );
}

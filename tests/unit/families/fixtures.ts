import type { PlanRecord } from '../../../src/domain/plan/types';
import { aChild, aContact, aFamily, aLetter, aPlan } from '../../support/builders';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import type { FamilyRecord } from '../../../src/domain/families/types';

export const NOW = '2026-03-02T10:00:00.000Z';

export function family(id: string, extra: Partial<FamilyRecord> = {}): FamilyRecord {
  return aFamily({ id, createdAt: NOW, updatedAt: NOW, ...extra });
}

export function child(id: string, familyId: string, answers: ChildRecord['answers'] = { nation: 'wales' }): ChildRecord & { familyId: string } {
  return { ...aChild({ id, displayName: id, createdAt: NOW, updatedAt: NOW, answers }), familyId };
}

export function plan(id: string, childId: string, familyId: string, words = 'She loves art'): PlanRecord & { familyId: string } {
  return { ...aPlan({ id, childId, createdAt: NOW, updatedAt: NOW }, { parentVoice: words }), familyId };
}

export function letter(id: string, childId: string, familyId: string): LetterRecord & { familyId: string } {
  return {
    ...aLetter({ id, childId, createdAt: NOW, updatedAt: NOW }),
    familyId,
    nation: 'wales',
    senderName: 'A parent',
    senderAddress: '1 Street',
    recipient: 'The council',
    subject: 'Request',
    greeting: 'Dear Sir or Madam',
    paragraphs: ['One.', 'Two.'],
    signOff: 'Yours faithfully',
    sentOn: '2026-03-01',
  };
}

export function contact(id: string, familyId: string, childId?: string): ContactRecord & { familyId: string } {
  return { ...aContact({ id, name: `Contact ${id}`, createdAt: NOW, updatedAt: NOW, ...(childId ? { childId } : {}) }), familyId };
}

/** A family with many children, each with a long plan and letters: big enough to need many codes. */
export function largeFamily(familyId: string, children = 6) {
  const data = { families: [family(familyId, { councilId: 'cardiff' })], children: [] as object[], plans: [] as object[], letters: [] as object[], contacts: [] as object[] };
  for (let i = 0; i < children; i++) {
    const c = `${familyId}-c${i}`;
    data.children.push(child(c, familyId, { nation: 'wales', name: `Child ${i} ŵ ✓`, barriers: ['anxiety', 'sensory'] }));
    data.plans.push(plan(`${c}-p`, c, familyId, `Words ${i} `.repeat(300) + 'Diolch yn fawr — “quotes” 😊'));
    data.letters.push(letter(`${c}-l1`, c, familyId), letter(`${c}-l2`, c, familyId));
    data.contacts.push(contact(`${c}-k`, familyId, c));
  }
  data.contacts.push(contact(`${familyId}-gp`, familyId));
  return data;
}

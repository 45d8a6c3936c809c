import { emptyContent, type PlanRecord } from '../../../src/domain/plan/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import type { FamilyRecord } from '../../../src/domain/families/types';

export const NOW = '2026-03-02T10:00:00.000Z';

export function family(id: string, extra: Partial<FamilyRecord> = {}): FamilyRecord {
  return { id, name: '', createdAt: NOW, updatedAt: NOW, ...extra };
}

export function child(id: string, familyId: string, answers: ChildRecord['answers'] = { nation: 'wales' }): ChildRecord & { familyId: string } {
  return { id, familyId, displayName: id, createdAt: NOW, updatedAt: NOW, answers, kept: [] };
}

export function plan(id: string, childId: string, familyId: string, words = 'She loves art'): PlanRecord & { familyId: string } {
  return {
    id,
    childId,
    familyId,
    createdAt: NOW,
    updatedAt: NOW,
    cycles: [{ number: 1, startedAt: NOW, content: { ...emptyContent(), parentVoice: words } }],
  };
}

export function letter(id: string, childId: string, familyId: string): LetterRecord & { familyId: string } {
  return {
    id,
    childId,
    familyId,
    templateId: 'ehc-request',
    createdAt: NOW,
    updatedAt: NOW,
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
  return { id, familyId, role: 'senco', name: `Contact ${id}`, createdAt: NOW, updatedAt: NOW, ...(childId ? { childId } : {}) };
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

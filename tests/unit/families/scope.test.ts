import { describe, expect, it } from 'vitest';
import { familyData, latestFamily, recordsToDelete, withoutRecords } from '../../../src/domain/families/scope';
import { child, contact, family, letter, plan } from './fixtures';

const data = () => ({
  families: [family('cardiff'), family('belfast')],
  children: [child('sam', 'cardiff'), child('ali', 'cardiff'), child('niamh', 'belfast')],
  plans: [plan('p-sam', 'sam', 'cardiff'), plan('p-niamh', 'niamh', 'belfast')],
  letters: [letter('l-sam', 'sam', 'cardiff'), letter('l-ali', 'ali', 'cardiff'), letter('l-niamh', 'niamh', 'belfast')],
  contacts: [contact('k-sam', 'cardiff', 'sam'), contact('k-cardiff', 'cardiff'), contact('k-belfast', 'belfast')],
  // A store added later: scoped as soon as its records carry a familyId.
  attendance: [{ id: 'a1', familyId: 'cardiff', childId: 'sam' }, { id: 'a2', familyId: 'belfast', childId: 'niamh' }],
  settings: [{ id: 'language', value: 'cy' }],
});

describe('one family at a time', () => {
  it('a family’s data holds its own records only, in every store, and no device settings', () => {
    const cardiff = familyData(data(), 'cardiff');
    expect(cardiff.families.map((f) => f.id)).toEqual(['cardiff']);
    expect(cardiff.children.map((c) => c.id)).toEqual(['sam', 'ali']);
    expect(cardiff.plans.map((p) => p.id)).toEqual(['p-sam']);
    expect(cardiff.letters.map((l) => l.id)).toEqual(['l-sam', 'l-ali']);
    expect(cardiff.contacts.map((c) => c.id)).toEqual(['k-sam', 'k-cardiff']);
    expect(cardiff.attendance.map((c) => c.id)).toEqual(['a1']);
    expect(cardiff.settings).toEqual([]);
    expect(JSON.stringify(cardiff)).not.toContain('belfast');
  });

  it('leaves private stores out', () => {
    const d = { ...data(), notes: [{ id: 'n1', familyId: 'cardiff', text: 'private' }] };
    expect(familyData(d, 'cardiff', { privateStores: ['notes'] }).notes).toEqual([]);
    expect(familyData(d, 'cardiff').notes).toHaveLength(1);
  });

  it('the family shown first is the one changed last', () => {
    expect(latestFamily([family('a', { updatedAt: '2026-01-01' }), family('b', { updatedAt: '2026-02-01' })])?.id).toBe('b');
    expect(latestFamily([])).toBeUndefined();
  });
});

describe('what a delete removes', () => {
  it('a child: the child and every record about it in any store, and nothing else', () => {
    const set = recordsToDelete(data(), { kind: 'child', id: 'sam' });
    expect(set).toEqual({ children: ['sam'], plans: ['p-sam'], letters: ['l-sam'], contacts: ['k-sam'], attendance: ['a1'] });
    const after = withoutRecords(data(), set);
    expect(JSON.stringify(after)).not.toMatch(/"sam"|p-sam|l-sam|k-sam/);
    // The family's other child, its family-wide contact and the other family are untouched.
    expect(after.children.map((c) => c.id)).toEqual(['ali', 'niamh']);
    expect(after.contacts.map((c) => c.id)).toEqual(['k-cardiff', 'k-belfast']);
  });

  it('a family: the family record and everything with its id, the other family untouched', () => {
    const set = recordsToDelete(data(), { kind: 'family', id: 'cardiff' });
    const after = withoutRecords(data(), set);
    expect(JSON.stringify(after)).not.toContain('cardiff');
    expect(after.families.map((f) => f.id)).toEqual(['belfast']);
    expect(after.children.map((c) => c.id)).toEqual(['niamh']);
    expect(after.attendance.map((c) => c.id)).toEqual(['a2']);
    expect(after.settings).toEqual([{ id: 'language', value: 'cy' }]);
  });
});

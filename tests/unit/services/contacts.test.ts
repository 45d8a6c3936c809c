import { describe, expect, it } from 'vitest';
import {
  contactsFor,
  draftFrom,
  emptyDraft,
  safeWebsiteHref,
  sortContacts,
  telHref,
  toContactRecord,
  validateContact,
} from '../../../src/domain/contacts/contacts';
import type { ContactRecord } from '../../../src/domain/contacts/types';

const rec = (over: Partial<ContactRecord>): ContactRecord => ({
  id: over.name ?? 'x',
  role: 'other',
  name: 'x',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...over,
});

describe('contacts the family types', () => {
  it('needs only a name, and checks an email or phone only when one is given', () => {
    expect(validateContact(emptyDraft())).toEqual({ name: 'nameMissing' });
    expect(validateContact(emptyDraft({ name: 'Ms Patel' }))).toEqual({});
    expect(validateContact(emptyDraft({ name: 'A', email: 'not an email' }))).toEqual({ email: 'emailInvalid' });
    expect(validateContact(emptyDraft({ name: 'A', phone: 'ring the office' }))).toEqual({ phone: 'phoneInvalid' });
    expect(validateContact(emptyDraft({ name: 'A', phone: '+44 (0)118 496-0000', email: 'a@b.co' }))).toEqual({});
  });

  it('stores trimmed text, drops empty fields, and keeps the id and created date when changed', () => {
    const first = toContactRecord(emptyDraft({ role: 'senco', name: '  Ms Patel ', organisation: ' ', phone: '0118' }), undefined, '2026-01-01T00:00:00Z');
    expect(first).toMatchObject({ role: 'senco', name: 'Ms Patel', phone: '0118', createdAt: '2026-01-01T00:00:00Z' });
    expect('organisation' in first).toBe(false);
    const changed = toContactRecord({ ...draftFrom(first), notes: 'Mondays' }, first, '2026-02-01T00:00:00Z');
    expect(changed).toMatchObject({ id: first.id, createdAt: first.createdAt, updatedAt: '2026-02-01T00:00:00Z', notes: 'Mondays' });
  });

  it('lists school contacts first, then by name, and a child’s own contacts only for that child', () => {
    const list = [
      rec({ name: 'Dr Jones', role: 'gp' }),
      rec({ name: 'Mr Brown', role: 'senco', childId: 'sam' }),
      rec({ name: 'Ms Adams', role: 'senco' }),
      rec({ name: 'Ms Green', role: 'head-of-year', childId: 'alex' }),
    ];
    expect(sortContacts(list).map((c) => c.name)).toEqual(['Mr Brown', 'Ms Adams', 'Ms Green', 'Dr Jones']);
    expect(contactsFor(list, 'sam').map((c) => c.name)).toEqual(['Mr Brown', 'Ms Adams', 'Dr Jones']);
    expect(contactsFor(list, undefined, ['gp']).map((c) => c.name)).toEqual(['Dr Jones']);
  });

  it('links only to web pages and phone numbers, never to scripts', () => {
    expect(safeWebsiteHref('westberks.example')).toBe('https://westberks.example/');
    expect(safeWebsiteHref('javascript:alert(1)')).toBeUndefined();
    expect(safeWebsiteHref('two words')).toBeUndefined();
    expect(telHref('0118 496 0000')).toBe('tel:01184960000');
    expect(telHref('none')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import enPlan from '../../../locales/en/plan.json';
import { testI18n } from '../../support/render';
import { mailtoHref, validateContact, emptyDraft } from '../../../src/domain/contacts/contacts';
import { importRecords, planImport } from '../../../src/domain/import';
import { childSnapshot } from '../../../src/domain/plan/export';
import { emptyContent, type PlanRecord } from '../../../src/domain/plan/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import { createStorage } from '../../../src/storage/storage';
import { SCHEMA_VERSION } from '../../../src/storage';
import { emptyData } from '../../../src/domain/schema';
import { isolate } from '../../../src/ui/i18n/bidi';

const TITLE = enPlan.editor.title;

const NOW = '2026-03-02T10:00:00.000Z';

describe('a right-to-left override in a name (fault 7)', () => {
  it('is isolated wherever a name goes into one of our sentences, and plain names are left alone', async () => {
    // The app's own i18next set-up (the tests' screens use the same interpolation).
    const i18n = await testI18n();
    const evil = '\u202Eeman gnol';
    const title = (name: string) => i18n.t('plan:editor.title', { name });
    expect(title(evil)).toBe(TITLE.replace('{{name}}', `\u2068${evil}\u2069`));
    expect(title('Sam')).toBe(TITLE.replace('{{name}}', 'Sam'));
    expect(isolate('سارا')).toBe('\u2068سارا\u2069');
    expect(title('<b>x</b>')).toBe(TITLE.replace('{{name}}', '<b>x</b>'));
  });
});

describe('an email address (fault 7)', () => {
  it('makes a mailto: link with nothing added (no subject, body or other recipients)', () => {
    expect(mailtoHref('sam@example.org')).toBe('mailto:sam@example.org');
    expect(mailtoHref('zoë@example.cymru')).toBe('mailto:zoë@example.cymru');
    for (const bad of ['a@b.co?body=Send%20money', 'a@b.co&cc=x@y.z', 'a@b.co,x@y.z', 'a@b.co#x', 'javascript:alert(1)//@b.co', 'not an email']) {
      expect(mailtoHref(bad), bad).toBeUndefined();
    }
    expect(validateContact(emptyDraft({ name: 'A', email: 'a@b.co?body=hi' }))).toEqual({ email: 'emailInvalid' });
  });
});

describe('a database that never opens (fault 7)', () => {
  it('carries on in memory and says so, instead of “Loading…” for good', async () => {
    const storage = createStorage(() => new Promise(() => {}), 'never-opens', { openTimeout: 50 });
    await storage.ready();
    expect(storage.status()).toEqual({ mode: 'memory', problem: 'memory' });
    await storage.put('settings', { id: 'x', value: 1 });
    expect(await storage.get('settings', 'x')).toEqual({ id: 'x', value: 1 });
  });
});

describe('what a plan file holds (fault 8)', () => {
  const child: ChildRecord = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'wales', 'child-name': 'Sam', barriers: ['anxiety'], 'what-helped': 'Quiet room' }, kept: ['k'], position: 'check' };
  const plan: PlanRecord = { id: 'p1', childId: 'c1', createdAt: NOW, updatedAt: NOW, cycles: [{ number: 1, startedAt: NOW, content: emptyContent() }] };
  const letter = { id: 'l1', childId: 'c1' } as LetterRecord;
  const contact = { id: 'k1', name: 'Ms Patel', notes: 'private', role: 'senco' } as ContactRecord;
  const all = { schemaVersion: SCHEMA_VERSION, data: { ...emptyData(), children: [child], plans: [plan], letters: [letter], contacts: [contact], settings: [{ id: 'councilId', value: 'x' }] } };

  it('holds only what the family chose', () => {
    const planOnly = childSnapshot(all, 'c1', 'plan').data;
    expect(planOnly.plans).toEqual([plan]);
    expect(planOnly.children[0]?.answers).toEqual({ nation: 'wales', 'child-name': 'Sam' });
    expect(planOnly.letters).toEqual([]);
    expect(planOnly.contacts).toEqual([]);
    const answers = childSnapshot(all, 'c1', 'answers').data;
    expect(answers.children).toEqual([child]);
    expect(answers.letters).toEqual([]);
    expect(answers.contacts).toEqual([]);
    const everything = childSnapshot(all, 'c1', 'everything').data;
    expect(everything.letters).toEqual([letter]);
    expect(everything.contacts).toEqual([contact]);
    expect(everything.settings).toEqual([]);
  });

  it('never lets a plan-only file replace the fuller answers on a device', () => {
    const incoming = childSnapshot(all, 'c1', 'plan');
    expect(planImport(incoming, all).conflicts).toEqual([]);
    expect(importRecords(incoming, all, 'replace').children).toBeUndefined();
    const empty = { schemaVersion: SCHEMA_VERSION, data: emptyData() };
    expect(importRecords(incoming, empty, 'replace').children?.[0]?.displayName).toBe('Sam');
  });
});

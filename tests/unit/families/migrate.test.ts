import { describe, expect, it } from 'vitest';
import { intoOneFamily } from '../../../src/domain/families/migrate';
import { NOW, letter, plan } from './fixtures';

const oldChild = (id: string) => ({ id, displayName: id, createdAt: NOW, updatedAt: NOW, answers: {}, kept: [] });
const strip = <T extends { familyId?: string }>({ familyId: _f, ...rest }: T) => rest;

describe('putting what is on the device into one family', () => {
  const before = {
    children: [oldChild('sam')],
    plans: [strip(plan('p-sam', 'sam', '')), strip(plan('p-gone', 'deleted-child', ''))],
    letters: [strip(letter('l-gone', 'deleted-child', ''))],
    contacts: [
      { id: 'k1', role: 'gp', name: 'Dr A', createdAt: NOW, updatedAt: NOW },
      { id: 'k2', role: 'senco', name: 'Ms B', childId: 'deleted-child', createdAt: NOW, updatedAt: NOW },
    ],
    settings: [
      { id: 'councilId', value: 'cardiff' },
      { id: 'lettersNation', value: 'wales' },
      { id: 'activeChildId', value: 'sam' },
      { id: 'letterLanguage', value: 'cy' },
      { id: 'language', value: 'cy' },
    ],
  };

  it('gives every record the family’s id and moves the family’s settings onto it', () => {
    const out = intoOneFamily(before, { familyId: 'f1', now: NOW });
    expect(out.families).toEqual([
      { id: 'f1', name: '', createdAt: NOW, updatedAt: NOW, councilId: 'cardiff', lettersNation: 'wales', activeChildId: 'sam', letterLanguage: 'cy' },
    ]);
    for (const store of ['children', 'plans', 'letters', 'contacts']) {
      for (const r of out[store]!) expect(r).toMatchObject({ familyId: 'f1' });
    }
    // Device settings stay; the family's ones are gone from the device.
    expect(out.settings).toEqual([{ id: 'language', value: 'cy' }]);
  });

  it('removes records whose child no longer exists', () => {
    const out = intoOneFamily(before, { familyId: 'f1', now: NOW });
    expect(JSON.stringify(out)).not.toContain('deleted-child');
    expect(out.plans!.map((p) => (p as { id: string }).id)).toEqual(['p-sam']);
    expect(out.letters).toEqual([]);
    expect(out.contacts!.map((c) => (c as { id: string }).id)).toEqual(['k1']);
  });

  it('keeps everything else exactly', () => {
    const out = intoOneFamily(before, { familyId: 'f1', now: NOW });
    expect(out.children).toEqual([{ ...oldChild('sam'), familyId: 'f1' }]);
  });

  it('makes no family on a device with nothing on it, and drops settings that make no sense', () => {
    expect(intoOneFamily({ children: [], settings: [{ id: 'language', value: 'en' }] }, { familyId: 'f1', now: NOW }).families).toEqual([]);
    const odd = intoOneFamily(
      { children: [oldChild('a')], settings: [{ id: 'lettersNation', value: 'atlantis' }, { id: 'activeChildId', value: 'gone' }] },
      { familyId: 'f1', now: NOW },
    );
    expect(odd.families).toEqual([{ id: 'f1', name: '', createdAt: NOW, updatedAt: NOW }]);
    expect(odd.settings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/domain/limits';
import { recordSchemas, storedSchemas } from '../../../src/domain/recordSchemas';
import { STORE_NAMES, type StoreName } from '../../../src/domain/schema';
import { aCase, aChild, aContact, aDiaryDay, aFamily, aLetter, aLogEntry, aNote, aPlan, aSetting } from '../../support/builders';

/** Every store a family's data is kept in, and the builder the tests make its records with. */
const builders: { [K in Exclude<StoreName, 'localPacks'>]: () => object } = {
  families: aFamily,
  children: aChild,
  plans: aPlan,
  letters: aLetter,
  contacts: aContact,
  notes: aNote,
  settings: aSetting,
  attendance: aDiaryDay,
  contactLog: aLogEntry,
  cases: aCase,
};

describe('the tests’ builders', () => {
  it('have one for every store a family’s records are kept in (local packs have their own file format)', () => {
    expect(Object.keys(builders).sort()).toEqual(STORE_NAMES.filter((s) => s !== 'localPacks').sort());
  });

  it.each(Object.entries(builders))('make a %s record its schema accepts, as held and once saved into a family', (store, build) => {
    const record = build();
    expect(recordSchemas[store as StoreName].safeParse(record).error).toBeUndefined();
    const saved = store === 'families' || store === 'settings' ? record : { ...record, familyId: 'f1' };
    expect(storedSchemas[store as StoreName].safeParse(saved).error).toBeUndefined();
  });

  it('take overrides, and the schema refuses what no family could save', () => {
    expect(aChild({ displayName: 'Alex', answers: { nation: 'wales' } })).toMatchObject({ id: 'c1', displayName: 'Alex', answers: { nation: 'wales' } });
    expect(aPlan({ id: 'p2' }, { interests: 'Lego' }).cycles[0]?.content.interests).toBe('Lego');
    const tooLong = recordSchemas.children.safeParse(aChild({ displayName: 'x'.repeat(LIMITS.name + 1) }));
    expect(tooLong.error?.issues[0]?.message).toBe('too-big:name');
    expect(recordSchemas.letters.safeParse(aLetter({ sentOn: '2026-02-30' })).error?.issues[0]?.message).toBe('bad-date');
  });
});

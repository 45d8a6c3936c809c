import { beforeEach, describe, expect, it } from 'vitest';
import { getStorage, keepUnsaved, readUnsaved } from '../../../src/storage';
import { freshStorage } from '../../support/storage';

beforeEach(async () => {
  sessionStorage.clear();
  await freshStorage();
});

describe('typing kept in the tab while the device is full', () => {
  it('is read back after a reload of the page', () => {
    expect(keepUnsaved('plan:c1', { base: { a: '' }, mine: { a: 'We want' } })).toBe(true);
    expect(readUnsaved('plan:c1')).toEqual({ base: { a: '' }, mine: { a: 'We want' } });
    expect(readUnsaved('plan:c2')).toBeUndefined();
  });

  it('goes when everything is deleted, so nothing of the family is left in the tab', async () => {
    keepUnsaved('letter:l1', { base: {}, mine: { note: 'private words' } });
    await getStorage().clearAll();
    expect(readUnsaved('letter:l1')).toBeUndefined();
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('private words');
  });

  it('goes when a family is deleted (a volunteer’s session ending)', async () => {
    await getStorage().put('children', { id: 'c1', displayName: 'Sam', createdAt: '2026-11-01T10:00:00.000Z', updatedAt: '2026-11-01T10:00:00.000Z', answers: {}, kept: [] });
    const familyId = getStorage().familyId()!;
    keepUnsaved('plan:c1', { base: {}, mine: { note: 'private words' } });
    await getStorage().deleteFamily(familyId);
    expect(readUnsaved('plan:c1')).toBeUndefined();
  });
});

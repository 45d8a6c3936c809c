import { describe, expect, it } from 'vitest';
import { openIndexedDbBackend } from '../../../src/storage/indexeddb';
import { createStorage } from '../../../src/storage/storage';
import type { Backend } from '../../../src/storage/backend';
import { NOW, child } from '../families/fixtures';

let n = 0;

/** A database whose list of families cannot be read while `broken.families` is on. */
async function storageWithBrokenFamilies() {
  const name = `unresolved-${++n}-${Math.random().toString(36).slice(2)}`;
  const broken = { families: false };
  const seed = createStorage(() => openIndexedDbBackend({ name }), `${name}-seed`);
  const familyId = await seed.addFamily('The Joneses');
  await seed.put('children', { ...child('c1', familyId), updatedAt: NOW });
  broken.families = true;
  const storage = createStorage(async () => {
    const b: Backend = await openIndexedDbBackend({ name });
    const list = b.list.bind(b);
    return { ...b, list: ((store) => (store === 'families' && broken.families ? Promise.reject(new Error('unreadable')) : list(store))) as Backend['list'] };
  }, `${name}-channel`);
  await storage.ready();
  return { storage, broken, familyId };
}

describe('when which family is on screen cannot be read', () => {
  it('says so in the storage status, and a family-owned read fails rather than looking empty', async () => {
    const { storage } = await storageWithBrokenFamilies();
    expect(storage.status().problem).toBe('unread');
    await expect(storage.list('children')).rejects.toThrow();
  });

  it('makes no new family for a record saved meanwhile (the real family is only unread)', async () => {
    const { storage } = await storageWithBrokenFamilies();
    await expect(storage.put('letters', { id: 'l1' } as never)).rejects.toThrow();
    expect(storage.familyId()).toBeUndefined();
  });

  it('reads the family again on the next read once it can, and the problem goes', async () => {
    const { storage, broken, familyId } = await storageWithBrokenFamilies();
    broken.families = false;
    expect((await storage.list('children')).map((c) => c.id)).toEqual(['c1']);
    expect(storage.familyId()).toBe(familyId);
    expect(storage.status().problem).toBeUndefined();
  });
});

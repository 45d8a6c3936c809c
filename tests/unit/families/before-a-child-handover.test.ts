// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { encodeHandover, readHandover } from '../../../src/domain/handover';
import { importRecords } from '../../../src/domain/import';
import { unreachable } from '../../../src/domain/importLinks';
import { PRIVATE_STORES } from '../../../src/domain/schema';
import { getStorage } from '../../../src/storage';
import { freshStorage } from '../../support/storage';
import { contact, letter } from './fixtures';

/** A volunteer who starts at Letters with a family: a letter and a contact that belong to no child yet. */
async function makeBeforeAnyChild() {
  const storage = getStorage();
  await storage.put('letters', { ...letter('first-letter', '', ''), familyId: undefined } as never);
  await storage.put('contacts', { ...contact('family-gp', ''), familyId: undefined } as never);
}

beforeEach(async () => {
  await freshStorage();
});

async function everything() {
  return (await getStorage().snapshot()).data;
}

describe('things made before any child, through the QR hand-over', () => {
  it('the volunteer’s first letter reaches the family’s phone', async () => {
    await makeBeforeAnyChild();
    const snapshot = await getStorage().snapshot({ forExport: true, familyId: getStorage().familyId() });
    for (const s of PRIVATE_STORES) snapshot.data[s] = [];
    const codes = await encodeHandover(JSON.stringify(toBackupFile(snapshot)));
    await getStorage().clearAll();
    const read = await readHandover(codes);
    expect(read).toMatchObject({ ok: true });
    if (!read.ok) return;
    await getStorage().putMany(importRecords(read.snapshot, await getStorage().snapshot(), 'replace'));
    const data = await everything();
    expect(data.letters.map((l) => [l.id, l.childId])).toEqual([['first-letter', '']]);
    expect(data.contacts.map((c) => c.id)).toEqual(['family-gp']);
    expect(unreachable(data)).toEqual([]);
  });
});


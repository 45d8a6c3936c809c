import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { importRecords, type ImportChoice } from '../../../src/domain/import';
import { unreachable } from '../../../src/domain/importLinks';
import { type Snapshot } from '../../../src/domain/schema';
import { getStorage } from '../../../src/storage';
import { checkBackupText } from '../../../src/domain/checkBackup';
import { freshStorage } from '../../support/storage';
import { NOW, child, contact, letter, plan } from './fixtures';

/*
 * Things a family can make before any child exists (a first letter from /letters, a contact for
 * the whole family): they belong to their family, not to a child yet. Every way out and back in
 * (a copy of everything, a hand-over) must bring them back, onto an empty device or a full one.
 */

/** What a parent makes who starts at Letters: a letter and a contact that belong to no child. */
async function makeBeforeAnyChild() {
  const storage = getStorage();
  await storage.put('letters', { ...letter('first-letter', '', ''), familyId: undefined } as never);
  await storage.put('contacts', { ...contact('family-gp', ''), familyId: undefined } as never);
}

/** "Save a copy of everything", as the settings screen writes it. */
async function saveEverything(): Promise<string> {
  return JSON.stringify(toBackupFile(await getStorage().snapshot({ forExport: true })));
}

/** Open the file through the same check and import the file box uses, with the person's choice. */
async function open(text: string, choice: ImportChoice = 'replace') {
  const existing = await getStorage().snapshot();
  const { parsed } = checkBackupText(text, existing);
  if (!parsed.ok) return parsed;
  await getStorage().putMany(importRecords(parsed.snapshot, existing, choice, { copyName: (n) => `${n} (from file)` }));
  return parsed;
}

async function everything(): Promise<Snapshot['data']> {
  return (await getStorage().snapshot()).data;
}

beforeEach(async () => {
  await freshStorage();
});

describe('things made before any child, through a copy of everything', () => {
  it('a first letter and a family contact come back after "Delete everything"', async () => {
    await makeBeforeAnyChild();
    const file = await saveEverything();
    await getStorage().clearAll();
    const result = await open(file);
    expect(result).toMatchObject({ ok: true });
    const data = await everything();
    expect(data.letters.map((l) => [l.id, l.childId])).toEqual([['first-letter', '']]);
    expect(data.contacts.map((c) => c.id)).toEqual(['family-gp']);
    expect(unreachable(data)).toEqual([]);
  });

  for (const choice of ['keep-both', 'replace'] as const) {
    it(`"${choice}" onto a device with data keeps the first letter, in its family`, async () => {
      await makeBeforeAnyChild();
      const file = await saveEverything();
      // The device goes on: a child is added, and the letter is changed after the copy was saved.
      const familyId = getStorage().familyId()!;
      await getStorage().put('children', child('sam', familyId));
      await getStorage().put('letters', { ...letter('first-letter', '', familyId), subject: 'Changed since' });
      const result = await open(file, choice);
      expect(result).toMatchObject({ ok: true });
      const data = await everything();
      const subjects = data.letters.map((l) => l.subject).sort();
      expect(subjects).toEqual(choice === 'keep-both' ? ['Changed since', 'Request'] : ['Request']);
      expect(data.letters.every((l) => l.childId === '' && l.familyId === familyId)).toBe(true);
      expect(unreachable(data)).toEqual([]);
    });
  }

  it('a first letter later linked to a child still round-trips, and so does an unlinked one beside it', async () => {
    await makeBeforeAnyChild();
    const familyId = getStorage().familyId()!;
    await getStorage().put('children', child('sam', familyId));
    await getStorage().put('letters', letter('linked', 'sam', familyId));
    const file = await saveEverything();
    await getStorage().clearAll();
    expect(await open(file)).toMatchObject({ ok: true });
    expect((await everything()).letters.map((l) => l.childId).sort()).toEqual(['', 'sam']);
  });
});

describe('records that do not belong are refused with a plain reason', () => {
  const file = (data: Partial<Snapshot['data']>) =>
    JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 3, exportedAt: NOW, data: { families: [{ id: 'a', name: 'A', createdAt: NOW, updatedAt: NOW }, { id: 'b', name: 'B', createdAt: NOW, updatedAt: NOW }], ...data } });

  it('a plan whose family is not its child’s family', async () => {
    const result = await open(file({ children: [child('sam', 'a')], plans: [plan('p', 'sam', 'b')] }));
    expect(result).toEqual({ ok: false, reason: 'links' });
    expect((await everything()).plans).toEqual([]);
  });

  it('a letter, diary day or log entry for a child the file does not hold', async () => {
    expect(await open(file({ children: [child('sam', 'a')], letters: [letter('l', 'nobody', 'a')] }))).toEqual({ ok: false, reason: 'links' });
    expect(await open(file({ contacts: [contact('k', 'a', 'nobody')] }))).toEqual({ ok: false, reason: 'links' });
  });
});

describe('a child of another family on this device is never taken over', () => {
  it('after "Replace", every plan is reachable from its own family, and nothing of the device moves', async () => {
    const storage = getStorage();
    await storage.putMany({
      families: [{ id: 'a', name: 'A', createdAt: NOW, updatedAt: NOW }],
      children: [child('sam', 'a')],
      plans: [plan('p-a', 'sam', 'a', 'Family A’s words')],
    });
    // A file where the same child id is in family B, with its own plan.
    const text = JSON.stringify({
      format: 'barriers-navigator-backup',
      schemaVersion: 3,
      exportedAt: NOW,
      data: { families: [{ id: 'b', name: 'B', createdAt: NOW, updatedAt: NOW }], children: [{ ...child('sam', 'b'), displayName: 'Sam B' }], plans: [plan('p-b', 'sam', 'b', 'Family B’s words')] },
    });
    for (const choice of ['replace', 'keep-both'] as const) {
      expect(await open(text, choice)).toMatchObject({ ok: true });
      const data = await everything();
      expect(unreachable(data)).toEqual([]);
      const samA = data.children.find((c) => c.id === 'sam')!;
      expect(samA.familyId).toBe('a');
      expect(data.plans.find((p) => p.childId === 'sam')?.cycles[0]!.content.parentVoice).toBe('Family A’s words');
      const samB = data.children.find((c) => c.familyId === 'b')!;
      expect(samB.displayName).toBe('Sam B');
      expect(data.plans.find((p) => p.childId === samB.id)?.cycles[0]!.content.parentVoice).toBe('Family B’s words');
    }
  });
});

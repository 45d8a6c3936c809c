import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { importRecords, type ImportChoice } from '../../../src/domain/import';
import { unreachable } from '../../../src/domain/importLinks';
import { LIMITS, NAME_MAX, TEXT_MAX } from '../../../src/domain/limits';
import { emptyContent } from '../../../src/domain/plan/types';
import type { Snapshot } from '../../../src/domain/schema';
import { getStorage } from '../../../src/storage';
import { checkBackupText } from '../../../src/domain/checkBackup';
import { rng } from '../../support/hostile';
import { freshStorage } from '../../support/storage';
import { NOW, child, contact, family, letter, plan } from './fixtures';

/*
 * Property: every copy of everything the app writes, from any data it accepted, reads back, on an
 * empty device and on one that already holds data ("Keep both" and "Replace"), and the copy
 * written after that reads back too. The data is generated at the limits the app keeps.
 */

type R = ReturnType<typeof rng>;
/** A text of exactly `n` characters, or a little under, sometimes ending in an emoji. */
const fill = (r: R, n: number) => {
  const s = r.pick(['x', 'ŵ', 'ab ', '😀', 'سارا ']).repeat(n).slice(0, n - r.int(2));
  return s.charCodeAt(s.length - 1) >= 0xd800 && s.charCodeAt(s.length - 1) <= 0xdbff ? s.slice(0, -1) : s;
};
const name = (r: R) => (r.next() < 0.6 ? fill(r, NAME_MAX) : 'Sam');
const text = (r: R) => (r.next() < 0.5 ? fill(r, TEXT_MAX) : 'Words');

function generated(seed: number): Partial<Snapshot['data']> {
  const r = rng(seed);
  const f = 'fam';
  const kids = Array.from({ length: 1 + r.int(2) }, (_, i) => ({
    ...child(`c${i}`, f),
    displayName: name(r),
    details: { fullName: name(r), school: name(r), parentName: name(r), parentAddress: text(r) },
  }));
  return {
    families: [family(f, { name: name(r) })],
    children: kids,
    plans: kids.map((k) => {
      const p = plan(`p-${k.id}`, k.id, f);
      p.cycles[0]!.content = { ...emptyContent(), parentVoice: text(r), strengths: [{ id: 's', text: text(r) }], people: [{ id: 'pp', name: name(r), role: text(r), reach: text(r) }] };
      return p;
    }),
    // A first letter (no child yet) beside a child's letter.
    letters: [{ ...letter('l0', '', f), senderName: name(r), paragraphs: [text(r), text(r)] }, { ...letter('l1', 'c0', f), subject: text(r) }],
    contacts: [{ ...contact('k0', f), name: name(r), organisation: name(r), notes: text(r) }, { ...contact('k1', f, 'c0'), name: name(r) }],
    attendance: [{ id: 'a0', familyId: f, childId: 'c0', date: '2026-02-02', status: 'late', note: text(r), reason: name(r), createdAt: NOW, updatedAt: NOW }],
    contactLog: [{ id: 'g0', familyId: f, childId: 'c0', date: '2026-02-03', who: name(r), how: 'call', said: text(r), agreed: text(r), createdAt: NOW, updatedAt: NOW }],
  };
}

async function saveEverything(): Promise<string> {
  return JSON.stringify(toBackupFile(await getStorage().snapshot({ forExport: true })));
}

async function open(file: string, choice: ImportChoice) {
  const existing = await getStorage().snapshot();
  const { parsed } = checkBackupText(file, existing);
  expect(parsed.ok ? 'accepted' : `refused: ${parsed.reason} ${'what' in parsed ? parsed.what : ''}`).toBe('accepted');
  if (!parsed.ok) return;
  const records = importRecords(parsed.snapshot, existing, choice, { copyName: (n) => `${n} (from file)` });
  await getStorage().putMany(records);
  expect(unreachable((await getStorage().snapshot()).data)).toEqual([]);
}

beforeEach(async () => {
  await freshStorage();
});

describe('every copy the app writes reads back', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`data at the limits (seed ${seed}): on an empty device, then onto a device with data, then again`, async () => {
      const data = generated(seed);
      await getStorage().putMany(data);
      const first = await saveEverything();
      expect(first.length).toBeLessThan(LIMITS.fileChars);

      // An empty device, after "Delete everything".
      await getStorage().clearAll();
      await open(first, 'replace');

      // A device with data: the same records, changed since, so every one clashes.
      const changed = structuredClone(data);
      for (const c of changed.children!) c.updatedAt = '2026-03-03T10:00:00.000Z';
      for (const p of changed.plans!) p.cycles[0]!.content.parentVoice = 'Changed here';
      for (const l of changed.letters!) l.subject = 'Changed here';
      await getStorage().putMany(changed);
      await open(first, seed % 2 ? 'keep-both' : 'replace');

      // What the device now holds (copies named "… (from file)" included) is saved and read back once more.
      const second = await saveEverything();
      await getStorage().clearAll();
      await open(second, 'replace');
      for (const c of (await getStorage().snapshot()).data.children) expect(c.displayName.length).toBeLessThanOrEqual(NAME_MAX);
    });
  }
});

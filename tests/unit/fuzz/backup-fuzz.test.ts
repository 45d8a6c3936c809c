import { describe, expect, it, vi } from 'vitest';
import { importRecords, sameData } from '../../../src/domain/import';
import { openIndexedDbBackend } from '../../../src/storage/indexeddb';
import { createStorage } from '../../../src/storage/storage';
import { emptyData, SCHEMA_VERSION, STORE_NAMES, type Snapshot } from '../../../src/domain/schema';

const emptySnapshot = (): Snapshot => ({ schemaVersion: SCHEMA_VERSION, data: emptyData() });
import { checkBackupText } from '../../../src/domain/checkBackup';
import { ALWAYS_REFUSED, hostileFiles, sixMillionEmptyObjects } from '../../support/hostile';
import { unreachable } from '../../../src/domain/importLinks';
import { emptyContent } from '../../../src/domain/plan/types';

const FILES = Number(process.env.FUZZ_FILES ?? 1_080);
const HANG_MS = 2_000;
const NOW = '2026-03-02T10:00:00.000Z';

/** What a family already has on the device: none of it may change, whatever file is opened. */
const onDevice: Partial<Snapshot['data']> = {
  families: [{ id: 'here', name: 'Here', createdAt: NOW, updatedAt: NOW }],
  children: [{ id: 'f0', familyId: 'here', displayName: 'Here', createdAt: NOW, updatedAt: NOW, answers: { nation: 'wales' }, kept: [] }],
  plans: [{ id: 'fp1', familyId: 'here', childId: 'f0', createdAt: NOW, updatedAt: NOW, cycles: [{ number: 1, startedAt: NOW, content: { ...emptyContent(), interests: 'On this device' } }] }],
  contacts: [{ id: 'fk1', familyId: 'here', role: 'gp', name: 'Dr Here', createdAt: NOW, updatedAt: NOW }],
  settings: [{ id: 'fileSetting', value: 'here' }, { id: 'activeFamilyId', value: 'here' }],
};

describe('hostile backup files through the real check and import', () => {
  it(`opens ${FILES} generated files: none throws, none hangs, none changes what is stored`, async () => {
    const storage = createStorage(() => openIndexedDbBackend({ name: 'fuzz' }), 'fuzz');
    await storage.ready();
    await storage.clearAll();
    await storage.putMany(onDevice);
    const before = await storage.snapshot();
    const decoder = new TextDecoder(); // as File.text(): UTF-8, bad bytes become U+FFFD
    /** Every record that was on the device is still there, exactly as it was. */
    const unchanged = async () => {
      const changed: string[] = [];
      for (const store of STORE_NAMES) {
        for (const record of before.data[store]) {
          const now = await storage.get(store, record.id);
          if (!now || !sameData(now, record)) changed.push(`${store}/${record.id}`);
        }
      }
      return changed;
    };

    const counts = { tried: 0, refused: 0, accepted: 0, thrown: 0, slow: 0, changed: 0 };
    const reasons: Record<string, number> = {};
    const problems: string[] = [];
    let slowest = 0;
    const byKind: Record<string, number> = {};
    for (const file of hostileFiles(FILES)) {
      counts.tried++;
      const start = performance.now();
      let wrote = false;
      try {
        const { parsed } = checkBackupText(decoder.decode(file.bytes), before);
        if (parsed.ok) {
          // 'keep-both' is the choice that promises to change nothing already here.
          const records = importRecords(parsed.snapshot, before, 'keep-both', { copyName: (n) => `${n} (from file)` });
          if (Object.keys(records).length) {
            await storage.putMany(records);
            wrote = true;
          }
          counts.accepted++;
          if (ALWAYS_REFUSED.includes(file.kind)) problems.push(`${file.kind}: accepted`);
          // Everything written is reachable from its family's screens.
          const lost = unreachable((await storage.snapshot()).data);
          if (lost.length) problems.push(`${file.kind}: unreachable ${lost.slice(0, 3).join(', ')}`);
        } else {
          counts.refused++;
          const key = parsed.reason === 'too-big' ? `too-big:${parsed.what}` : parsed.reason;
          reasons[key] = (reasons[key] ?? 0) + 1;
        }
      } catch (error) {
        counts.thrown++;
        problems.push(`${file.kind}: threw ${String(error).slice(0, 120)}`);
      }
      const took = performance.now() - start;
      slowest = Math.max(slowest, took);
      byKind[file.kind] = Math.round((byKind[file.kind] ?? 0) + took);
      if (took > HANG_MS && file.bytes.length < 5 * 1024 * 1024) {
        counts.slow++;
        problems.push(`${file.kind}: ${Math.round(took)} ms for ${file.bytes.length} bytes`);
      }
      const changed = await unchanged();
      if (changed.length) {
        counts.changed++;
        problems.push(`${file.kind}: changed ${changed.join(', ')}`);
      }
      if (wrote) {
        // Back to just the family's own records, so every file meets the same device.
        await storage.clearAll();
        await storage.putMany(onDevice);
      }
    }
    console.log('Fuzz: hostile backup files', { ...counts, slowestMs: Math.round(slowest) }, 'refused because', reasons, 'ms by kind', byKind);
    expect(problems).toEqual([]);
    expect(counts.tried).toBeGreaterThanOrEqual(1_000);
    expect(counts.thrown + counts.slow + counts.changed).toBe(0);
    // Both paths were really exercised.
    expect(counts.refused).toBeGreaterThan(500);
    expect(counts.accepted).toBeGreaterThan(20);
  }, 120_000);

  it('refuses six million empty objects (19 MB, every list within its limit) without building them', () => {
    const text = sixMillionEmptyObjects();
    expect(text.length).toBeGreaterThan(18_000_000);
    const parse = vi.spyOn(JSON, 'parse');
    const start = performance.now();
    try {
      const { parsed } = checkBackupText(text, emptySnapshot());
      expect(parsed).toEqual({ ok: false, reason: 'too-big', what: 'items' });
      expect(parse).not.toHaveBeenCalled();
    } finally {
      parse.mockRestore();
    }
    console.log(`Six million empty objects: refused in ${Math.round(performance.now() - start)} ms`);
  });

  it('refuses a file just over the count of objects once read, and opens the biggest a family could save', () => {
    const file = (data: Record<string, unknown>) => JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 1, exportedAt: NOW, data });
    const child = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: {}, kept: [] };
    const overItems = file({ children: [{ ...child, extra: Array.from({ length: 60 }, () => Array.from({ length: 2_000 }, () => ({}))) }] });
    expect(checkBackupText(overItems, emptySnapshot()).parsed).toEqual({ ok: false, reason: 'too-big', what: 'items' });
    const day = (i: number) => new Date(Date.UTC(2000, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const attendance = Array.from({ length: 20_000 }, (_, i) => ({ id: `a${i}`, childId: 'c1', date: day(i), status: 'in', createdAt: NOW, updatedAt: NOW }));
    const contactLog = Array.from({ length: 10_000 }, (_, i) => ({ id: `l${i}`, childId: 'c1', date: day(i), who: 'Ms Patel', how: 'email', said: 'Asked', agreed: '', createdAt: NOW, updatedAt: NOW }));
    const biggest = checkBackupText(file({ children: [child], attendance, contactLog }), emptySnapshot()).parsed;
    expect(biggest.ok).toBe(true);
    const tooMany = checkBackupText(file({ children: [child], attendance: [...attendance, { ...attendance[0]!, id: 'one-more' }] }), emptySnapshot()).parsed;
    expect(tooMany).toEqual({ ok: false, reason: 'too-big', what: 'attendance' });
  });
});

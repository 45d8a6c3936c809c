import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { openIndexedDbBackend } from '../../../src/storage/indexeddb';
import { createMemoryBackend } from '../../../src/storage/memory';
import { migrateData } from '../../../src/domain/migrate';
import { SCHEMA_VERSION, emptyData, type Snapshot } from '../../../src/domain/schema';
import { toBackupFile } from '../../../src/domain/backup';
import { importRecords, parseBackup } from '../../../src/domain/import';
import { childSnapshot } from '../../../src/domain/plan/export';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { Backend } from '../../../src/storage/backend';
import { contact, day } from './helpers';

const NOW = '2026-03-02T10:00:00.000Z';
const child = (id: string): ChildRecord => ({ id, familyId: 'f1', displayName: id, createdAt: NOW, updatedAt: NOW, answers: { nation: 'england' }, kept: [] });
const uniqueName = () => `records-db-${Math.random().toString(36).slice(2)}`;

async function behaves(backend: Backend) {
  await backend.putMany({
    children: [child('c1'), child('c2')],
    attendance: [day('2026-03-02', 'in', { id: 'a1' }), day('2026-03-02', 'not-in', { id: 'a2', childId: 'c2' })],
    contactLog: [contact('2026-03-02', { id: 'l1' }), contact('2026-03-02', { id: 'l2', childId: 'c2' })],
  });
  expect((await backend.listByChild('attendance', 'c1')).map((r) => r.id)).toEqual(['a1']);
  expect((await backend.listByChild('contactLog', 'c2')).map((r) => r.id)).toEqual(['l2']);
  await backend.deleteCascade({ kind: 'child', id: 'c1' });
  expect(await backend.get('children', 'c1')).toBeUndefined();
  expect(await backend.listByChild('attendance', 'c1')).toEqual([]);
  expect(await backend.listByChild('contactLog', 'c1')).toEqual([]);
  // The other child's records stay.
  expect((await backend.list('attendance')).map((r) => r.id)).toEqual(['a2']);
  expect((await backend.list('contactLog')).map((r) => r.id)).toEqual(['l2']);
}

describe('the diary and log stores', () => {
  it('read one child’s records through the index and are deleted with the child (IndexedDB)', async () => {
    const backend = await openIndexedDbBackend({ name: uniqueName() });
    await behaves(backend);
    backend.close();
  });

  it('do the same in memory (private browsing)', async () => {
    await behaves(createMemoryBackend());
  });

  it('are added to a database made by the previous version, keeping everything in it', async () => {
    const name = uniqueName();
    const old = await openDB(name, 1, {
      upgrade(db) {
        for (const s of ['children', 'plans', 'letters', 'contacts', 'settings', 'meta']) db.createObjectStore(s, { keyPath: 'id' });
      },
    });
    const { familyId: _f, ...before } = child('c1');
    await old.put('children', before);
    await old.put('meta', { id: 'schema', schemaVersion: 1 });
    old.close();
    const backend = await openIndexedDbBackend({ name });
    expect(await backend.get('children', 'c1')).toEqual({ ...before, familyId: expect.any(String) });
    await backend.put('attendance', day('2026-03-02', 'late', { id: 'a1' }));
    expect((await backend.listByChild('attendance', 'c1')).map((r) => r.status)).toEqual(['late']);
    backend.close();
    const raw = await openDB(name);
    expect(await raw.get('meta', 'schema')).toEqual({ id: 'schema', schemaVersion: SCHEMA_VERSION });
    expect([...raw.objectStoreNames]).toEqual(expect.arrayContaining(['attendance', 'contactLog']));
    raw.close();
  });

  it('migration step 2 gives old data an empty diary and log, and drops entries with no child', () => {
    const out = migrateData({ children: [child('c1')] }, 1, 2);
    expect(out.attendance).toEqual([]);
    expect(out.contactLog).toEqual([]);
    expect(migrateData({ attendance: [{ id: 'x' }, day('2026-03-02', 'in')] }, 1, 2).attendance).toHaveLength(1);
  });
});

describe('the diary and log in saved files', () => {
  const family = { id: 'f1', name: '', createdAt: NOW, updatedAt: NOW };
  const snap = (data: Partial<Snapshot['data']>): Snapshot => ({ schemaVersion: SCHEMA_VERSION, data: { ...emptyData(), families: [family], ...data } });

  it('go into a backup and come back out exactly, including words with markup', () => {
    const data = { children: [child('c1')], attendance: [day('2026-03-02', 'not-in', { note: '<script>x</script> مرحبا' })], contactLog: [contact('2026-03-03', { followUpOn: '2026-03-10' })] };
    const parsed = parseBackup(JSON.stringify(toBackupFile(snap(data))));
    expect(parsed.ok && parsed.snapshot.data.attendance).toEqual(data.attendance);
    expect(parsed.ok && parsed.snapshot.data.contactLog).toEqual(data.contactLog);
  });

  it('an older file, from before the diary, still opens', () => {
    const file = { format: 'barriers-navigator-backup', schemaVersion: 1, exportedAt: NOW, data: { children: [child('c1')], plans: [], letters: [], contacts: [], settings: [] } };
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok && parsed.snapshot.data.attendance).toEqual([]);
  });

  it('a file with a damaged diary day is refused as a whole', () => {
    const bad = toBackupFile(snap({ children: [child('c1')], attendance: [{ ...day('2026-03-02', 'in'), status: 'maybe' as never }] }));
    expect(parseBackup(JSON.stringify(bad))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('"keep both" moves the diary and log with the copied child', () => {
    const here = snap({ children: [child('c1')] });
    const incoming = snap({ children: [{ ...child('c1'), displayName: 'other' }], attendance: [day('2026-03-02', 'in', { id: 'a1' })], contactLog: [contact('2026-03-02', { id: 'l1' })] });
    const out = importRecords(incoming, here, 'keep-both');
    const copy = out.children![0]!.id;
    expect(copy).not.toBe('c1');
    expect(out.attendance![0]!.childId).toBe(copy);
    expect(out.contactLog![0]!.childId).toBe(copy);
  });

  it('saving one child to a file takes their diary and log, not another child’s', () => {
    const s = snap({ children: [child('c1'), child('c2')], attendance: [day('2026-03-02', 'in'), day('2026-03-02', 'in', { childId: 'c2' })], contactLog: [contact('2026-03-02', { childId: 'c2' })] });
    const one = childSnapshot(s, 'c1');
    expect(one.data.attendance).toHaveLength(1);
    expect(one.data.contactLog).toHaveLength(0);
  });
});

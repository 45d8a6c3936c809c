import { describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { importRecords, parseBackup, planImport } from '../../../src/domain/import';
import { childSnapshot } from '../../../src/domain/plan/export';
import type { PlanRecord } from '../../../src/domain/plan/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { LetterRecord } from '../../../src/domain/letters/types';
import { SCHEMA_VERSION, type Snapshot } from '../../../src/storage';
import { emptyData } from '../../../src/domain/schema';
import { aChild, aFamily, aPlan } from '../../support/builders';

const NOW = '2026-03-02T10:00:00.000Z';
const child: ChildRecord = aChild({ familyId: 'f1', createdAt: NOW, updatedAt: NOW, answers: { nation: 'england', barriers: ['anxiety'] }, kept: ['x:y'] });
const plan: PlanRecord = aPlan({ familyId: 'f1', createdAt: NOW, updatedAt: NOW }, { parentVoice: 'She loves art' });

const family = aFamily({ createdAt: NOW, updatedAt: NOW });

function snapshot(data: Partial<Snapshot['data']> = {}): Snapshot {
  return { schemaVersion: SCHEMA_VERSION, data: { ...emptyData(), ...data } };
}
const fileOf = (s: Snapshot) => JSON.stringify(toBackupFile(s));

describe('reading a saved file', () => {
  it('refuses text that is not JSON', () => {
    expect(parseBackup('{"format": "barriers-navigator-backup", ')).toEqual({ ok: false, reason: 'not-json' });
    expect(parseBackup('')).toEqual({ ok: false, reason: 'not-json' });
  });

  it('refuses JSON that is not one of our files', () => {
    expect(parseBackup('{"name": "someone else’s app"}')).toEqual({ ok: false, reason: 'foreign' });
    expect(parseBackup('[1, 2, 3]')).toEqual({ ok: false, reason: 'foreign' });
    expect(parseBackup('null')).toEqual({ ok: false, reason: 'foreign' });
  });

  it('refuses a file from a newer version of the app', () => {
    const newer = { ...toBackupFile(snapshot({ children: [child] })), schemaVersion: 999 };
    expect(parseBackup(JSON.stringify(newer))).toEqual({ ok: false, reason: 'newer' });
  });

  it('refuses a file with one damaged record, even when the rest are fine', () => {
    const broken = toBackupFile(snapshot({ children: [child], plans: [{ ...plan, cycles: [] }] }));
    expect(parseBackup(JSON.stringify(broken))).toEqual({ ok: false, reason: 'invalid' });
    const badAction = structuredClone(plan);
    (badAction.cycles[0]!.content.actions as unknown[]).push({ id: 'a', what: 'x', who: '', byWhen: '', status: 'whenever' });
    expect(parseBackup(fileOf(snapshot({ plans: [badAction] })))).toEqual({ ok: false, reason: 'invalid' });
    const noId = { ...toBackupFile(snapshot()), data: { ...emptyData(), children: [{ ...child, id: '' }] } };
    expect(parseBackup(JSON.stringify(noId))).toEqual({ ok: false, reason: 'invalid' });
    const unknownStore = { ...toBackupFile(snapshot()), data: { ...emptyData(), secrets: [] } };
    expect(parseBackup(JSON.stringify(unknownStore))).toEqual({ ok: false, reason: 'invalid' });
    const twice = toBackupFile(snapshot({ children: [child, child] }));
    expect(parseBackup(JSON.stringify(twice))).toEqual({ ok: false, reason: 'invalid' });
  });

  it('reads a valid file back exactly as it was saved, keeping fields this version does not know', () => {
    const letter: LetterRecord = {
      id: 'l1',
      familyId: 'f1',
      childId: 'c1',
      templateId: 'ask-for-meeting',
      createdAt: NOW,
      updatedAt: NOW,
      nation: 'england',
      senderName: 'Jo',
      senderAddress: '',
      recipient: 'Head teacher',
      subject: 'A meeting',
      greeting: 'Dear Ms Patel,',
      paragraphs: ['Please can we meet.'],
      signOff: 'Yours sincerely,',
      sentOn: '2026-03-01',
    };
    // A field a later version might add is kept, not dropped.
    const child2 = { ...child, favouriteColour: 'green' } as ChildRecord;
    const saved = snapshot({ families: [family], children: [child2], plans: [plan], letters: [letter], settings: [{ id: 'councilId', value: 'west-berkshire' }] });
    const result = parseBackup(fileOf(saved));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.snapshot).toEqual(saved);
  });

  it('reads a one-child file made from everything on the device', () => {
    const other: ChildRecord = { ...child, id: 'c2', displayName: 'Alex' };
    const one = childSnapshot(snapshot({ families: [family], children: [child, other], plans: [plan] }), 'c1');
    const result = parseBackup(fileOf(one));
    expect(result.ok && result.snapshot.data.children.map((c) => c.displayName)).toEqual(['Sam']);
    expect(result.ok && result.snapshot.data.plans.map((p) => p.id)).toEqual(['p1']);
  });
});

describe('planning an import', () => {
  it('adds everything when the device is empty, with no question to ask', () => {
    const incoming = snapshot({ children: [child], plans: [plan] });
    const report = planImport(incoming, snapshot());
    expect(report.conflicts).toEqual([]);
    expect(report.added).toMatchObject({ children: 1, plans: 1 });
    expect(importRecords(incoming, snapshot(), 'replace')).toEqual({ children: [child], plans: [plan] });
  });

  it('reports a plan changed on this device as a clash, and does nothing for records that are the same', () => {
    const changedHere = { ...plan, updatedAt: '2026-03-09T10:00:00.000Z' };
    const report = planImport(snapshot({ children: [child], plans: [plan] }), snapshot({ children: [child], plans: [changedHere] }));
    expect(report.conflicts).toEqual([{ store: 'plans', id: 'p1', newerHere: true }]);
    expect(report.same).toBe(1);
  });

  it('says whether the clash is with something changed here after the file was saved', () => {
    const older = { ...plan, updatedAt: '2026-01-01T10:00:00.000Z' };
    const report = planImport(snapshot({ children: [child], plans: [plan] }), snapshot({ children: [child], plans: [older] }));
    expect(report.conflicts).toEqual([{ store: 'plans', id: 'p1', newerHere: false }]);
  });

  it('"replace" writes the file’s version of clashing records only', () => {
    const changedHere = { ...plan, updatedAt: '2026-03-09T10:00:00.000Z' };
    const records = importRecords(snapshot({ children: [child], plans: [plan] }), snapshot({ children: [child], plans: [changedHere] }), 'replace');
    expect(records).toEqual({ plans: [plan] });
  });

  it('"keep both" adds the file’s child and plan as a copy with new ids, changing nothing already here', () => {
    const changedHere = { ...plan, updatedAt: '2026-03-09T10:00:00.000Z' };
    const existing = snapshot({ children: [child], plans: [changedHere] });
    const records = importRecords(snapshot({ children: [child], plans: [plan] }), existing, 'keep-both');
    expect(records.children).toHaveLength(1);
    expect(records.plans).toHaveLength(1);
    const newChild = records.children![0]!;
    const newPlan = records.plans![0]!;
    expect(newChild.id).not.toBe('c1');
    expect(newPlan.id).not.toBe('p1');
    expect(newPlan.childId).toBe(newChild.id);
    expect(newChild.displayName).toBe('Sam');
    expect(newPlan.cycles).toEqual(plan.cycles);
  });

  it('"keep both" can name the copy so the family can tell the two children apart', () => {
    const existing = snapshot({ children: [child], plans: [{ ...plan, updatedAt: '2026-03-09T10:00:00.000Z' }] });
    const records = importRecords(snapshot({ children: [child], plans: [plan] }), existing, 'keep-both', { copyName: (n) => `${n} (from file)` });
    expect(records.children![0]!.displayName).toBe('Sam (from file)');
    // Nothing already on the device is renamed.
    expect(existing.data.children[0]!.displayName).toBe('Sam');
  });

  it('never replaces a setting already chosen on this device', () => {
    const incoming = snapshot({ settings: [{ id: 'councilId', value: 'a' }, { id: 'activeChildId', value: 'c1' }] });
    const existing = snapshot({ settings: [{ id: 'councilId', value: 'b' }] });
    expect(planImport(incoming, existing).conflicts).toEqual([]);
    expect(importRecords(incoming, existing, 'replace')).toEqual({ settings: [{ id: 'activeChildId', value: 'c1' }] });
  });
});

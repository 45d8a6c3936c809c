import { describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { emptyData, type Snapshot } from '../../../src/domain/schema';
import { checkBackupText } from '../../../src/domain/checkBackup';
import { NOW, child, family, plan } from './fixtures';

/** A backup saved before families existed (data version 2): no family record, no family ids. */
function olderFile(): string {
  const { familyId: _c, ...sam } = child('sam', 'x');
  const { familyId: _p, ...samPlan } = plan('p-sam', 'sam', 'x');
  const snapshot = { schemaVersion: 2, data: { ...emptyData(), families: [], children: [sam], plans: [samPlan] } } as unknown as Snapshot;
  return JSON.stringify(toBackupFile(snapshot, new Date(NOW)));
}

const device = (families: string[]): Snapshot => ({
  schemaVersion: 3,
  data: {
    ...emptyData(),
    families: families.map((id) => family(id)),
    children: [child('sam', families[0] ?? 'none')],
    plans: [plan('p-sam', 'sam', families[0] ?? 'none')],
  },
});

describe('restoring a backup saved before families', () => {
  it('on a device with one family, it is that family’s: the same child and plan are the same, nothing new is added', () => {
    const { parsed, plan: compared } = checkBackupText(olderFile(), device(['home']));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.snapshot.data.families).toEqual([]);
    expect(parsed.snapshot.data.children.map((c) => c.familyId)).toEqual(['home']);
    expect(compared?.conflicts).toEqual([]);
    expect(compared?.same).toBe(2);
    expect(Object.values(compared?.added ?? {}).reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('on a device with several families, it arrives as a family of its own (nothing is guessed)', () => {
    const { parsed, plan: compared } = checkBackupText(olderFile(), device(['cardiff', 'belfast']));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.snapshot.data.families).toHaveLength(1);
    const id = parsed.snapshot.data.families[0]!.id;
    expect(['cardiff', 'belfast']).not.toContain(id);
    expect(parsed.snapshot.data.children.map((c) => c.familyId)).toEqual([id]);
    expect(compared?.added.families).toBe(1);
  });
});

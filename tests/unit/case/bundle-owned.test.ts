import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import type { CaseRecord } from '../../../src/domain/case/types';
import { getStorage } from '../../../src/storage';
import { checkBackupText } from '../../../src/domain/checkBackup';
import { freshStorage } from '../../support/storage';
import { NOW, child, family } from '../families/fixtures';

const kase: CaseRecord = {
  id: 'k1',
  familyId: 'fam',
  childId: 'c1',
  request: 'ehc',
  events: [],
  reports: [{ id: 'r1', title: 'Educational psychologist’s report', author: 'Dr Lee', date: '2026-02-01', notes: 'Needs a key adult.' }],
  bundle: { items: ['diary:week:2026-03-02', 'report:r1'], asks: [{ id: 'a1', text: 'A key adult every morning', evidence: ['report:r1'] }] },
  createdAt: NOW,
  updatedAt: NOW,
};

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('families', family('fam'));
  await getStorage().put('children', child('c1', 'fam'));
  await getStorage().put('cases', kase);
});

describe('the evidence bundle is the family’s own record', () => {
  it('goes into a saved copy with its reports and asks, and the copy is accepted as it is', async () => {
    const snapshot = await getStorage().snapshot({ forExport: true, familyId: 'fam' });
    expect(snapshot.data.cases).toEqual([kase]);
    const { parsed } = checkBackupText(JSON.stringify(toBackupFile(snapshot)), await getStorage().snapshot());
    expect(parsed.ok && parsed.snapshot.data.cases).toEqual([kase]);
  });

  it('is deleted with the family', async () => {
    await getStorage().deleteFamily('fam');
    expect(await getStorage().get('cases', 'k1')).toBeUndefined();
  });
});

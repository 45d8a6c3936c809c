import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import type { CaseRecord } from '../../../src/domain/case/types';
import { parseBackup } from '../../../src/domain/import';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { getStorage } from '../../../src/storage';
import { freshStorage } from '../../support/storage';

const NOW = '2026-03-01T10:00:00.000Z';
const child: ChildRecord = { id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'wales' }, kept: [] };
const request: CaseRecord = {
  id: 'case1',
  familyId: '',
  childId: 'c1',
  request: 'aln',
  events: [
    { id: 'e1', kind: 'requested', on: '2026-01-12', createdAt: NOW },
    { id: 'e2', kind: 'idp', on: '2026-02-27', note: 'From the school', createdAt: NOW },
  ],
  reports: [],
  createdAt: NOW,
  updatedAt: NOW,
};

beforeEach(async () => {
  await freshStorage();
  await getStorage().put('children', child);
  await getStorage().put('cases', request);
});

describe('a request is the family’s own record', () => {
  it('is saved into the family on screen and read back for its child', async () => {
    const [saved] = await getStorage().listByChild('cases', 'c1');
    expect(saved?.familyId).toBe(getStorage().familyId());
    expect(saved?.events.map((e) => e.kind)).toEqual(['requested', 'idp']);
  });

  it('goes into a backup file, and the file opens with it', async () => {
    const snapshot = await getStorage().snapshot({ forExport: true });
    const file = JSON.stringify(toBackupFile(snapshot));
    const opened = parseBackup(file);
    expect(opened.ok).toBe(true);
    if (opened.ok) expect(opened.snapshot.data.cases.map((c) => [c.id, c.events.length])).toEqual([['case1', 2]]);
  });

  it('is deleted with the child and with the family', async () => {
    await getStorage().deleteChild('c1');
    expect(await getStorage().list('cases')).toEqual([]);
    await getStorage().put('children', child);
    await getStorage().put('cases', request);
    expect(await getStorage().list('cases')).toHaveLength(1);
    const familyId = getStorage().familyId()!;
    await getStorage().deleteFamily(familyId);
    expect((await getStorage().snapshot()).data.cases).toEqual([]);
  });
});

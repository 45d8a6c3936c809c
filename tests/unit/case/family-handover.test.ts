// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import type { CaseRecord } from '../../../src/domain/case/types';
import { encodeHandover, readHandover } from '../../../src/domain/handover';
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
  it('is handed over with the family by QR codes', async () => {
    const familyId = getStorage().familyId()!;
    const snapshot = await getStorage().snapshot({ forExport: true, familyId });
    const read = await readHandover(await encodeHandover(JSON.stringify(toBackupFile(snapshot))));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.snapshot.data.cases[0]?.events.at(-1)).toMatchObject({ kind: 'idp', on: '2026-02-27', note: 'From the school' });
  });

});

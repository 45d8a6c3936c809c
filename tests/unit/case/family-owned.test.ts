import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { parseBackup } from '../../../src/domain/import';
import { getStorage } from '../../../src/storage';
import { freshStorage } from '../../support/storage';
import { aCase, aChild, MADE } from '../../support/builders';

// Sam's ALN request in Wales, saved with no family yet (storage puts it in the family on screen).
const child = aChild({ answers: { nation: 'wales' } });
const request = aCase({
  familyId: '',
  request: 'aln',
  events: [
    { id: 'e1', kind: 'requested', on: '2026-01-12', createdAt: MADE },
    { id: 'e2', kind: 'idp', on: '2026-02-27', note: 'From the school', createdAt: MADE },
  ],
});

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

// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { encodeHandover, readHandover } from '../../../src/domain/handover';
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
  it('is handed over with the family by QR codes', async () => {
    const familyId = getStorage().familyId()!;
    const snapshot = await getStorage().snapshot({ forExport: true, familyId });
    const read = await readHandover(await encodeHandover(JSON.stringify(toBackupFile(snapshot))));
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.snapshot.data.cases[0]?.events.at(-1)).toMatchObject({ kind: 'idp', on: '2026-02-27', note: 'From the school' });
  });

});

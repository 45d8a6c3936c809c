import { describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { parseBackup } from '../../../src/domain/import';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import { SCHEMA_VERSION } from '../../../src/storage';
import { emptyData } from '../../../src/domain/schema';

const NOW = '2026-03-02T10:00:00.000Z';
const child: ChildRecord = {
  id: 'c1', familyId: 'f1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: { nation: 'england' }, kept: [],
  details: { fullName: 'Sam Jones', dateOfBirth: '2013-03-03', school: 'Hill School', yearGroup: 'Year 8', parentName: 'Ann Jones', parentAddress: '1 High Street\nTown' },
};
const fileWith = (children: unknown[]) => JSON.stringify(toBackupFile({ schemaVersion: SCHEMA_VERSION, data: { ...emptyData(), families: [{ id: 'f1', name: '', createdAt: NOW, updatedAt: NOW }], children: children as ChildRecord[] } }));

describe('details for letters in a backup', () => {
  it('come back exactly as saved', () => {
    const result = parseBackup(fileWith([child]));
    expect(result.ok && result.snapshot.data.children[0]?.details).toEqual(child.details);
  });

  it('are optional: a backup from before they existed still reads', () => {
    const { details: _none, ...older } = child;
    const result = parseBackup(fileWith([older]));
    expect(result.ok).toBe(true);
  });

  it('refuse a file whose details are not text', () => {
    expect(parseBackup(fileWith([{ ...child, details: { fullName: 42 } }]))).toEqual({ ok: false, reason: 'invalid' });
  });
});

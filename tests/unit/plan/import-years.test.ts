import { describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { parseBackup } from '../../../src/domain/import';
import { emptyContent, type PlanRecord } from '../../../src/domain/plan/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { LetterRecord } from '../../../src/domain/letters/types';
import { type Snapshot } from '../../../src/storage';
import { FAMILIES_VERSION } from '../../../src/domain/schema';
import { emptyData } from '../../../src/domain/schema';
import { aChild, aLetter, aPlan } from '../../support/builders';

const NOW = '2026-03-02T10:00:00.000Z';
const child: ChildRecord = aChild({ createdAt: NOW, updatedAt: NOW });
const plan: PlanRecord = aPlan({ createdAt: NOW, updatedAt: NOW });
const letter: LetterRecord = aLetter({ createdAt: NOW, updatedAt: NOW });
const fileOf = (data: Partial<Snapshot['data']>) => JSON.stringify(toBackupFile({ schemaVersion: FAMILIES_VERSION - 1, data: { ...emptyData(), ...data } }));

describe('a file with a year no family could mean (fault: a letter sent on 9999-12-31 broke the letter page)', () => {
  for (const year of ['0000-01-01', '0099-12-31', '9999-12-31', '1989-12-31', '2101-01-01']) {
    it(`is refused, saying a year cannot be right: ${year}`, () => {
      const files = [
        fileOf({ children: [child], letters: [{ ...letter, sentOn: year }] }),
        fileOf({ children: [child], letters: [{ ...letter, corrected: { csp: year } }] }),
        fileOf({ children: [{ ...child, details: { dateOfBirth: year } }] }),
        fileOf({ children: [{ ...child, createdAt: `${year}T10:00:00.000Z` }] }),
        fileOf({ children: [child], plans: [{ ...plan, cycles: [{ ...plan.cycles[0]!, content: { ...emptyContent(), nextReview: year } }] }] }),
      ];
      for (const text of files) expect(parseBackup(text)).toEqual({ ok: false, reason: 'bad-year' });
    });
  }

  it('opens the same file with years a family could mean (1990 to 2100)', () => {
    for (const year of ['1990-01-01', '2026-12-07', '2100-12-31']) {
      expect(parseBackup(fileOf({ children: [{ ...child, details: { dateOfBirth: year } }], letters: [{ ...letter, sentOn: year }] })).ok).toBe(true);
    }
  });

  it('still calls a day that does not exist "not a real day", not a wrong year', () => {
    expect(parseBackup(fileOf({ children: [child], letters: [{ ...letter, sentOn: '2026-02-30' }] }))).toEqual({ ok: false, reason: 'bad-date' });
  });
});

import { describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { formatDate } from '../../../src/domain/dates';
import { importRecords, isStoredDate, parseBackup, planImport, sameData } from '../../../src/domain/import';
import { statutoryClock } from '../../../src/domain/letters/clock';
import type { PlanRecord } from '../../../src/domain/plan/types';
import type { ChildRecord } from '../../../src/domain/questionnaire/types';
import type { LetterRecord } from '../../../src/domain/letters/types';
import { type Snapshot } from '../../../src/storage';
import { FAMILIES_VERSION } from '../../../src/domain/schema';
import { emptyData } from '../../../src/domain/schema';
import { EN_DATES } from '../../support/dates';
import { aChild, aLetter, aPlan } from '../../support/builders';

const NOW = '2026-03-02T10:00:00.000Z';
const child: ChildRecord = aChild({ createdAt: NOW, updatedAt: NOW });
const plan: PlanRecord = aPlan({ createdAt: NOW, updatedAt: NOW }, { parentVoice: 'She loves art' });
const letter: LetterRecord = aLetter({ createdAt: NOW, updatedAt: NOW });
const snapshot = (data: Partial<Snapshot['data']> = {}): Snapshot => ({ schemaVersion: FAMILIES_VERSION - 1, data: { ...emptyData(), ...data } });
const fileOf = (s: Snapshot) => JSON.stringify(toBackupFile(s));

/** Arrays inside arrays, `depth` deep, written as text (building it as an object would itself be deep). */
const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('a file nested thousands deep (fault 1: import stuck)', () => {
  it('is refused in plain words, not a stack overflow', () => {
    const text = fileOf(snapshot({ children: [child] })).replace('"kept":[]', `"kept":[],"extra":${nested(50_000)}`);
    expect(parseBackup(text)).toEqual({ ok: false, reason: 'too-big', what: 'depth' });
  });

  it('compares deep records on the device without overflowing the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const a = { ...child, extra: deep };
    expect(sameData(a, { ...child, extra: deep })).toBe(true);
    expect(() => planImport(snapshot({ children: [child] }), snapshot({ children: [a as ChildRecord] }))).not.toThrow();
  });
});

describe('impossible dates (fault 2: blank screens)', () => {
  it('refuses a plan, a letter or a child with a date that is not a real day', () => {
    for (const bad of ['2026-02-30', '0000-00-00', '2026-13-01', 'yesterday', '2026-02-30T10:00:00Z']) {
      expect(parseBackup(fileOf(snapshot({ plans: [{ ...plan, updatedAt: bad }] }))).ok, bad).toBe(false);
      expect(parseBackup(fileOf(snapshot({ letters: [{ ...letter, sentOn: bad }] }))), bad).toEqual({ ok: false, reason: 'bad-date' });
      expect(parseBackup(fileOf(snapshot({ children: [{ ...child, createdAt: bad }] }))).ok, bad).toBe(false);
    }
    expect(parseBackup(fileOf(snapshot({ plans: [plan], letters: [{ ...letter, sentOn: '2024-02-29' }] }))).ok).toBe(true);
  });

  it('knows real dates and timestamps', () => {
    expect(isStoredDate('2024-02-29')).toBe(true);
    expect(isStoredDate('2026-03-02T10:00:00.000Z')).toBe(true);
    expect(isStoredDate('2026-03-02T10:00:00+01:00')).toBe(true);
    expect(isStoredDate('2025-02-29')).toBe(false);
    expect(isStoredDate('2026-03-02T25:00:00Z')).toBe(false);
  });

  it('writes a bad stored date as it is and counts no deadline from it, never throwing', () => {
    expect(formatDate('2026-02-30', EN_DATES)).toBe('2026-02-30');
    expect(formatDate(undefined as unknown as string, EN_DATES)).toBe('');
    expect(statutoryClock('ehc-request', '2026-02-30')).toEqual([]);
    expect(statutoryClock('ehc-request', '2026-01-05', { draftOn: '0000-00-00' }).length).toBe(3);
  });
});

describe('limits, each named in the refusal', () => {
  const tooBig = (s: Snapshot) => parseBackup(fileOf(s));
  it('refuses too long a text, name, id, list or too many records', () => {
    expect(tooBig(snapshot({ children: [{ ...child, displayName: 'x'.repeat(1001) }] }))).toMatchObject({ reason: 'too-big', what: 'name' });
    expect(tooBig(snapshot({ letters: [{ ...letter, paragraphs: ['x'.repeat(100_001)] }] }))).toMatchObject({ reason: 'too-big', what: 'text' });
    expect(tooBig(snapshot({ children: [{ ...child, id: 'x'.repeat(201) }] }))).toMatchObject({ reason: 'too-big', what: 'id' });
    expect(tooBig(snapshot({ letters: [{ ...letter, paragraphs: Array(2001).fill('a') }] }))).toMatchObject({ reason: 'too-big', what: 'list' });
    const many = Array.from({ length: 1001 }, (_, i) => ({ ...child, id: `c${i}` }));
    expect(tooBig(snapshot({ children: many }))).toMatchObject({ reason: 'too-big', what: 'children' });
  });

  it('accepts a file at the limits, and one with a byte-order mark', () => {
    const big = { ...letter, paragraphs: ['x'.repeat(100_000)], senderName: 'y'.repeat(1000) };
    expect(parseBackup(fileOf(snapshot({ letters: [big] }))).ok).toBe(true);
    expect(parseBackup(`\uFEFF${fileOf(snapshot({ plans: [plan] }))}`).ok).toBe(true);
  });

  it('refuses a __proto__ key anywhere, and never throws on odd input', () => {
    const text = fileOf(snapshot({ children: [child] })).replace('"kept":[]', '"kept":[],"__proto__":{"polluted":true}');
    expect(parseBackup(text)).toEqual({ ok: false, reason: 'invalid' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const odd of ['\u0000\u0001', '{"format":"barriers-navigator-backup","schemaVersion":1e400}', '[]'.repeat(10)]) {
      expect(() => parseBackup(odd)).not.toThrow();
    }
  });

  it('keeps copies of deep-but-allowed records apart from the device (structuredClone never fails)', () => {
    const ok = parseBackup(fileOf(snapshot({ children: [child] })));
    if (!ok.ok) throw new Error('should parse');
    expect(() => importRecords(ok.snapshot, snapshot(), 'keep-both')).not.toThrow();
  });
});

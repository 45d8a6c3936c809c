// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { encodeHandover, HandoverReader } from '../../../src/domain/handover/codec';
import { localPackCodes, localPackReader, readLocalPackCodes } from '../../../src/domain/handover/localPackCodes';
import { readHandover } from '../../../src/domain/handover';
import {
  LOCAL_PACK_FORMAT,
  LOCAL_PACK_LIMITS,
  isStale,
  localPackFile,
  packArrival,
  packChecked,
  packIdFrom,
  parseLocalPackFile,
  servicesForCouncil,
  type LocalPackRecord,
} from '../../../src/domain/localPacks';
import { hostileFiles } from '../../support/hostile';

const service = (n: number, councilId = 'kirklees') => ({
  id: `service-${n}`,
  name: `Service ${n}`,
  helpsWith: 'Help with getting to school',
  phone: '01484 000000',
  email: 'hello@example.org',
  website: 'https://example.org/help',
  councilId,
  checkedBy: 'Sam, Kirklees parent forum',
  checkedOn: '2026-11-03',
  howToCheck: 'Ring them and ask.',
});

export const goodPack = (over: Partial<LocalPackRecord> = {}): LocalPackRecord => ({
  id: 'kirklees-parent-forum-ab12',
  name: 'Kirklees parent forum',
  updatedAt: '2026-11-03T10:00:00.000Z',
  services: [service(1), service(2), service(3, 'calderdale')],
  ...over,
});

const envelope = (pack: unknown) => JSON.stringify({ format: LOCAL_PACK_FORMAT, formatVersion: 1, pack });

describe('a local pack file', () => {
  it('reads back a pack it wrote, unchanged', () => {
    const pack = goodPack();
    expect(parseLocalPackFile(localPackFile(pack))).toEqual({ ok: true, pack });
  });

  it('refuses a family backup, another app’s file and text that is not JSON as not a pack', () => {
    expect(parseLocalPackFile(JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 3, data: {} }))).toEqual({ ok: false, reason: 'foreign' });
    expect(parseLocalPackFile('{"hello":1}')).toEqual({ ok: false, reason: 'foreign' });
    expect(parseLocalPackFile('not json')).toEqual({ ok: false, reason: 'foreign' });
  });

  it('refuses a pack from a newer app', () => {
    expect(parseLocalPackFile(JSON.stringify({ format: LOCAL_PACK_FORMAT, formatVersion: 2, pack: goodPack() }))).toEqual({ ok: false, reason: 'newer' });
  });

  it('refuses packs that break the limits or the shape', () => {
    const bad: unknown[] = [
      { ...goodPack(), name: '' },
      { ...goodPack(), name: 'x'.repeat(LOCAL_PACK_LIMITS.name + 1) },
      { ...goodPack(), updatedAt: '2026-02-30T10:00:00.000Z' },
      { ...goodPack(), id: '../../etc/passwd' },
      { ...goodPack(), extra: 1 },
      { ...goodPack(), services: [{ ...service(1), checkedOn: '2025-02-29' }] },
      { ...goodPack(), services: [{ ...service(1), website: 'javascript:alert(1)' }] },
      { ...goodPack(), services: [{ ...service(1), email: 'a@b.co?body=hi there' }] },
      { ...goodPack(), services: [{ ...service(1), name: '\u202Eevil\u202C' }] },
      { ...goodPack(), services: [{ ...service(1), helpsWith: 'x'.repeat(LOCAL_PACK_LIMITS.text + 1) }] },
      { ...goodPack(), services: [service(1), service(1)] },
      { ...goodPack(), services: [{ ...service(1), checkedBy: undefined }] },
      { ...goodPack(), services: 'lots' },
      JSON.parse('{"__proto__":{"polluted":1},"id":"a","name":"b","updatedAt":"2026-11-03T10:00:00.000Z","services":[]}'),
    ];
    for (const pack of bad) expect(parseLocalPackFile(envelope(pack)), JSON.stringify(pack).slice(0, 80)).toMatchObject({ ok: false, reason: 'invalid' });
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('refuses a pack with too many services, or too large a file, as too big', () => {
    const many = goodPack({ services: Array.from({ length: LOCAL_PACK_LIMITS.services + 1 }, (_, i) => service(i)) });
    expect(parseLocalPackFile(envelope(many))).toEqual({ ok: false, reason: 'too-big' });
    expect(parseLocalPackFile(' '.repeat(LOCAL_PACK_LIMITS.fileChars + 1))).toEqual({ ok: false, reason: 'too-big' });
  });

  it('refuses a service for a council the app does not know', () => {
    expect(parseLocalPackFile(localPackFile(goodPack()), (id) => id === 'kirklees')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('refuses every hostile file, as it is and wrapped as a pack', () => {
    for (const file of hostileFiles(180)) {
      const text = new TextDecoder().decode(file.bytes);
      expect(parseLocalPackFile(text).ok, file.kind).toBe(false);
      // The same damage inside a pack's own envelope (wrapped as text: some files nest too deep to write again).
      expect(parseLocalPackFile(`{"format":"${LOCAL_PACK_FORMAT}","formatVersion":1,"pack":${text}}`).ok, file.kind).toBe(false);
    }
  });
});

describe('pack details', () => {
  it('says an item is stale once it was checked more than a year ago', () => {
    expect(isStale('2025-12-07', '2026-12-07')).toBe(false);
    expect(isStale('2025-12-06', '2026-12-07')).toBe(true);
  });

  it('gives the day the pack was last checked, and its services for one council', () => {
    const pack = goodPack({ services: [{ ...service(1), checkedOn: '2026-10-01' }, service(2)] });
    expect(packChecked(pack)).toBe('2026-11-03');
    expect(servicesForCouncil([pack, goodPack({ id: 'other' })], 'calderdale').map((x) => x.pack.id)).toEqual(['other']);
  });

  it('knows a newer copy of a pack from the same or an older one', () => {
    const mine = goodPack();
    expect(packArrival(goodPack({ id: 'another' }), [mine])).toBe('new');
    expect(packArrival(goodPack({ updatedAt: '2026-11-04T10:00:00.000Z' }), [mine])).toBe('newer');
    expect(packArrival(goodPack(), [mine])).toBe('same-or-older');
  });

  it('makes an id from the pack’s name', () => {
    expect(packIdFrom('Kirklees Parent Forum!', 'AB-12')).toBe('kirklees-parent-forum-ab12');
    expect(packIdFrom('سارا', 'x1')).toBe('x1');
  });
});

describe('a local pack as QR codes', () => {
  it('comes back whole from its codes, read in any order', async () => {
    const pack = goodPack();
    const codes = await localPackCodes(pack);
    const reader = localPackReader();
    for (const c of [...codes].reverse()) expect(reader.add(c).ok).toBe(true);
    expect(await readLocalPackCodes(reader)).toEqual({ ok: true, pack });
  });

  it('is never taken for a family’s hand-over, nor a family’s codes for a pack', async () => {
    const codes = await localPackCodes(goodPack());
    expect(await readHandover(codes)).toEqual({ ok: false, reason: 'foreign' });
    expect(new HandoverReader().add(codes[0]!)).toMatchObject({ ok: false, reason: 'foreign' });
    const family = await encodeHandover(JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 3, exportedAt: '2026-11-03T10:00:00.000Z', data: {} }));
    expect(localPackReader().add(family[0]!)).toMatchObject({ ok: false, reason: 'foreign' });
  });

  it('refuses codes that carry something other than a good pack', async () => {
    const reader = localPackReader();
    for (const c of await encodeHandover(envelope({ ...goodPack(), name: '' }), { app: 'BNPACK' })) reader.add(c);
    expect(await readLocalPackCodes(reader)).toEqual({ ok: false, reason: 'invalid' });
  });
});

// @vitest-environment node
import { describe, expect, it } from 'vitest';
import encodeQR from 'qr';
import { toBackupFile } from '../../../src/domain/backup';
import { encodeHandover, decodeHandover, HandoverReader, readHandover, toBase45, fromBase45 } from '../../../src/domain/handover';
import { SCHEMA_VERSION } from '../../../src/storage';
import { emptyData } from '../../../src/domain/schema';
import { largeFamily } from './fixtures';

const payloadOf = (data: object) =>
  JSON.stringify(toBackupFile({ schemaVersion: SCHEMA_VERSION, data: { ...emptyData(), ...data } as never }, new Date('2026-03-02T10:00:00Z')));

function shuffle<T>(list: T[], seed = 7): T[] {
  const out = list.slice();
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('base45', () => {
  it('round-trips any bytes and refuses text that is not base45', () => {
    const bytes = new Uint8Array(1001).map((_, i) => (i * 37) % 256);
    expect(fromBase45(toBase45(bytes))).toEqual(bytes);
    expect(toBase45(new TextEncoder().encode('AB'))).toBe('BB8'); // RFC 9285 example
    expect(fromBase45('GGW')).toBeUndefined(); // more than 65535
    expect(fromBase45('abc')).toBeUndefined();
    expect(fromBase45('A')).toBeUndefined();
  });
});

describe('handing a family over by QR codes', () => {
  const data = largeFamily('cardiff', 8);
  const payload = payloadOf(data);

  it('a large family comes back exactly, in several codes, each of which a QR code can hold', async () => {
    const parts = await encodeHandover(payload);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p).toMatch(/^BNAV:1:Z:\d+:\d+:[0-9A-Z]+:[0-9A-F]{64}:[0-9A-Z $%*+\-./:]+$/);
      // Throws when the text does not fit in one code.
      expect(encodeQR(p, 'raw', { ecc: 'medium' }).length).toBeLessThanOrEqual(117);
    }
    const read = await readHandover(parts);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.snapshot.data.children).toEqual(data.children);
    expect(read.snapshot.data.plans).toEqual(data.plans);
    expect(read.snapshot.data.letters).toEqual(data.letters);
    expect(read.snapshot.data.contacts).toEqual(data.contacts);
    // Compressed: far fewer characters than the text itself.
    expect(parts.join('').length).toBeLessThan(payload.length / 2);
  });

  it('reads codes in any order and read twice', async () => {
    const parts = await encodeHandover(payload);
    const reader = new HandoverReader();
    const order = shuffle([...parts, parts[0]!, parts[parts.length - 1]!]);
    let duplicates = 0;
    for (const p of order) {
      expect(reader.complete).toBe(false);
      const r = reader.add(p);
      expect(r.ok).toBe(true);
      if (r.ok && r.duplicate) duplicates++;
    }
    expect(duplicates).toBe(2);
    expect(reader.complete).toBe(true);
    const out = await reader.finish();
    expect(out).toEqual({ ok: true, text: payload });
  });

  it('says which codes are still missing, and refuses to finish without them', async () => {
    const parts = await encodeHandover(payload);
    const reader = new HandoverReader();
    parts.slice(1).forEach((p) => reader.add(p));
    expect(reader.missing()).toEqual([1]);
    expect(await reader.finish()).toEqual({ ok: false, reason: 'incomplete' });
    expect(await decodeHandover(parts.slice(0, -1))).toEqual({ ok: false, reason: 'incomplete' });
  });

  it('refuses a truncated code', async () => {
    const parts = await encodeHandover(payload);
    const cut = parts.map((p, i) => (i === 1 ? p.slice(0, p.length - 10) : p));
    expect(await readHandover(cut)).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses a code changed on the way, even by one character', async () => {
    const parts = await encodeHandover(payload);
    const last = parts[2]!;
    const swapped = last.slice(0, -1) + (last.endsWith('0') ? '1' : '0');
    expect(await readHandover(parts.map((p, i) => (i === 2 ? swapped : p)))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('refuses data that matches its own checksum but is not a valid backup, before anything is written', async () => {
    const bad = await encodeHandover(payloadOf({ ...data, plans: [{ id: 'p', childId: 'c', cycles: [] }] }));
    expect(await readHandover(bad)).toEqual({ ok: false, reason: 'invalid' });
    expect(await readHandover(await encodeHandover('hello'))).toEqual({ ok: false, reason: 'foreign' });
    const newer = JSON.stringify({ ...JSON.parse(payload), schemaVersion: 999 });
    expect(await readHandover(await encodeHandover(newer))).toEqual({ ok: false, reason: 'newer' });
  });

  it('refuses codes from another app and from a newer version of this one, keeping what was read', async () => {
    const parts = await encodeHandover(payload);
    const reader = new HandoverReader();
    reader.add(parts[0]!);
    expect(reader.add('https://example.org/')).toMatchObject({ ok: false, reason: 'foreign' });
    expect(reader.add(parts[1]!.replace('BNAV:1:', 'BNAV:2:'))).toMatchObject({ ok: false, reason: 'newer' });
    expect(reader.received).toBe(1);
  });

  it('refuses a code from another hand-over mixed in', async () => {
    const a = await encodeHandover(payload, { session: 'AAAA' });
    const b = await encodeHandover(payloadOf(largeFamily('belfast', 2)), { session: 'BBBB' });
    const reader = new HandoverReader();
    reader.add(a[0]!);
    reader.add(a[1]!);
    expect(reader.add(b[1]!)).toMatchObject({ ok: false, reason: 'other-session', code: { index: 2, total: b.length } });
    expect(reader.received).toBe(2);
  });

  it('one small family fits in one code', async () => {
    const parts = await encodeHandover(payloadOf(largeFamily('small', 1)), { partSize: 3000 });
    expect(parts).toHaveLength(1);
    expect((await readHandover(parts)).ok).toBe(true);
  });
});

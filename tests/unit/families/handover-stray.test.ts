// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toBackupFile } from '../../../src/domain/backup';
import { encodeHandover, HandoverReader, MAX_PAYLOAD_BYTES, readHandover } from '../../../src/domain/handover';
import { emptyData } from '../../../src/domain/schema';
import { SCHEMA_VERSION } from '../../../src/storage';
import { largeFamily } from './fixtures';

const payloadOf = (data: object) =>
  JSON.stringify(toBackupFile({ schemaVersion: SCHEMA_VERSION, data: { ...emptyData(), ...data } as never }, new Date('2026-03-02T10:00:00Z')));

describe('a stray code from another hand-over', () => {
  it('read first, it is set aside as soon as the family’s own codes are read, and every right code is taken', async () => {
    const theirs = await encodeHandover(payloadOf(largeFamily('cardiff', 4)), { session: 'MINE' });
    const stray = await encodeHandover(payloadOf(largeFamily('belfast', 4)), { session: 'OLD' });
    expect(theirs.length).toBeGreaterThan(2);
    const reader = new HandoverReader();
    expect(reader.add(stray[0]!)).toMatchObject({ ok: true });
    // The first right code: the stray one is left out, and the screen can say so.
    expect(reader.add(theirs[0]!)).toMatchObject({ ok: true, setAside: 1, received: 1, total: theirs.length });
    expect(reader.add(theirs[1]!)).toMatchObject({ ok: true, setAside: 0, received: 2 });
    // A second code of the stray set only catches up: it is refused on its own, named.
    expect(reader.add(stray[1]!)).toMatchObject({ ok: false, reason: 'other-session', received: 2, code: { index: 2, total: stray.length } });
    for (const code of theirs.slice(2)) expect(reader.add(code)).toMatchObject({ ok: true, setAside: 0 });
    expect(reader.complete).toBe(true);
    const read = await readHandover(reader);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.snapshot.data.families.map((f) => f.id)).toEqual(['cardiff']);
  });

  it('read later, only that code is refused, saying which code it was, and the family carries on', async () => {
    const theirs = await encodeHandover(payloadOf(largeFamily('cardiff', 4)), { session: 'MINE' });
    const stray = await encodeHandover(payloadOf(largeFamily('belfast', 4)), { session: 'OLD' });
    const reader = new HandoverReader();
    reader.add(theirs[0]!);
    reader.add(theirs[1]!);
    expect(reader.add(stray[2]!)).toEqual({ ok: false, reason: 'other-session', received: 2, total: theirs.length, code: { index: 3, total: stray.length } });
    for (const code of theirs.slice(2)) expect(reader.add(code)).toMatchObject({ ok: true });
    expect((await readHandover(reader)).ok).toBe(true);
  });

  it('mixed into a whole set read at once, it is left out', async () => {
    const theirs = await encodeHandover(payloadOf(largeFamily('cardiff', 4)), { session: 'MINE' });
    const stray = await encodeHandover(payloadOf(largeFamily('belfast', 4)), { session: 'OLD' });
    expect((await readHandover([stray[1]!, ...theirs])).ok).toBe(true);
  });
});

describe('a hand-over that holds too much', () => {
  it('says it is too big, not damaged', async () => {
    // Compresses to little, but unpacks past what one hand-over may carry.
    const codes = await encodeHandover(' '.repeat(MAX_PAYLOAD_BYTES + 1), { partSize: 100_000 });
    expect(await readHandover(codes)).toEqual({ ok: false, reason: 'too-big' });
  });
});

import { toBase45, fromBase45 } from './base45';

/*
 * Handing a family's data from one device to another with no server: the payload (the text of a
 * backup file holding only that family) is compressed, checksummed and cut into numbered parts,
 * each small enough for one QR code. Every part carries a header:
 *
 *     BNAV:<format version>:<Z compressed | N not>:<part>:<of>:<session id>:<SHA-256 of the payload>:<data>
 *
 * The receiving device collects parts in any order, ignores repeats, and only when every part is
 * there and the checksum matches gives back the text, which is then checked like any backup file
 * before anything is written.
 */

export const HANDOVER_APP = 'BNAV';
export const HANDOVER_VERSION = 1;
/** Characters of data per code: small enough for a phone camera to read from a screen at arm's length. */
export const DEFAULT_PART_SIZE = 700;
/** A payload larger than this after decompression is refused (a family's data is far smaller). */
export const MAX_PAYLOAD_BYTES = 20 * 1024 * 1024;

export type HandoverFailure =
  /** Not one of this app's codes (another app's QR code, a web address...). */
  | 'foreign'
  /** Made by a newer version of the app. */
  | 'newer'
  /** A code from another hand-over than the codes read so far. */
  | 'other-session'
  /** Parts still missing. */
  | 'incomplete'
  /** Damaged or changed on the way: the checksum does not match, or the data cannot be read. */
  | 'damaged'
  /** More data than one hand-over may carry (MAX_PAYLOAD_BYTES once unpacked). */
  | 'too-big';

interface Part {
  version: number;
  compressed: boolean;
  index: number;
  total: number;
  session: string;
  checksum: string;
  data: string;
}

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();

async function sha256(bytes: Uint8Array): Promise<string> {
  return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource)));
}

/** The data grew past MAX_PAYLOAD_BYTES while it was decompressed. */
class TooLarge extends Error {}

async function pipe(bytes: Uint8Array, stream: GenerateTransformStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
type GenerateTransformStream = ReadableWritablePair<Uint8Array, Uint8Array>;

const canCompress = () => typeof CompressionStream !== 'undefined' && typeof DecompressionStream !== 'undefined';

/** A short random id, so codes from two hand-overs are never mixed up. */
export function newSessionId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(5));
  return toBase45(bytes).replace(/[^0-9A-Z]/g, 'X').slice(0, 7);
}

/** The payload as the texts of its QR codes, in order. */
export async function encodeHandover(
  payload: string,
  {
    partSize = DEFAULT_PART_SIZE,
    session = newSessionId(),
    app = HANDOVER_APP,
  }: {
    partSize?: number;
    session?: string;
    /** The first field of every code: another kind of data (a local pack) names itself, so it is never read as a family's. */
    app?: string;
  } = {},
): Promise<string[]> {
  const raw = new TextEncoder().encode(payload);
  const compressed = canCompress();
  const bytes = compressed ? await pipe(raw, new CompressionStream('gzip') as GenerateTransformStream) : raw;
  const checksum = await sha256(bytes);
  const text = toBase45(bytes);
  const total = Math.max(1, Math.ceil(text.length / partSize));
  const parts: string[] = [];
  for (let i = 0; i < total; i++) {
    const data = text.slice(i * partSize, (i + 1) * partSize);
    parts.push(`${app}:${HANDOVER_VERSION}:${compressed ? 'Z' : 'N'}:${i + 1}:${total}:${session}:${checksum}:${data}`);
  }
  return parts;
}

function parsePart(text: string, app: string): Part | HandoverFailure {
  // Never trim spaces: a space is one of the base45 characters.
  const fields = text.replace(/[\r\n]+$/, '').split(':');
  if (fields[0] !== app || fields.length < 8) return 'foreign';
  const version = Number(fields[1]);
  if (!Number.isInteger(version) || version < 1) return 'damaged';
  if (version > HANDOVER_VERSION) return 'newer';
  const [, , flag, i, n, session, checksum] = fields;
  const index = Number(i);
  const total = Number(n);
  if (
    (flag !== 'Z' && flag !== 'N') ||
    !Number.isInteger(index) ||
    !Number.isInteger(total) ||
    index < 1 ||
    index > total ||
    !/^[0-9A-Z]{1,16}$/.test(session ?? '') ||
    !/^[0-9A-F]{64}$/.test(checksum ?? '')
  ) {
    return 'damaged';
  }
  // The data may itself contain ':' (one of the base45 characters).
  const data = fields.slice(7).join(':');
  return { version, compressed: flag === 'Z', index, total, session: session!, checksum: checksum!, data };
}

export type AddResult =
  | {
      ok: true;
      duplicate: boolean;
      received: number;
      total: number;
      /** Codes read earlier that turned out to be from another hand-over, now left out. */
      setAside: number;
    }
  | {
      ok: false;
      reason: HandoverFailure;
      received: number;
      total: number | undefined;
      /** With 'other-session': which code was not the family's ("code 3 of 5"). */
      code?: { index: number; total: number };
    };

interface CodeSet {
  first: Part;
  parts: Map<number, Part>;
  /** When a code of this set was last read (a counter), to tell the newer of two equal sets. */
  lastRead: number;
}

/**
 * Collects the codes of one hand-over as they are read, in any order. Reading a code twice is
 * harmless. A code from another app or a newer version is refused and changes nothing collected.
 *
 * Codes from two hand-overs (a stray code from an earlier session still on a screen or in the
 * photos) are kept apart. The set the family is receiving is the one with the most codes read; it
 * keeps that place when another set only catches up, except while each has one code, when the
 * newer set's code wins. So a stray code read first is set aside as soon as a code of the family's
 * own set is read, and a stray code read later is refused on its own, saying which code it was,
 * while the family carries on.
 */
export class HandoverReader {
  private sets = new Map<string, CodeSet>();
  private current: CodeSet | undefined;
  private reads = 0;

  /** `app`: the kind of codes to take (a family's hand-over unless told); codes of any other kind are foreign. */
  constructor(private readonly app: string = HANDOVER_APP) {}

  get total(): number | undefined {
    return this.current?.first.total;
  }
  get received(): number {
    return this.current?.parts.size ?? 0;
  }
  get complete(): boolean {
    return this.current !== undefined && this.current.parts.size === this.current.first.total;
  }
  /** Part numbers (from 1) not read yet. */
  missing(): number[] {
    const c = this.current;
    if (!c) return [];
    const out: number[] = [];
    for (let i = 1; i <= c.first.total; i++) if (!c.parts.has(i)) out.push(i);
    return out;
  }

  add(text: string): AddResult {
    const part = parsePart(text, this.app);
    const refuse = (reason: HandoverFailure, code?: { index: number; total: number }): AddResult => ({
      ok: false,
      reason,
      received: this.received,
      total: this.total,
      ...(code ? { code } : {}),
    });
    if (typeof part === 'string') return refuse(part);
    const key = `${part.session}:${part.checksum}`;
    const set = this.sets.get(key);
    if (set && (part.total !== set.first.total || part.compressed !== set.first.compressed)) return refuse('damaged');
    const had = set?.parts.get(part.index);
    if (had && had.data !== part.data) return refuse('damaged');
    const mine = set ?? { first: part, parts: new Map<number, Part>(), lastRead: 0 };
    if (!set) this.sets.set(key, mine);
    mine.parts.set(part.index, part);
    mine.lastRead = ++this.reads;
    const before = this.current;
    // Another set takes over when it has more codes than the current one, or when each has just
    // one (a stray code read first gives way to the next set's first code).
    if (!before || mine === before || mine.parts.size > before.parts.size || (mine.parts.size === 1 && before.parts.size === 1)) this.current = mine;
    if (this.current !== mine) return refuse('other-session', { index: part.index, total: part.total });
    const setAside = before && before !== mine ? before.parts.size : 0;
    return { ok: true, duplicate: had !== undefined, received: this.received, total: part.total, setAside };
  }

  /** Forget everything read (to start again). */
  reset(): void {
    this.sets.clear();
    this.current = undefined;
  }

  /** The payload text, once every part is in and the checksum matches. */
  async finish(): Promise<{ ok: true; text: string } | { ok: false; reason: HandoverFailure }> {
    const c = this.current;
    if (!c || !this.complete) return { ok: false, reason: 'incomplete' };
    const f = c.first;
    const text = [...c.parts.values()].sort((a, b) => a.index - b.index).map((p) => p.data).join('');
    const bytes = fromBase45(text);
    if (!bytes || (await sha256(bytes)) !== f.checksum) return { ok: false, reason: 'damaged' };
    let raw: Uint8Array;
    try {
      raw = f.compressed ? await pipe(bytes, new DecompressionStream('gzip') as GenerateTransformStream, MAX_PAYLOAD_BYTES) : bytes;
    } catch (error) {
      return { ok: false, reason: error instanceof TooLarge ? 'too-big' : 'damaged' };
    }
    // Too much for this device to take in: said as such, not as damage.
    if (raw.length > MAX_PAYLOAD_BYTES) return { ok: false, reason: 'too-big' };
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
    } catch {
      return { ok: false, reason: 'damaged' };
    }
  }
}

/** Reads a whole set of codes at once (in any order, repeats allowed, a stray code of another hand-over left out). */
export async function decodeHandover(
  parts: readonly string[],
  app: string = HANDOVER_APP,
): Promise<{ ok: true; text: string } | { ok: false; reason: HandoverFailure }> {
  const reader = new HandoverReader(app);
  for (const p of parts) {
    const r = reader.add(p);
    // A stray code of another hand-over is left out; the set with the most codes is read.
    if (!r.ok && r.reason !== 'other-session') return { ok: false, reason: r.reason };
  }
  return reader.finish();
}

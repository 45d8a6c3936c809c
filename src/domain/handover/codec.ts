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
  | 'damaged';

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
      throw new Error('too large');
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
  | { ok: true; duplicate: boolean; received: number; total: number }
  | { ok: false; reason: HandoverFailure; received: number; total: number | undefined };

/**
 * Collects the codes of one hand-over as they are read, in any order. Reading a code twice is
 * harmless. A code from another app, a newer version, or another hand-over is refused and changes
 * nothing collected so far.
 */
export class HandoverReader {
  private parts = new Map<number, Part>();
  private first: Part | undefined;

  /** `app`: the kind of codes to take (a family's hand-over unless told); codes of any other kind are foreign. */
  constructor(private readonly app: string = HANDOVER_APP) {}

  get total(): number | undefined {
    return this.first?.total;
  }
  get received(): number {
    return this.parts.size;
  }
  get complete(): boolean {
    return this.first !== undefined && this.parts.size === this.first.total;
  }
  /** Part numbers (from 1) not read yet. */
  missing(): number[] {
    if (!this.first) return [];
    const out: number[] = [];
    for (let i = 1; i <= this.first.total; i++) if (!this.parts.has(i)) out.push(i);
    return out;
  }

  add(text: string): AddResult {
    const part = parsePart(text, this.app);
    if (typeof part === 'string') return { ok: false, reason: part, received: this.received, total: this.total };
    const f = this.first;
    if (f && (part.session !== f.session || part.checksum !== f.checksum)) {
      return { ok: false, reason: 'other-session', received: this.received, total: this.total };
    }
    if (f && (part.total !== f.total || part.compressed !== f.compressed)) {
      return { ok: false, reason: 'damaged', received: this.received, total: this.total };
    }
    this.first ??= part;
    const had = this.parts.get(part.index);
    if (had && had.data !== part.data) return { ok: false, reason: 'damaged', received: this.received, total: this.total };
    this.parts.set(part.index, part);
    return { ok: true, duplicate: had !== undefined, received: this.received, total: part.total };
  }

  /** Forget everything read (to start again). */
  reset(): void {
    this.parts.clear();
    this.first = undefined;
  }

  /** The payload text, once every part is in and the checksum matches. */
  async finish(): Promise<{ ok: true; text: string } | { ok: false; reason: HandoverFailure }> {
    const f = this.first;
    if (!f || !this.complete) return { ok: false, reason: 'incomplete' };
    const text = [...this.parts.values()].sort((a, b) => a.index - b.index).map((p) => p.data).join('');
    const bytes = fromBase45(text);
    if (!bytes || (await sha256(bytes)) !== f.checksum) return { ok: false, reason: 'damaged' };
    try {
      const raw = f.compressed
        ? await pipe(bytes, new DecompressionStream('gzip') as GenerateTransformStream, MAX_PAYLOAD_BYTES)
        : bytes;
      if (raw.length > MAX_PAYLOAD_BYTES) return { ok: false, reason: 'damaged' };
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(raw) };
    } catch {
      return { ok: false, reason: 'damaged' };
    }
  }
}

/** Reads a whole set of codes at once (in any order, repeats allowed). */
export async function decodeHandover(
  parts: readonly string[],
  app: string = HANDOVER_APP,
): Promise<{ ok: true; text: string } | { ok: false; reason: HandoverFailure }> {
  const reader = new HandoverReader(app);
  for (const p of parts) {
    const r = reader.add(p);
    if (!r.ok) return { ok: false, reason: r.reason };
  }
  return reader.finish();
}

import { parseBackup, type ImportFailure, type ParseResult } from '../import';
import { decodeHandover, HandoverReader, type HandoverFailure } from './codec';

export * from './codec';
export { toBase45, fromBase45 } from './base45';

export type HandoverReadFailure = HandoverFailure | ImportFailure;

/**
 * The codes' payload, checked exactly as a backup file is on import (same schema, same refusal of
 * foreign and newer data) before anything may be written.
 */
export async function readHandover(
  source: HandoverReader | readonly string[],
): Promise<Extract<ParseResult, { ok: true }> | { ok: false; reason: HandoverReadFailure }> {
  const decoded = source instanceof HandoverReader ? await source.finish() : await decodeHandover(source);
  if (!decoded.ok) return decoded;
  const parsed = parseBackup(decoded.text);
  // The checksum matched, so text that is not a backup was made that way: treat it as foreign.
  if (!parsed.ok) return { ok: false, reason: parsed.reason === 'not-json' ? 'foreign' : parsed.reason };
  return parsed;
}

import { LOCAL_PACK_CODE_APP, localPackFile, parseLocalPackFile, type LocalPackFailure, type LocalPackParse, type LocalPackRecord } from '../localPacks';
import { encodeHandover, HandoverReader, type HandoverFailure } from './codec';

/*
 * A local pack as QR codes: the same codec as a family's hand-over (gzip, base45, numbered parts,
 * checksum), under its own first field, so a pack's codes are never taken as a family's data and a
 * family's codes are never taken as a pack.
 */

export function localPackCodes(pack: LocalPackRecord): Promise<string[]> {
  return encodeHandover(localPackFile(pack), { app: LOCAL_PACK_CODE_APP });
}

/** A reader that takes a pack's codes only. */
export function localPackReader(): HandoverReader {
  return new HandoverReader(LOCAL_PACK_CODE_APP);
}

/** Once every code is in: the pack, checked in full exactly as a pack's file is, before anything may be written. */
export async function readLocalPackCodes(
  reader: HandoverReader,
  knownCouncil?: (id: string) => boolean,
): Promise<LocalPackParse | { ok: false; reason: HandoverFailure | LocalPackFailure }> {
  const decoded = await reader.finish();
  if (!decoded.ok) return decoded;
  return parseLocalPackFile(decoded.text, knownCouncil);
}

import { parseLocalPackFile, type LocalPackRecord } from '../../domain/localPacks';
import { COUNCILS } from '../councils';

/**
 * Local packs that come with the app: each file beside this one, `<pack>.<lang>.json`, is a local
 * pack's file in the same format a group shares between devices (docs/local-packs.md), read by the
 * same checks (`parseLocalPackFile`). A pack may come in several languages: one file each, same pack
 * and service ids. Loaded only when a council's page is opened.
 */
const FILES = import.meta.glob<string>('./*.json', { query: '?raw', import: 'default' });

export interface ShippedPackFile {
  /** The pack's file name without its language: `west-berkshire`. */
  name: string;
  lang: string;
  load: () => Promise<string>;
}

export const SHIPPED_PACK_FILES: ShippedPackFile[] = Object.entries(FILES).flatMap(([path, load]) => {
  const m = /^\.\/(.+)\.([a-z]{2,3})\.json$/.exec(path);
  return m ? [{ name: m[1]!, lang: m[2]!, load }] : [];
});

const COUNCIL_IDS = new Set(COUNCILS.map((c) => c.id));
const known = (id: string) => COUNCIL_IDS.has(id);

/**
 * The packs that come with the app and serve this council, each in the reader's language where it
 * has a copy in it, else in English. A file that fails the checks is left out (a unit test keeps
 * every file valid).
 */
export async function shippedPacksFor(councilId: string, lang: string): Promise<LocalPackRecord[]> {
  const names = [...new Set(SHIPPED_PACK_FILES.map((f) => f.name))];
  const packs = await Promise.all(
    names.map(async (name) => {
      const file = SHIPPED_PACK_FILES.find((f) => f.name === name && f.lang === lang) ?? SHIPPED_PACK_FILES.find((f) => f.name === name && f.lang === 'en');
      if (!file) return undefined;
      const read = parseLocalPackFile(await file.load(), known);
      return read.ok ? read.pack : undefined;
    }),
  );
  return packs.filter((p): p is LocalPackRecord => !!p && p.services.some((s) => s.councilId === councilId));
}

import type { LocalPack } from '../../domain/councils/packs';

/**
 * Every local pack: each file beside this one (`<council-id>.ts`, default export a LocalPack) is
 * picked up here, so adding an area is adding a data file and its text (docs/local-packs.md).
 */
const modules = import.meta.glob<{ default: LocalPack }>(['./*.ts', '!./index.ts'], { eager: true });

export const LOCAL_PACKS: LocalPack[] = Object.values(modules)
  .map((m) => m.default)
  .sort((a, b) => a.councilId.localeCompare(b.councilId));

const byCouncil = new Map(LOCAL_PACKS.map((p) => [p.councilId, p]));

/** The pack for a council, if someone has written one. */
export function findPack(councilId: string | undefined): LocalPack | undefined {
  return councilId ? byCouncil.get(councilId) : undefined;
}

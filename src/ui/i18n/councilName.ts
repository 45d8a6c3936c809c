import type { Council } from '../../domain/councils/types';
import { contentT, type SomeT } from './contentText';

/**
 * A council's name in the language of `t`: its Welsh name in Welsh where it has one (Caerdydd,
 * Abertawe), kept as text in that language's `common.json` (`councilNames.<id>`); otherwise the
 * name in the council list.
 */
export function councilName(t: SomeT, council: Pick<Council, 'id' | 'name'>): string {
  return contentT(t)(`common:councilNames.${council.id}`, { defaultValue: council.name });
}

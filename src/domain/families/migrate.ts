import { isNation } from '../nations';
import { FAMILY_SETTINGS, type FamilyRecord } from './types';

/**
 * The data-migration step that introduced families, as a pure function over a snapshot's data.
 *
 * Everything already on the device belonged to one household, so it all goes into one family:
 * every record of a family-owned store gets that family's id; the council, the nation for letters
 * and the active child move from device settings onto the family. Records about a child that no
 * longer exists (a plan or letters left behind when the child was deleted, before deleting was
 * complete) are removed. A device with nothing on it gets no family: one is made when first needed.
 */
export function intoOneFamily(
  data: Record<string, unknown[]>,
  { familyId, now }: { familyId: string; now: string },
): Record<string, unknown[]> {
  const families = [...(data.families ?? [])];
  const out: Record<string, unknown[]> = { ...data, families };
  const settings = (data.settings ?? []) as { id: string; value: unknown }[];
  const children = (data.children ?? []) as { id: string }[];
  const childIds = new Set(children.map((c) => c.id));
  const owned = Object.keys(data).filter((s) => s !== 'settings' && s !== 'families');

  let any = false;
  for (const store of owned) {
    out[store] = (data[store] ?? [])
      .filter((r) => {
        const childId = (r as { childId?: unknown }).childId;
        // An empty child id is "not linked to a child yet" (a first letter): it stays.
        return store === 'children' || typeof childId !== 'string' || childId === '' || childIds.has(childId);
      })
      .map((r) => ({ ...(r as object), familyId }));
    if (out[store].length) any = true;
  }

  const family: FamilyRecord = { id: familyId, name: '', createdAt: now, updatedAt: now };
  const moved = new Set<string>();
  for (const [field, settingId] of Object.entries(FAMILY_SETTINGS) as [keyof typeof FAMILY_SETTINGS, string][]) {
    const s = settings.find((x) => x.id === settingId);
    if (!s) continue;
    moved.add(settingId);
    const v = s.value;
    if (field === 'lettersNation') {
      if (isNation(v)) family.lettersNation = v;
    } else if (field === 'activeChildId') {
      if (typeof v === 'string' && childIds.has(v)) family.activeChildId = v;
    } else if (field === 'letterLanguage') {
      if (typeof v === 'string' && v) family.letterLanguage = v;
    } else if (typeof v === 'string' && v) family.councilId = v;
  }
  out.settings = settings.filter((s) => !moved.has(s.id));
  if (any || family.councilId || family.lettersNation || family.letterLanguage) families.push(family);
  return out;
}

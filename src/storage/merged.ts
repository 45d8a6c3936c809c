import { merge3, sameData } from '../domain/merge';
import { getStorage } from './index';
import type { StoreMap } from '../domain/schema';

type Editable = 'letters' | 'contacts' | 'plans';

/**
 * Saves what an editor has (`mine`, edited from `base`) merged with whatever is stored now, in one
 * step no other tab can come between: nothing typed in another tab since `base` is overwritten.
 * Nothing is written when the merge leaves the stored record as it is. A record deleted elsewhere
 * is not brought back (resolves to undefined) unless `create`. Resolves to the record as stored now.
 */
export async function saveMerged<K extends Editable>(
  store: K,
  base: StoreMap[K],
  mine: StoreMap[K],
  options: { create?: boolean } = {},
): Promise<StoreMap[K] | undefined> {
  let result: StoreMap[K] | undefined;
  await getStorage().update(store, mine.id, (current) => {
    if (!current) return (result = options.create ? mine : undefined);
    const merged = { ...merge3(base, mine, current) };
    if (current.updatedAt > merged.updatedAt) merged.updatedAt = current.updatedAt;
    result = merged;
    return sameData(merged, current) ? undefined : merged;
  });
  return result;
}

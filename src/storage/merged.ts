import { merge3 } from '../domain/merge';
import { getStorage } from './index';
import type { StoreMap } from './schema';

type Editable = 'letters' | 'contacts' | 'plans';

/**
 * Saves what an editor has (`mine`, edited from `base`) merged with whatever is stored now, in one
 * step no other tab can come between: nothing typed in another tab since `base` is overwritten.
 * A record deleted elsewhere is not brought back (resolves to undefined). Resolves to what was saved.
 */
export async function saveMerged<K extends Editable>(
  store: K,
  base: StoreMap[K],
  mine: StoreMap[K],
  options: { onMerged?: (merged: StoreMap[K]) => void; create?: boolean } = {},
): Promise<StoreMap[K] | undefined> {
  return getStorage().update(store, mine.id, (current) => {
    if (!current) return options.create ? mine : undefined;
    const merged = { ...merge3(base, mine, current) };
    if (current.updatedAt > merged.updatedAt) merged.updatedAt = current.updatedAt;
    options.onMerged?.(merged);
    return merged;
  });
}

import { useSearchParams } from 'react-router';
import { isNation, type Nation } from '../../domain/nations';
import { nationOf } from '../../domain/questionnaire/types';
import { useActiveChild } from '../../ui/records/useActiveChild';

/**
 * The nation a guide or the library is showing: `?nation=` when given, otherwise the active child's
 * nation, otherwise `fallback`. Changing it updates the address, so it can be shared and survives reload.
 */
export function useChosenNation<F extends Nation | 'all'>(fallback: F): [Nation | F, (n: Nation | F) => void] {
  const [params, setParams] = useSearchParams();
  const { active } = useActiveChild();
  const fromUrl = params.get('nation');
  const nation: Nation | F =
    fromUrl === 'all' ? fallback : isNation(fromUrl) ? fromUrl : (active && nationOf(active.answers)) || fallback;
  const set = (n: Nation | F) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.set('nation', n);
        return next;
      },
      { replace: true },
    );
  return [nation, set];
}

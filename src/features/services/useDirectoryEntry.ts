import { useEffect, useState } from 'react';
import { loadDirectoryEntry } from '../../content/directory';
import type { DirectoryEntry } from '../../domain/councils/directory';
import type { Council } from '../../domain/councils/types';

export type DirectoryState = { status: 'loading' } | { status: 'ready'; entry: DirectoryEntry | undefined };

/** The council's checked details (its Local Offer or equivalent page, and its advice service). */
export function useDirectoryEntry(council: Council): DirectoryState {
  const [state, setState] = useState<{ id: string; entry: DirectoryEntry | undefined } | undefined>();
  useEffect(() => {
    let live = true;
    loadDirectoryEntry(council.nation, council.id).then(
      (entry) => live && setState({ id: council.id, entry }),
      // A chunk that fails to load (offline before the app was cached) leaves the search text.
      () => live && setState({ id: council.id, entry: undefined }),
    );
    return () => {
      live = false;
    };
  }, [council.id, council.nation]);
  return state?.id === council.id ? { status: 'ready', entry: state.entry } : { status: 'loading' };
}

import type { DirectoryEntry, DirectoryFile } from '../../domain/councils/directory';
import type { Nation } from '../../domain/nations';

/**
 * One file of checked details per nation (`<nation>.json`), loaded only when a council page of that
 * nation opens, so no screen carries the whole UK's directory. The files are data: see
 * docs/directory.md for how to add or re-check a detail.
 */
const files = import.meta.glob<DirectoryFile>('./*.json', { import: 'default' });

export async function loadDirectory(nation: Nation): Promise<DirectoryFile | undefined> {
  const load = files[`./${nation}.json`];
  return load ? load() : undefined;
}

/** The checked details for one council, or undefined when none were found. */
export async function loadDirectoryEntry(nation: Nation, councilId: string): Promise<DirectoryEntry | undefined> {
  const file = await loadDirectory(nation);
  return file?.councils.find((e) => e.councilId === councilId);
}

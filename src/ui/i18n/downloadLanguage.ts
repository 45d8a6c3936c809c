import { languageOf } from './languages';
import { LANGUAGE_CACHE, LANGUAGE_FILES } from './languageCache';

/** How far a language's download has got: `done` of `total` files. */
export interface LanguageProgress {
  done: number;
  total: number;
}

const kept = new Map<string, Promise<void>>();

/**
 * Fetches every file a language needs (its words, its local packs, its font: listed at build time
 * in /language-files.json) into the cache the service worker reads it from (vite.config.ts,
 * `runtimeCaching`), so that once this resolves the app works offline in it, even on a first visit
 * before the service worker has taken over the page. English and Welsh come with the first visit, so
 * there is nothing to fetch. Files of an older version of the app are let go. Rejects if any file
 * cannot be fetched (offline, say); a later call tries again.
 */
export function downloadLanguage(code: string, onProgress?: (progress: LanguageProgress) => void): Promise<void> {
  const language = languageOf(code);
  if (!language || language.firstVisit || typeof caches === 'undefined') return Promise.resolve();
  const running = kept.get(code);
  if (running && !onProgress) return running;
  const download = (async () => {
    const listed = await fetch(LANGUAGE_FILES);
    if (!listed.ok) throw new Error(`${LANGUAGE_FILES}: ${listed.status}`);
    const files = ((await listed.json()) as Record<string, string[]>)[code] ?? [];
    const cache = await caches.open(LANGUAGE_CACHE);
    let done = 0;
    onProgress?.({ done, total: files.length });
    await Promise.all(
      files.map(async (url) => {
        if (!(await cache.match(url))) await cache.add(url);
        done += 1;
        onProgress?.({ done, total: files.length });
      }),
    );
    const current = new Set(files.map((f) => new URL(f, location.href).href));
    const mine = new RegExp(`/assets/(locale|pack)-${code}-`);
    for (const request of await cache.keys()) {
      if (mine.test(request.url) && !current.has(request.url)) await cache.delete(request);
    }
  })();
  kept.set(code, download);
  // A failed download is not remembered: the next call (the next choice, the next start) tries again.
  download.catch(() => kept.delete(code));
  return download;
}

import { languageOf } from './languages';
import { laterLocaleFiles } from './laterLocales';

/** How far a language's download has got: `done` of `total` files. */
export interface LanguageProgress {
  done: number;
  total: number;
}

const kept = new Map<string, Promise<void>>();

/**
 * Fetches every file a language needs (its words, its local packs, its font) so that, once this
 * resolves, the app works offline in it: the service worker keeps each file as it passes
 * (vite.config.ts, `runtimeCaching`). English and Welsh come with the first visit, so there is
 * nothing to fetch. Rejects if any file cannot be fetched (offline, say); a later call tries again.
 */
export function downloadLanguage(code: string, onProgress?: (progress: LanguageProgress) => void): Promise<void> {
  const language = languageOf(code);
  if (!language || language.firstVisit) return Promise.resolve();
  const running = kept.get(code);
  if (running && !onProgress) return running;
  const download = (async () => {
    const packs = await import('../../content/local-packs');
    const files: (() => Promise<unknown>)[] = [
      ...laterLocaleFiles(code),
      ...packs.SHIPPED_PACK_FILES.filter((f) => f.lang === code).map((f) => f.load),
    ];
    if (code === 'ur') {
      const font = await import('../fonts/urdu');
      files.push(...font.URDU_FONT_FILES.map((url) => () => fetchOk(url)));
    }
    let done = 0;
    onProgress?.({ done, total: files.length });
    await Promise.all(
      files.map((load) =>
        load().then(() => {
          done += 1;
          onProgress?.({ done, total: files.length });
        }),
      ),
    );
  })();
  kept.set(code, download);
  // A failed download is not remembered: the next call (the next choice, the next start) tries again.
  download.catch(() => kept.delete(code));
  return download;
}

async function fetchOk(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await response.arrayBuffer();
}

/** The cache that keeps the languages chosen after the first visit (shared with vite.config.ts). */
export const LANGUAGE_CACHE = 'languages';
/** The list, made at build time, of each such language's files: its words, local packs and font. */
export const LANGUAGE_FILES = '/language-files.json';

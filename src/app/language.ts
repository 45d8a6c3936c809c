import languages from '../../locales/languages.json';

/**
 * The language is part of the address: English pages live at /…, every other language under its
 * code (/cy/…). So a prerendered page is already in the right language, with no inline script.
 */
export const DEFAULT_LANGUAGE = 'en';
/** The languages with addresses of their own (not the right-to-left test language of test builds). */
export const CODES = Object.keys(languages);

/** The language an address is in, and the address inside the app (without the language prefix). */
export function splitPath(pathname: string): { language: string; path: string } {
  const match = /^\/([a-z]{2,3})(?=\/|$)(.*)$/.exec(pathname);
  const code = match?.[1];
  if (code && code !== DEFAULT_LANGUAGE && CODES.includes(code)) {
    return { language: code, path: match[2] || '/' };
  }
  return { language: DEFAULT_LANGUAGE, path: pathname || '/' };
}

/** The router's basename for a language: '' for English, '/cy' for Welsh. */
export function basenameFor(language: string): string {
  return language === DEFAULT_LANGUAGE || !CODES.includes(language) ? '' : `/${language}`;
}

/** The address of an app path in a language. */
export function pathIn(language: string, path: string): string {
  const base = basenameFor(language);
  return base ? (path === '/' ? base : `${base}${path}`) : path;
}

import languages from '../../../locales/languages.json';
import { PSEUDO_RTL_CODE, pseudoRtl } from './pseudoRtl';

/**
 * The right-to-left test language exists only in a build made with `--mode pseudo-rtl` (for the
 * browser tests); in any other build this is false and the language, and the code that makes it,
 * are left out.
 */
export const PSEUDO_RTL = import.meta.env.MODE === 'pseudo-rtl';

/** English is the source every other language is translated from. */
export const SOURCE_LANGUAGE = 'en';

export interface Language {
  code: LanguageCode;
  /** The language named in itself, so a person can find theirs whatever is showing now. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** Downloaded on the first visit with the app itself (English and Welsh); others when chosen. */
  firstVisit: boolean;
  /** Letters to schools and councils can be written in it (English and Welsh). */
  letters: boolean;
  /** When a person fluent in both languages last checked the translation; `null`: not yet. */
  reviewed: { by: string; on: string } | null;
}

/** The languages the app offers (locales/languages.json). */
export type LanguageCode = keyof typeof languages;
export const LANGUAGES: Language[] = [
  // locales/languages.json says only what differs from a language chosen later, left to right,
  // with no letters in it and no review yet.
  ...Object.entries(languages as Record<string, Partial<Omit<Language, 'code'>> & { name: string }>).map(([code, l]) => ({
    code: code as LanguageCode,
    name: l.name,
    dir: l.dir ?? 'ltr',
    firstVisit: l.firstVisit ?? false,
    letters: l.letters ?? false,
    reviewed: l.reviewed ?? null,
  })),
  ...(PSEUDO_RTL
    ? [{ code: PSEUDO_RTL_CODE as LanguageCode, name: pseudoRtl('Test right to left'), dir: 'rtl' as const, firstVisit: true, letters: false, reviewed: null }]
    : []),
];

export const languageOf = (code: string | undefined): Language | undefined => LANGUAGES.find((l) => l.code === code);

/** Whether the text on screen is a translation no professional translator has checked yet. */
export const unreviewedTranslation = (code: string | undefined) => {
  const l = languageOf(code);
  return Boolean(l && l.code !== SOURCE_LANGUAGE && !l.reviewed);
};

import languages from '../../../locales/languages.json';
import { PSEUDO_RTL_CODE, pseudoRtl } from './pseudoRtl';

/**
 * The right-to-left test language exists only in a build made with `--mode pseudo-rtl` (for the
 * browser tests); in any other build this is false and the language, and the code that makes it,
 * are left out.
 */
export const PSEUDO_RTL = import.meta.env.MODE === 'pseudo-rtl';

/** The languages the app offers (locales/languages.json), each named in itself. */
export type LanguageCode = keyof typeof languages;
export const LANGUAGES = [
  ...Object.entries(languages).map(([code, l]) => ({
    code: code as LanguageCode,
    name: l.name,
    dir: l.dir as 'ltr' | 'rtl',
  })),
  ...(PSEUDO_RTL ? [{ code: PSEUDO_RTL_CODE as LanguageCode, name: pseudoRtl('Test right to left'), dir: 'rtl' as const }] : []),
];

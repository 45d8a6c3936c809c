import languages from '../../locales/languages.json';

/** The languages the app offers (locales/languages.json), each named in itself. */
export type LanguageCode = keyof typeof languages;
export const LANGUAGES = Object.entries(languages).map(([code, l]) => ({
  code: code as LanguageCode,
  name: l.name,
  dir: l.dir as 'ltr' | 'rtl',
}));

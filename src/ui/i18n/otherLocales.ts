/**
 * The words of every language but English (whose list the first page carries, src/app/i18n.ts):
 * this list of their files loads only when one of them is used, so the first page does not carry it.
 */
const OTHER = import.meta.glob<{ default: Record<string, unknown> }>(['./*/*.json', '!./en/*.json'], { base: '../../../locales' });

/** Loads one namespace of a language other than English, or `undefined` when it has no such file. */
export const otherLocale = (language: string, namespace: string) => OTHER[`./${language}/${namespace}.json`];

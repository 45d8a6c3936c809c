/**
 * The words of every language a first visit does not download (all but English and Welsh): this
 * list of their files loads only when one of them is chosen, so the first page does not carry it.
 */
const LATER = import.meta.glob<{ default: Record<string, unknown> }>(['../../../locales/*/*.json', '!../../../locales/{en,cy}/*.json']);

/** Loads one namespace of a later language, or `undefined` when it has no such file. */
export const laterLocale = (language: string, namespace: string) => LATER[`../../../locales/${language}/${namespace}.json`];


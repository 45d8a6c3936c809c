import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, PSEUDO_RTL } from '../ui/i18n/languages';
// English shell text ships with the first page so it paints without waiting for another request.
import enCommon from '../../locales/en/common.json';
import { interpolation, missingInterpolationHandler } from '../ui/i18n/bidi';
import { PSEUDO_RTL_CODE, pseudoRtl } from '../ui/i18n/pseudoRtl';

/**
 * Each locale file becomes its own small chunk: loaded when needed. The first page knows English's
 * files; the list of every other language's files (src/ui/i18n/otherLocales.ts) loads only when one
 * is used, so the first page does not carry it. Which are precached for a first visit (English and
 * Welsh) is the service worker's business (vite.config.ts).
 */
const loaders = import.meta.glob<{ default: Record<string, unknown> }>(['./en/*.json', '!./en/common.json'], { base: '../../locales' });
type Load = () => Promise<{ default: Record<string, unknown> }>;
const loaderFor = (language: string, namespace: string): Promise<Load | undefined> => {
  const first = loaders[`./${language}/${namespace}.json`];
  if (first) return Promise.resolve(first);
  return import('../ui/i18n/otherLocales').then((m) => m.otherLocale(language, namespace));
};

export { LANGUAGES } from '../ui/i18n/languages';
const CODES = LANGUAGES.map((l) => l.code as string);
const STORAGE_KEY = 'bn.language';

const backend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    if (language === 'en' && namespace === 'common') return callback(null, enCommon);
    if (PSEUDO_RTL && language === PSEUDO_RTL_CODE) {
      if (namespace === 'common') return callback(null, pseudoRtl(enCommon));
      const english = loaders[`./en/${namespace}.json`];
      if (!english) return callback(null, {});
      english().then(
        (m) => callback(null, pseudoRtl(m.default)),
        (error: unknown) => callback(error as Error, null),
      );
      return;
    }
    loaderFor(language, namespace)
      .then((load) => (load ? load().then((m) => m.default) : {}))
      .then(
        (words) => callback(null, words),
        (error: unknown) => callback(error as Error, null),
      );
  },
};

/** The language the person chose before (or their browser's), if the app has it. */
export function savedLanguage(): string | undefined {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (saved && CODES.includes(saved)) return saved;
  } catch {
    /* storage may be blocked; fall back to the browser's language */
  }
  const browser = typeof navigator !== 'undefined' ? navigator.language?.slice(0, 2) : undefined;
  return browser && CODES.includes(browser) ? browser : undefined;
}

/**
 * Sets the page's language and direction, only where they differ: a prerendered page already has
 * them, and setting either (even to the same value) makes the browser look again at every element's
 * style and direction while the page is starting up.
 */
function applyToDocument(language: string) {
  if (typeof document === 'undefined') return;
  const html = document.documentElement;
  const dir = LANGUAGES.find((l) => l.code === language)?.dir ?? 'ltr';
  if (html.getAttribute('lang') !== language) html.lang = language;
  if (html.getAttribute('dir') !== dir) html.dir = dir;
  // Urdu's Nastaliq font is the app's only webfont, fetched only for Urdu (src/ui/fonts/urdu.css).
  if (language === 'ur') void import('../ui/fonts/urdu').catch(urduFontLater);
}

/** Urdu's font could not be loaded (offline before it was kept): the phone's own font shows until it can. */
function urduFontLater() {}

export async function setupI18n(language = savedLanguage() ?? 'en') {
  i18next.on('languageChanged', (lng) => {
    applyToDocument(lng);
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      /* not remembered, but the page still changes */
    }
  });
  await i18next
    .use(backend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: 'en',
      resources: { en: { common: enCommon } },
      partialBundledLanguages: true,
      supportedLngs: CODES,
      ns: ['common'],
      defaultNS: 'common',
      // Said outright (they are i18next's own defaults), so i18next does not test every key it is
      // asked for against a pattern to guess whether the key is a sentence rather than a path.
      nsSeparator: ':',
      keySeparator: '.',
      // Names and other words the family typed are isolated so they cannot reorder our sentences.
      interpolation,
      missingInterpolationHandler,
      returnNull: false,
      returnEmptyString: false,
      react: { useSuspense: true },
    });
  applyToDocument(i18next.language);
  return i18next;
}

export { i18next };

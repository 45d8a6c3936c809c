import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../../src/domain/letters/draft';
import { contentT } from '../../../src/ui/i18n/contentText';

const lettersIn = (lang: string) => JSON.parse(readFileSync(join(process.cwd(), `locales/${lang}/letters.json`), 'utf8'));

/** The real letter text in a language (English where a text is missing), as the app would load it. */
export async function lettersText(lng: 'en' | 'cy'): Promise<Translate> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { letters: lettersIn('en') }, cy: { letters: lettersIn('cy') } },
    defaultNS: 'letters',
    interpolation: { escapeValue: false },
  });
  return (key, values) => contentT(i18n.t)(key, values ?? {});
}

/** The real English letter text, as the app would load it. */
export const englishLetters = (): Promise<Translate> => lettersText('en');

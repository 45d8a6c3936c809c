import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Translate } from '../../../src/domain/letters/draft';

/** The real English letter text, as the app would load it. */
export async function englishLetters(): Promise<Translate> {
  const resources = JSON.parse(readFileSync(join(process.cwd(), 'locales/en/letters.json'), 'utf8'));
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'en', resources: { en: { letters: resources } }, defaultNS: 'letters', interpolation: { escapeValue: false } });
  return (key, values) => i18n.t(key, values ?? {});
}

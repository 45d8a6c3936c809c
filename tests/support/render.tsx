import { render } from '@testing-library/react';
import i18next, { type Resource } from 'i18next';
import { Suspense, type ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { interpolation } from '../../src/ui/i18n/bidi';

/** An i18next with every English (or given language) namespace loaded from locales/, synchronously. */
export async function testI18n(language = 'en') {
  const instance = i18next.createInstance();
  const resources: Resource = {};
  for (const lng of new Set(['en', language])) {
    resources[lng] = {};
    const dir = join(process.cwd(), 'locales', lng);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      resources[lng]![f.replace(/\.json$/, '')] = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    }
  }
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources,
    defaultNS: 'common',
    interpolation,
    react: { useSuspense: false },
  });
  return instance;
}

/** Render a screen as the app would: with its text and a router at the given URL. */
export async function renderScreen(ui: ReactElement, { route = '/', language = 'en' } = {}) {
  const i18n = await testI18n(language);
  return {
    i18n,
    ...render(
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <MemoryRouter initialEntries={[route]}>{ui}</MemoryRouter>
        </Suspense>
      </I18nextProvider>,
    ),
  };
}

// @vitest-environment node
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules in eslint.config.js (docs/ARCHITECTURE.md, "Layers"): each wrong-way import below
 * must be an error, and the right-way imports next to it must pass, whether written as a static import
 * or as a dynamic `import('…')` (eslint/layers.js). The files need not exist: ESLint checks the text as
 * if it were at that path.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return result!.messages.filter((m) => LAYER_RULES.includes(m.ruleId ?? '')).map((m) => m.message);
}
const LAYER_RULES = ['no-restricted-imports', 'layers/dynamic-imports'];

const wrongWay: [string, string, string][] = [
  ['domain → content', 'src/domain/x.ts', "import { QUESTIONS as x } from '../content/questions';"],
  ['domain (nested) → content', 'src/domain/plan/x.ts', "import { SIGNPOSTS as x } from '../../content/signposts';"],
  ['domain → storage', 'src/domain/x.ts', "import { getStorage as x } from '../storage';"],
  ['domain → storage schema', 'src/domain/plan/x.ts', "import type { Snapshot as x } from '../../storage/schema';"],
  ['domain → a feature', 'src/domain/x.ts', "import { usePlanText as x } from '../features/plan/text';"],
  ['domain → app', 'src/domain/x.ts', "import { LANGUAGES as x } from '../app/i18n';"],
  ['domain → ui', 'src/domain/x.ts', "import { Page as x } from '../ui/Page';"],
  ['domain → React', 'src/domain/x.ts', "import { useState as x } from 'react';"],
  ['domain → i18n', 'src/domain/x.ts', "import { useTranslation as x } from 'react-i18next';"],
  ['domain → IndexedDB', 'src/domain/x.ts', "import { openDB as x } from 'idb';"],
  ['content → storage', 'src/content/x.ts', "import { getStorage as x } from '../storage';"],
  ['content → ui', 'src/content/x.ts', "import { Page as x } from '../ui/Page';"],
  ['storage → content', 'src/storage/x.ts', "import { QUESTIONS as x } from '../content/questions';"],
  ['storage → a feature', 'src/storage/x.ts', "import { createChild as x } from '../features/questionnaire/store';"],
  ['storage → ui', 'src/storage/x.ts', "import { Page as x } from '../ui/Page';"],
  ['storage → app', 'src/storage/x.ts', "import { App as x } from '../app/App';"],
  ['feature → another feature', 'src/features/support/x.tsx', "import { UrgentHelp as x } from '../questionnaire/UrgentHelp';"],
  ['feature → another feature', 'src/features/settings/x.tsx', "import { ImportBackup as x } from '../plan/ImportBackup';"],
  ['feature (nested) → another feature', 'src/features/plan/editor/x.tsx', "import { x } from '../../letters/shared';"],
  ['feature → app', 'src/features/services/x.tsx', "import { NotFound as x } from '../../app/NotFound';"],
  ['feature → IndexedDB', 'src/features/plan/x.ts', "import { openDB as x } from 'idb';"],
  ['ui → a feature', 'src/ui/x.tsx', "import { planFor as x } from '../features/plan/PlanHome';"],
  ['ui → app', 'src/ui/x.tsx', "import { LANGUAGES as x } from '../app/i18n';"],
  ['src root → app', 'src/x.ts', "import { App as x } from './app/App';"],
  ['vendored code → app', 'src/vendor/x.ts', "import { App as x } from '../app/App';"],
];

/** The same wrong ways, loaded later: code loaded on demand is still code of its layer. */
const wrongWayLater: [string, string, string][] = [
  ['ui → a feature, later', 'src/ui/x.tsx', "const x = () => import('../features/plan/PlanHome');"],
  ['ui → app, later', 'src/ui/x.tsx', "const x = async () => (await import('../app/i18n')).LANGUAGES;"],
  ['ui → a feature named at run time', 'src/ui/x.tsx', 'const x = (name: string) => import(`../features/${name}/index`);'],
  ['domain → content, later', 'src/domain/x.ts', "const x = () => import('../content/questions');"],
  ['domain → storage, later', 'src/domain/plan/x.ts', "const x = () => import('../../storage');"],
  ['domain → React, later', 'src/domain/x.ts', "const x = () => import('react');"],
  ['domain → ui, as a type', 'src/domain/x.ts', "let x: typeof import('../ui/Page') | undefined;"],
  ['content → ui, later', 'src/content/x.ts', "const x = () => import('../ui/Page');"],
  ['content → storage, later', 'src/content/x.ts', "const x = () => import('../storage');"],
  ['storage → content, later', 'src/storage/x.ts', "const x = () => import('../content/questions');"],
  ['storage → ui, later', 'src/storage/x.ts', "const x = () => import('../ui/Page');"],
  ['feature → another feature, later', 'src/features/support/x.tsx', "const x = () => import('../questionnaire/QuestionPage');"],
  ['feature (nested) → another feature, later', 'src/features/plan/editor/x.tsx', "const x = () => import('../../letters/shared');"],
  ['feature → app, later', 'src/features/services/x.tsx', "const x = () => import('../../app/routes');"],
  ['feature → IndexedDB, later', 'src/features/plan/x.ts', "const x = () => import('idb');"],
  ['src root → app, later', 'src/x.ts', "const x = () => import('./app/routes');"],
];

const rightWay: [string, string, string][] = [
  ['domain → domain', 'src/domain/plan/x.ts', "import { matches as x } from '../conditions';"],
  ['domain → zod', 'src/domain/x.ts', "import { z as x } from 'zod';"],
  ['content → domain', 'src/content/x.ts', "import { createFlow as x } from '../domain/questionnaire/flow';"],
  ['storage → domain', 'src/storage/x.ts', "import { SCHEMA_VERSION as x } from '../domain/schema';"],
  ['storage → IndexedDB', 'src/storage/x.ts', "import { openDB as x } from 'idb';"],
  ['ui → storage, content, domain', 'src/ui/x.tsx', "import { useList as x } from '../storage/react';"],
  ['feature → its own files', 'src/features/plan/x.tsx', "import { usePlanText as x } from './text';"],
  ['feature (nested) → its own files', 'src/features/plan/editor/x.tsx', "import { usePlanText as x } from '../text';"],
  ['feature → content named like a feature', 'src/features/letters/x.tsx', "import { SERVICES_REVIEWED as x } from '../../content/services';"],
  ['feature → ui', 'src/features/support/x.tsx', "import { UrgentHelp as x } from '../../ui/UrgentHelp';"],
  ['feature → React', 'src/features/support/x.tsx', "import { useState as x } from 'react';"],
  ['app → a feature (through its index)', 'src/app/x.tsx', "import { feature as x } from '../features/plan';"],
  ['app → a feature, later (through its index)', 'src/app/x.tsx', "const x = () => import('../features/plan');"],
  ['app → app, ui, storage', 'src/app/x.tsx', "import { ui as x } from '../ui/Page'; const y = () => [import('./routes'), import('../storage')];"],
  ['main → app', 'src/main.tsx', "import { App as x } from './app/App'; const y = () => import('./app/routes');"],
  ['server entry → app', 'src/entry-server.tsx', "import { AppShell as x } from './app/App';"],
  ['ui → domain, storage, later', 'src/ui/x.tsx', "const x = () => [import('../domain/import'), import('../storage/react')];"],
  ['domain → domain, later', 'src/domain/x.ts', "const x = () => import('./handover/codec');"],
  ['content → domain, later', 'src/content/x.ts', "const x = () => import('../domain/councils/search');"],
  ['storage → domain, later', 'src/storage/x.ts', "const x = () => import('../domain/schema');"],
  ['storage → IndexedDB, later', 'src/storage/x.ts', "const x = () => import('idb');"],
  ['feature → its own files and ui, later', 'src/features/plan/x.tsx', "const x = () => [import('./text'), import('../../ui/scan'), import('qr')];"],
];

describe('layer rules', () => {
  it.each(wrongWay)('%s is an error (%s)', async (_name, filePath, code) => {
    expect(await importErrors(filePath, code)).toHaveLength(1);
  });

  it.each(wrongWayLater)('%s is an error (%s)', async (_name, filePath, code) => {
    expect(await importErrors(filePath, code)).toHaveLength(1);
  });

  it.each(rightWay)('%s is allowed (%s)', async (_name, filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([]);
  });

  it('names the rule a person broke', async () => {
    const [message] = await importErrors('src/features/support/x.tsx', "import { x } from '../questionnaire/UrgentHelp';");
    expect(message).toMatch(/never imports another feature/);
  });

  it('names the rule a person broke with a dynamic import', async () => {
    const [message] = await importErrors('src/ui/x.tsx', "const x = () => import('../features/plan/PlanHome');");
    expect(message).toMatch(/never imports a feature or the app shell/);
  });
});

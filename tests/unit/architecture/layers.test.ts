// @vitest-environment node
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules in eslint.config.js (docs/ARCHITECTURE.md, "Layers"): each wrong-way import below
 * must be an error, and the right-way imports next to it must pass. The files need not exist: ESLint
 * checks the text as if it were at that path.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

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
];

describe('layer rules', () => {
  it.each(wrongWay)('%s is an error (%s)', async (_name, filePath, code) => {
    expect(await importErrors(filePath, code)).toHaveLength(1);
  });

  it.each(rightWay)('%s is allowed (%s)', async (_name, filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([]);
  });

  it('names the rule a person broke', async () => {
    const [message] = await importErrors('src/features/support/x.tsx', "import { x } from '../questionnaire/UrgentHelp';");
    expect(message).toMatch(/never imports another feature/);
  });
});

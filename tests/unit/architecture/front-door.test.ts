// @vitest-environment node
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * One front door per feature (eslint.config.js, docs/ARCHITECTURE.md "Screens by URL"): from outside
 * a feature, only its index.ts may be imported, statically or with import(). Each wrong-way import
 * below must be an error, and the right-way imports next to it must pass. The files need not exist:
 * ESLint checks the text as if it were at that path.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function doorErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [x];\n`, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'barriers/feature-front-door').map((m) => m.message);
}

const wrongWay: [string, string, string][] = [
  ['app → a feature’s screen', 'src/app/x.tsx', "import { x } from '../features/plan/PlanRoutes';"],
  ['app → a feature’s nested file', 'src/app/x.tsx', "import { x } from '../features/plan/editor/rows';"],
  ['app → a feature’s screen, loaded later', 'src/app/x.tsx', "const x = () => import('../features/letters/UpcomingDates');"],
  ['app → a feature’s screen, loaded later (template)', 'src/app/x.tsx', 'const x = () => import(`../features/records/FollowUps`);'],
  ['app → a feature’s file, passed on', 'src/app/x.tsx', "export { x } from '../features/support/text';"],
  ['app → all of a feature’s file, passed on', 'src/app/x.tsx', "export * from '../features/support/text';\nconst x = 1;"],
  ['a file at the top of src → a feature’s screen', 'src/x.tsx', "import { x } from './features/session/SessionRoutes';"],
  ['a file at the top of src → a feature’s screen, loaded later', 'src/x.tsx', "const x = () => import('./features/session/SessionRoutes');"],
  ['a new feature’s screen', 'src/app/x.tsx', "import { x } from '../features/case/CaseRoutes';"],
];

const rightWay: [string, string, string][] = [
  ['app → a feature’s index (by its folder)', 'src/app/x.tsx', "import { feature as x } from '../features/plan';"],
  ['app → a feature’s index (by name)', 'src/app/x.tsx', "import { feature as x } from '../features/plan/index';"],
  ['app → a feature’s index, loaded later', 'src/app/x.tsx', "const x = () => import('../features/plan');"],
  ['a feature → its own files', 'src/features/plan/x.tsx', "import { x } from './rows';"],
  ['a feature (nested) → its own files', 'src/features/plan/editor/x.tsx', "import { x } from '../rows';"],
  ['a feature → its own screen, loaded later', 'src/features/letters/index.ts', "const x = () => import('./LettersRoutes');"],
  ['app → app', 'src/app/x.tsx', "import { x } from './routeTable';"],
  ['app → ui', 'src/app/x.tsx', "import { Page as x } from '../ui/Page';"],
];

describe('one front door per feature', () => {
  it.each(wrongWay)('%s is an error (%s)', async (_name, filePath, code) => {
    expect(await doorErrors(filePath, code)).toHaveLength(1);
  });

  it.each(rightWay)('%s is allowed (%s)', async (_name, filePath, code) => {
    expect(await doorErrors(filePath, code)).toEqual([]);
  });

  it('says which door to use', async () => {
    const [message] = await doorErrors('src/app/x.tsx', "const x = () => import('../features/letters/UpcomingDates');");
    expect(message).toMatch(/src\/features\/letters\/index\.ts/);
  });
});

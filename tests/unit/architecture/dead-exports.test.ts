// @vitest-environment node
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The dead-export check that `npm run lint` runs (knip, with this project's knip.jsonc): shown here
 * on a small project laid out like ours, so a check that finds nothing can be trusted.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const knip = join(root, 'node_modules/knip/bin/knip.js');
const dir = mkdtempSync(join(tmpdir(), 'dead-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Report {
  issues: { file: string; exports: { name: string }[]; types: { name: string }[] }[];
}

async function check(files: Record<string, string>): Promise<Report> {
  copyFileSync(join(root, 'knip.jsonc'), join(dir, 'knip.jsonc'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'fixture', private: true, type: 'module' }));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const run = promisify(execFile)(process.execPath, [knip, '--reporter', 'json', '--no-progress'], { cwd: dir });
  // knip exits with 1 when it finds something: the report is on standard output either way.
  const { stdout } = await run.catch((e: { stdout: string }) => ({ stdout: e.stdout }));
  return JSON.parse(stdout) as Report;
}

describe('the dead-export check', () => {
  it('names an export and a type nobody uses, and not those another file or a test uses, nor one used in its own file', async () => {
    const report = await check({
      'src/entry-server.tsx': "import { used } from './ui/shared';\nconsole.log(used);\n",
      'src/ui/shared.ts': [
        'export const used = 1;',
        'export const nobodyUses = 2;',
        'export const usedHere = 3;',
        'export const usedByATest = 4;',
        'export type NobodyUses = { a: number };',
        'console.log(usedHere);',
      ].join('\n'),
      'tests/unit/shared.test.ts': "import { usedByATest } from '../../src/ui/shared';\nconsole.log(usedByATest);\n",
    });
    expect(report.issues.map((i) => [i.file, i.exports.map((e) => e.name), i.types.map((t) => t.name)])).toEqual([
      ['src/ui/shared.ts', ['nobodyUses'], ['NobodyUses']],
    ]);
  }, 30_000);
});

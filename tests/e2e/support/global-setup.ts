import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error plain JS module shared with the scripts
import { startServer } from '../../../scripts/serve.mjs';
// @ts-expect-error plain JS module shared with the scripts
import { findChromium } from '../../../scripts/chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromePath: string;
    /** The test build with the right-to-left test language (npm run build:pseudo-rtl), or '' if not built. */
    pseudoRtlUrl: string;
  }
}

/** Serves the production build once for all browser tests. BN_DIST picks another build folder. */
export default async function setup(project: TestProject) {
  const dir = resolve(process.env.BN_DIST ?? 'dist');
  if (!existsSync(resolve(dir, 'index.html'))) {
    throw new Error(`No build in ${dir}: run "npm run build" first.`);
  }
  const chromePath = findChromium() as string;
  const server = (await startServer({ dir, port: 0 })) as { loopbackUrl: string; close: () => Promise<void> };
  project.provide('baseUrl', server.loopbackUrl);
  project.provide('chromePath', chromePath);
  // The right-to-left test language is only in its own test build, never in dist/.
  const pseudoDir = resolve('dist-pseudo-rtl');
  const pseudo = existsSync(resolve(pseudoDir, 'index.html'))
    ? ((await startServer({ dir: pseudoDir, port: 0 })) as { loopbackUrl: string; close: () => Promise<void> })
    : undefined;
  project.provide('pseudoRtlUrl', pseudo?.loopbackUrl ?? '');
  return async () => {
    await server.close();
    await pseudo?.close();
  };
}

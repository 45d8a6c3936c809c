import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
// @ts-expect-error plain JS module shared with the scripts
import { startServer } from '../../../scripts/serve.mjs';
import { Screen, type Engine } from './engine';
import { firstLetterJourney, firstVisitJourney } from './journey';

interface Server {
  loopbackUrl: string;
  close: () => Promise<void>;
}

/**
 * Serves the built app (dist/, or BN_DIST) on a port of its own, runs the journey in the engine,
 * and prints one line per step and one for the whole run, with its time.
 */
/** Straight to the terminal, one line each, without the test runner's header on every line. */
const say = (line: string) => process.stdout.write(`${line}\n`);

export async function runJourney<E>(launch: () => Promise<Engine<E>>, label: string) {
  const dir = resolve(process.env.BN_DIST ?? 'dist');
  if (!existsSync(resolve(dir, 'index.html'))) throw new Error(`No build in ${dir}: run "npm run build" first.`);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
  const server = (await startServer({ dir, port: 0 })) as Server;
  let serving = true;
  const stopServer = async () => {
    serving = false;
    await server.close();
    // Nothing answers at the app's address any more.
    await expect(fetch(`${server.loopbackUrl}/`)).rejects.toThrow();
  };
  let engine: Engine<E> | undefined;
  try {
    engine = await launch();
    const name = engine.name;
    const screen = new Screen(engine, server.loopbackUrl);
    await screen.goto('/');
    say(`[${label}] ${name} started in ${seconds()} s, ${await screen.run<number>('() => window.innerWidth')} px wide`);
    const log = (step: string) => say(`[${label}] ${step} (${seconds()} s)`);
    await firstLetterJourney(screen, log);
    await firstVisitJourney(screen, stopServer, log);
    const errors = engine.errors?.() ?? [];
    if (errors.length) say(`[${label}] the page logged ${errors.length} error(s):\n  ${errors.join('\n  ')}`);
    // Where the engine reports what the page logged (Firefox), a blocked script or eval fails the run.
    expect(errors.filter((e) => /Content[- ]Security[- ]Policy/i.test(e))).toEqual([]);
    say(`[${label}] PASS: ${name} ran the journey in ${seconds()} s`);
  } catch (error) {
    say(`[${label}] FAIL after ${seconds()} s: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  } finally {
    await engine?.close();
    if (serving) await server.close();
  }
}

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { until, type Engine } from './engine';

/** A WebDriver element reference, as the protocol sends it. */
export interface WebElement {
  'element-6066-11e4-a52e-4f735466cecf': string;
}
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

export const WEBKIT_WEBDRIVER = process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver';

/** WebKitGTK's MiniBrowser (Debian's libwebkit2gtk-4.1-0), or WEBKIT_MINIBROWSER. */
export function findMiniBrowser(): string | undefined {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const lib = '/usr/lib/x86_64-linux-gnu';
  const dirs = existsSync(lib) ? readdirSync(lib).filter((d) => /^webkit2?gtk-\d/.test(d)).sort().reverse() : [];
  return dirs.map((d) => `${lib}/${d}/MiniBrowser`).find((p) => existsSync(p));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * WebKitGTK's MiniBrowser (the engine of Safari) through WebKitWebDriver, under a virtual screen
 * (xvfb-run), spoken to in WebDriver classic over HTTP on loopback by this small client: a handful
 * of commands is all a journey needs, so no client package is added.
 */
export async function launchWebKit(): Promise<Engine<WebElement>> {
  const binary = findMiniBrowser();
  if (!existsSync(WEBKIT_WEBDRIVER) || !binary) {
    throw new Error(
      'No WebKitWebDriver or MiniBrowser: install them (on Debian: apt-get install webkit2gtk-driver xvfb xauth) or set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER.',
    );
  }
  const port = await freePort();
  // Its own process group, so closing ends the virtual screen, the driver and the browser together.
  const driver: ChildProcess = spawn('xvfb-run', ['--auto-servernum', '--server-args=-screen 0 1024x768x24', WEBKIT_WEBDRIVER, `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  let failed: string | undefined;
  driver.on('error', (error) => (failed = `could not start xvfb-run: ${error.message}`));
  driver.on('exit', (code) => (failed ??= `xvfb-run and WebKitWebDriver stopped (exit code ${code})`));
  const stopDriver = () => {
    if (driver.pid && driver.exitCode === null) {
      try {
        process.kill(-driver.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  };
  const base = `http://127.0.0.1:${port}`;
  async function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
    const json = (await response.json()) as { value: T & { error?: string; message?: string } };
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${json.value?.error ?? response.status} ${json.value?.message ?? ''}`);
    return json.value;
  }
  try {
    const answer = await until(
      'WebKitWebDriver to answer',
      () => (failed ? Promise.resolve(failed) : call<{ ready: boolean }>('GET', '/status').then((s) => s.ready && 'ready')),
      30_000,
    );
    if (answer !== 'ready') throw new Error(answer);
    const session = await call<{ sessionId: string; capabilities: { browserVersion: string } }>('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary, args: ['--automation'] } } },
    });
    const s = `/session/${session.sessionId}`;
    try {
      await call('POST', `${s}/window/rect`, { width: 360, height: 800 });
    } catch {
      // A window that cannot be resized still runs the journey, only wider.
    }
    const execute = <T>(source: string, args: unknown[]) =>
      call<T>('POST', `${s}/execute/sync`, { script: `return (${source}).apply(null, arguments);`, args });
    return {
      name: `WebKitGTK ${session.capabilities.browserVersion}`,
      async goto(url) {
        await call('POST', `${s}/url`, { url });
      },
      async reload() {
        await call('POST', `${s}/refresh`);
      },
      currentUrl() {
        return call<string>('GET', `${s}/url`);
      },
      run: execute,
      async element(source, args) {
        const found = await execute<WebElement | null>(source, args);
        return found && ELEMENT_KEY in found ? found : null;
      },
      async click(element) {
        await call('POST', `${s}/element/${element[ELEMENT_KEY]}/click`);
      },
      async type(element, text) {
        await call('POST', `${s}/element/${element[ELEMENT_KEY]}/value`, { text });
      },
      async upload(element, path) {
        // WebDriver's way to choose a file: send its path to the file box.
        await call('POST', `${s}/element/${element[ELEMENT_KEY]}/value`, { text: path });
      },
      async close() {
        try {
          await call('DELETE', s);
        } finally {
          stopDriver();
        }
      },
    };
  } catch (error) {
    stopDriver();
    throw error;
  }
}

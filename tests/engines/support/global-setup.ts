import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIREFOX_PATH } from './firefox';
import { findMiniBrowser, WEBKIT_WEBDRIVER } from './webkit';

/** Debian's packages for the other engines, each with what shows it is there. */
const NEEDED: { pkg: string; present: () => boolean }[] = [
  { pkg: 'firefox-esr', present: () => existsSync(FIREFOX_PATH) },
  { pkg: 'webkit2gtk-driver', present: () => existsSync(WEBKIT_WEBDRIVER) && findMiniBrowser() !== undefined },
  { pkg: 'xvfb', present: () => existsSync('/usr/bin/xvfb-run') },
  { pkg: 'xauth', present: () => existsSync('/usr/bin/xauth') },
];

/**
 * Makes sure Firefox, WebKitWebDriver with MiniBrowser, and a virtual screen are there: on Debian or
 * Ubuntu as root, missing ones are installed from the distribution (as the Chromium tests do); never
 * a browser download. Elsewhere a missing one fails with what to install.
 */
export default function setup() {
  const missing = NEEDED.filter((n) => !n.present()).map((n) => n.pkg);
  if (missing.length === 0) return;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && existsSync('/etc/debian_version')) {
    console.log(`Installing Debian's ${missing.join(', ')} for the Firefox and WebKit journeys…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  const still = NEEDED.filter((n) => !n.present()).map((n) => n.pkg);
  if (still.length) {
    throw new Error(
      `The Firefox and WebKit journeys need ${still.join(', ')} (on Debian or Ubuntu: apt-get install ${still.join(' ')}; or set FIREFOX_PATH, WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER).`,
    );
  }
}

/**
 * What a journey needs from a browser engine, whatever protocol drives it: Firefox over WebDriver
 * BiDi (puppeteer-core), WebKit over WebDriver classic (our own small client). Elements are found
 * inside the page the way a person finds them (a heading, a button or link by its words, a box by
 * its label), and every wait is for something on screen, polled, never a fixed pause.
 */

/** How a person picks out one thing on the page. `name` matches the accessible name. */
export type Query =
  | { kind: 'heading'; level?: number; name?: string; match?: Match }
  | { kind: 'link'; name: string; match?: Match }
  | { kind: 'button'; name: string; match?: Match }
  | { kind: 'field'; label: string; match?: Match }
  | { kind: 'text'; text: string; within?: string };

export type Match = 'exact' | 'prefix' | 'contains';

/** The few commands every engine gives the journey. E is the engine's own element reference. */
export interface Engine<E = unknown> {
  readonly name: string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  currentUrl(): Promise<string>;
  /** Runs `source` (a function's text) in the page with JSON arguments; a promise it returns is awaited. */
  run<T>(source: string, args: unknown[]): Promise<T>;
  /** Like run, but the function returns an element (or null). */
  element(source: string, args: unknown[]): Promise<E | null>;
  click(element: E): Promise<void>;
  type(element: E, text: string): Promise<void>;
  upload(element: E, path: string): Promise<void>;
  /** Errors the page logged or threw so far, where the protocol reports them (WebDriver classic does not). */
  errors?(): string[];
  close(): Promise<void>;
}

/**
 * Runs inside the page (sent as text, so it uses nothing from outside itself). Returns the first
 * visible element that fits the query, or null.
 */
function findInPage(q: Query): Element | null {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
  };
  const byIds = (ids: string | null) =>
    clean(
      (ids ?? '')
        .split(/\s+/)
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
  const nameOf = (el: Element) => clean(el.getAttribute('aria-label')) || byIds(el.getAttribute('aria-labelledby')) || clean(el.textContent);
  const labelOf = (el: Element) => {
    const labels = (el as HTMLInputElement).labels;
    const fromLabels = labels ? clean([...labels].map((l) => l.textContent).join(' ')) : '';
    return clean(el.getAttribute('aria-label')) || byIds(el.getAttribute('aria-labelledby')) || fromLabels;
  };
  const fits = (text: string, wanted: string, match: Match = 'exact') =>
    match === 'exact' ? text === wanted : match === 'prefix' ? text.startsWith(wanted) : text.includes(wanted);
  const all = (selector: string) => [...document.querySelectorAll(selector)].filter(visible);
  if (q.kind === 'heading') {
    const selector = q.level ? `h${q.level}, [role="heading"][aria-level="${q.level}"]` : 'h1, h2, h3, h4, h5, h6, [role="heading"]';
    return all(selector).find((el) => q.name === undefined || fits(nameOf(el), q.name, q.match)) ?? null;
  }
  if (q.kind === 'link' || q.kind === 'button') {
    const selector = q.kind === 'link' ? 'a[href], [role="link"]' : 'button, [role="button"], input[type="submit"], input[type="button"]';
    return all(selector).find((el) => fits(nameOf(el) || clean((el as HTMLInputElement).value), q.name, q.match)) ?? null;
  }
  if (q.kind === 'field') {
    // A file box or a radio may be drawn by its label while the input itself is hidden or tiny.
    const fields = [...document.querySelectorAll('input, textarea, select')];
    return fields.find((el) => fits(labelOf(el), q.label, q.match) && (visible(el) || (el as HTMLInputElement).type === 'file')) ?? null;
  }
  const scope = q.within ? document.querySelector(q.within) : document.body;
  if (!scope) return null;
  // The innermost visible element whose text holds the words.
  const holders = [scope, ...scope.querySelectorAll('*')].filter((el) => visible(el) && clean(el.textContent).includes(q.text));
  return holders.at(-1) ?? null;
}

const FIND = findInPage.toString();

export function describeQuery(q: Query): string {
  if (q.kind === 'heading') return `heading${q.level ? ` (level ${q.level})` : ''}${q.name ? ` "${q.name}"` : ''}`;
  if (q.kind === 'field') return `box labelled "${q.label}"`;
  if (q.kind === 'text') return `text "${q.text}"${q.within ? ` in ${q.within}` : ''}`;
  return `${q.kind} "${q.name}"`;
}

/** Polls `look` until it gives something (not null, undefined or false); fails after `timeout` ms saying what it waited for. */
export async function until<T>(what: string, look: () => Promise<T | null | undefined | false>, timeout = 20_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const found = await look();
      if (found !== null && found !== undefined && found !== false) return found;
    } catch (error) {
      // A page in the middle of navigating can refuse a look; try again.
      last = error;
    }
    if (Date.now() > end) throw new Error(`Waited ${timeout / 1000} s for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The journey's view of a page: what a person sees, and what they do. */
export class Screen<E> {
  constructor(
    readonly engine: Engine<E>,
    readonly origin: string,
  ) {}

  goto(path: string) {
    return this.engine.goto(new URL(path, this.origin).href);
  }

  async path() {
    return new URL(await this.engine.currentUrl()).pathname;
  }

  find(q: Query) {
    return this.engine.element(FIND, [q]);
  }

  /** Waits until the thing is on screen, and gives it. */
  see(q: Query, timeout?: number): Promise<E> {
    return until(describeQuery(q), () => this.find(q), timeout);
  }

  async click(q: Query) {
    await this.engine.click(await this.see(q));
  }

  async type(label: string, text: string) {
    await this.engine.type(await this.see({ kind: 'field', label }), text);
  }

  /** Chooses a radio button or tick box by its label. */
  async choose(label: string) {
    await this.engine.click(await this.see({ kind: 'field', label }));
  }

  async valueOf(label: string): Promise<string> {
    const box = await this.see({ kind: 'field', label });
    return this.engine.run<string>('(el) => el.value', [box]);
  }

  run<T>(source: string, ...args: unknown[]) {
    return this.engine.run<T>(source, args);
  }

  /** Waits until the page's text (or the text of `within`) holds these words. */
  seeText(text: string, within?: string, timeout?: number) {
    return this.see({ kind: 'text', text, within }, timeout);
  }
}

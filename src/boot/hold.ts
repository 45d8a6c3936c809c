import type { Holder } from './contract';

/**
 * A link the app opens itself (rather than the browser: another site, a new tab or window, a place on
 * this page, or a file the app saves, as "Save a copy to a file" does with a link of its own).
 */
const routed = (link: HTMLAnchorElement, e: MouseEvent, here: Location) =>
  !(e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || (link.target && link.target !== '_self') || link.download) &&
  link.origin === here.origin &&
  !(link.hash && link.pathname + link.search === here.pathname + here.search);

/**
 * Holds what a person does on any part of the page the app has not taken over yet (React would drop
 * it), in order, until the app gives it back:
 * - a tap on a button or on a link the app opens is stopped (so a form is not sent the browser's
 *   way, which would reload the page) and held (the app draws every button as a <button>);
 * - a box typed in, chosen from or ticked stays on screen as the person left it, and its state is held;
 * - a form sent without a button (Enter in its only box) is stopped and held.
 * A summary opens its details by itself (the browser does it), so it needs no holding.
 * Kept small, as it is on every first page: the app decides what each is and when to give it back,
 * and holding stops wherever the app says a control is its own (`owned`).
 */
export function hold(d: Document): Holder {
  const holder: Holder = { held: [] };
  const keep = (entry: Holder['held'][number], stop?: Event) => {
    stop?.preventDefault();
    stop?.stopImmediatePropagation();
    holder.held.push(entry);
    holder.onHeld?.();
  };
  const on = (e: Event) => {
    const target = e.target as Element;
    const control = e.type === 'click' ? target.closest?.<HTMLElement>('button,a[href]') : target;
    if (!control || holder.owned?.(control)) return;
    if (e instanceof SubmitEvent) keep(e.submitter ? { kind: 'tap', control: e.submitter } : { kind: 'submit', control: control as HTMLFormElement }, e);
    else if (e.type === 'click') {
      // "Exit this page" tapped before the app has started (nothing typed can be saved until it has):
      // leave at once, replacing this page in the tab's history, as the link alone would not.
      if (control.closest('.quick-exit')) {
        e.preventDefault();
        d.documentElement.classList.add('exiting');
        d.location.replace((control as HTMLAnchorElement).href);
      } else if (!(control instanceof HTMLAnchorElement) || routed(control, e as MouseEvent, d.location)) keep({ kind: 'tap', control: control as HTMLElement }, e);
    } else {
      // Only boxes, lists and text areas say they were changed (the app draws nothing else that can be edited).
      const box = control as HTMLInputElement;
      keep({ kind: 'change', control: box, value: box.value, checked: box.checked });
    }
  };
  for (const type of ['click', 'submit', 'input', 'change']) d.addEventListener(type, on, true);
  return holder;
}

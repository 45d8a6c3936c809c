import { ownedByApp, type Held, type Holder } from './contract';

/** Boxes whose value is typed or chosen. */
const VALUES = 'select,textarea,input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=button]):not([type=submit]):not([type=reset]):not([type=image])';
/** Boxes that are ticked. */
const CHECKS = 'input[type=checkbox],input[type=radio]';
/** Controls that are tapped. */
const TAPS = 'button,input[type=submit],input[type=button],input[type=image],a[href]';

/** A link the app opens itself (rather than the browser: another site, a new tab, a download, a place on this page). */
function routed(link: HTMLAnchorElement, e: MouseEvent): boolean {
  const here = link.ownerDocument.location;
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return false;
  if (link.origin !== here.origin) return false;
  return !(link.hash && link.pathname === here.pathname && link.search === here.search);
}

/**
 * Holds what a person does on any part of the page that the app has not taken over yet (React
 * would drop it), in order, until the app takes it back (`take`):
 * - a tap on a button or on a link the app opens is stopped (so a form is not sent the browser's
 *   way, which would reload the page) and held, once however often it is tapped;
 * - what is typed or chosen in a box, and a box ticked or not, stays on screen as the person left
 *   it, and its latest state is held;
 * - a form sent without a button (Enter in its only box) is stopped and held.
 * A summary opens its details by itself (the browser does it), so it needs no holding.
 * Controls the app has taken over are left alone, so nothing is held twice.
 */
export function hold(d: Document): Holder {
  let held: Held[] = [];
  let listener: (() => void) | undefined;

  const keep = (entry: Held) => {
    if (entry.kind === 'tap' || entry.kind === 'submit') {
      if (held.some((h) => h.control === entry.control)) return;
    } else {
      // The latest state, in the place of the latest change.
      held = held.filter((h) => h.control !== entry.control);
    }
    held.push(entry);
    listener?.();
  };
  const stopEvent = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  const click = (e: MouseEvent) => {
    const control = e.target instanceof Element ? e.target.closest<HTMLElement>(TAPS) : null;
    if (!control || ownedByApp(control)) return;
    if (control instanceof HTMLAnchorElement && !routed(control, e)) return;
    stopEvent(e);
    keep({ kind: 'tap', control });
  };
  const edit = (e: Event) => {
    const box = e.target;
    if (!(box instanceof Element) || ownedByApp(box)) return;
    if (box instanceof HTMLInputElement && box.matches(CHECKS)) keep({ kind: 'checked', control: box, checked: box.checked });
    else if (box.matches(VALUES)) {
      const field = box as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
      keep({ kind: 'value', control: field, value: field.value });
    }
  };
  const submit = (e: SubmitEvent) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement) || ownedByApp(form)) return;
    stopEvent(e);
    const by = e.submitter;
    keep(by instanceof HTMLElement ? { kind: 'tap', control: by } : { kind: 'submit', control: form });
  };

  const listen = (on: boolean) => {
    const f = on ? d.addEventListener.bind(d) : d.removeEventListener.bind(d);
    f('click', click as EventListener, true);
    f('submit', submit as EventListener, true);
    f('input', edit, true);
    f('change', edit, true);
  };
  listen(true);

  return {
    take(ready) {
      const out: Held[] = [];
      while (held[0] && ready(held[0].control)) out.push(held.shift()!);
      return out;
    },
    count: () => held.length,
    onHeld(f) {
      listener = f;
    },
    stop() {
      listen(false);
      held = [];
      listener = undefined;
    },
  };
}

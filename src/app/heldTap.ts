import { HOLDER, type Held, type ValueControl } from '../boot/contract';

/**
 * A prerendered page's boot script (src/boot/boot.ts) holds what a person does on a part of the page
 * the app has not taken over yet: a tap on a button or a link the app opens, what was typed or chosen
 * in a box, a box ticked (React would drop them). The app gives each back, in the order it was done,
 * once the part of the page holding its control has been taken over: the screen's own code may
 * arrive after the page around it, and a part of the screen (a lazily loaded panel) later still.
 */

/** The same control in the page now: itself, or the one drawn in its place (same id, or the only one of its name). */
function located(control: Element): Element | undefined {
  if (control.isConnected) return control;
  const d = control.ownerDocument;
  const type = control.getAttribute('type');
  const same = (e: Element | null): e is Element => !!e && e.tagName === control.tagName && e.getAttribute('type') === type;
  const byId = control.id ? d.getElementById(control.id) : null;
  if (same(byId)) return byId;
  const name = control.getAttribute('name');
  const value = type === 'radio' ? control.getAttribute('value') : undefined;
  const named = name ? [...d.getElementsByName(name)].filter((e) => same(e) && (value === undefined || e.getAttribute('value') === value)) : [];
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Sets a box as a person would, so React sees a change from what it knows. React notes a box's
 * value (or tick) when it takes the box over, and then hears only of changes from that note: the
 * box already shows what the person typed, so the note is first moved off it (assigning on the
 * element itself goes through React's note), then the box is set the browser's own way.
 */
function typeInto(box: ValueControl, value: string) {
  const proto = Object.getPrototypeOf(box) as object;
  const set = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  const select = box instanceof HTMLSelectElement;
  if (!select) box.value = value === '' ? ' ' : '';
  set?.call(box, value);
  box.dispatchEvent(new Event(select ? 'change' : 'input', { bubbles: true }));
}

/** Boxes whose value is typed or chosen (not ticked, tapped or a file). */
const NOT_TYPED = /^(checkbox|radio|file|button|submit|reset|image)$/;

function replay(held: Held) {
  const control = located(held.control);
  if (!control) return;
  switch (held.kind) {
    case 'change': {
      const box = control as ValueControl;
      if (!(box instanceof HTMLInputElement || box instanceof HTMLSelectElement || box instanceof HTMLTextAreaElement)) break;
      if (box instanceof HTMLInputElement && (box.type === 'checkbox' || box.type === 'radio')) {
        // An option button is given back where it was chosen (choosing another one unchose it).
        if (box.type === 'radio' && !held.checked) break;
        // As for a value: React's note moved to the other state, then a click ticks the box as a person would.
        box.checked = !held.checked;
        box.click();
      } else if (!(box instanceof HTMLInputElement && NOT_TYPED.test(box.type))) typeInto(box, held.value);
      break;
    }
    case 'tap':
      if (!(control as HTMLButtonElement).disabled) (control as HTMLElement).click();
      break;
    case 'submit':
      (control as HTMLFormElement).requestSubmit();
      break;
  }
}

/** The little of React's record of an element (its fiber) that says whether React has taken it over. */
interface Fiber {
  tag: number;
  flags: number;
  return: Fiber | null;
  alternate: Fiber | null;
}
/** A fiber still being placed or hydrated (React's Placement | Hydrating flags). */
const PENDING = 2 | 4096;
/** The fiber of the page's root. */
const ROOT = 3;

/**
 * Whether React has taken over this element (hydrated it and committed that, or drawn it), so that it
 * answers a tap or a change there; until then React would drop them. React keeps its record of the
 * element on it under a key of its own (`__reactFiber$<random>`); as React itself does before it
 * hands an event to an element (its `getNearestMountedFiber`), the element counts once no record
 * between it and the root is still being placed or hydrated: a part of the page whose code has not
 * arrived may have been gone through already, then put back to wait.
 */
export function ownedByApp(element: Element): boolean {
  const key = Object.keys(element).find((k) => k.startsWith('__reactFiber$'));
  const fiber = key ? (element as unknown as Record<string, Fiber | undefined>)[key] : undefined;
  if (!fiber) return false;
  let nearest: Fiber | null = fiber;
  let node = fiber;
  for (let next: Fiber | null = fiber; next && !next.alternate; next = node.return) {
    node = next;
    if (node.flags & PENDING) nearest = node.return;
  }
  while (node.return) node = node.return;
  return node.tag === ROOT && nearest === fiber;
}

/** A control can be given back once React has taken over its part of the page (or it is gone). */
const ready = (control: Element) => !control.isConnected || ownedByApp(control);

/**
 * Whether to give this back: a change is given back as its latest state, in the place of its latest
 * change; a control tapped (or a form sent) again while held counts once.
 */
function wanted(held: Held, later: Held[]) {
  if (held.kind !== 'change') {
    for (let i = later.length - 1; i >= 0; i--) if (later[i]!.kind === held.kind && later[i]!.control === held.control) later.splice(i, 1);
    return true;
  }
  return !later.some((h) => h.kind === held.kind && h.control === held.control);
}

/**
 * Starts giving back what is held, each once its part of the page has been taken over; keeps
 * watching while anything is held (and again whenever more is). Called once the app has started
 * drawing the page (src/main.tsx).
 */
export function giveBackHeld() {
  const holder = window[HOLDER];
  if (!holder) return;
  holder.owned = ownedByApp;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const { held } = holder;
    while (held[0] && ready(held[0].control)) {
      const next = held.shift()!;
      if (wanted(next, held)) replay(next);
    }
    if (held.length) timer ??= setTimeout(check, 16);
  };
  holder.onHeld = () => (timer ??= setTimeout(check));
  check();
}

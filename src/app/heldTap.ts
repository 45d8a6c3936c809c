import { HOLDER, ownedByApp, type Held, type ValueControl } from '../boot/contract';

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

function replay(held: Held) {
  const control = located(held.control);
  if (!control) return;
  switch (held.kind) {
    case 'value':
      typeInto(control as ValueControl, held.value);
      break;
    case 'checked': {
      const box = control as HTMLInputElement;
      if (box.type === 'radio' && !held.checked) break;
      // As for a value: React's note moved to the other state, then a click ticks the box as a person would.
      box.checked = !held.checked;
      box.click();
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

/** A control can be given back once React has taken over its part of the page (or it is gone). */
const ready = (control: Element) => !control.isConnected || ownedByApp(control);

/**
 * Starts giving back what is held, each once its part of the page has been taken over; keeps
 * watching while anything is held (and again whenever more is). Called once the app has started
 * drawing the page (src/main.tsx).
 */
export function giveBackHeld() {
  const holder = window[HOLDER];
  if (!holder) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    for (const held of holder.take(ready)) replay(held);
    if (holder.count()) timer ??= setTimeout(check, 16);
  };
  holder.onHeld(() => (timer ??= setTimeout(check)));
  check();
}

/** The app has crashed: the recovery page answers at once, and nothing held is given back. */
export function dropHeld() {
  window[HOLDER]?.stop();
}

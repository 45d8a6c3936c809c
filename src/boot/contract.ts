/**
 * What a prerendered page's boot script (src/boot/boot.ts, its own small classic script) and the app
 * (src/app/heldTap.ts) agree on. Both import it; nothing else passes between them.
 *
 * React answers a control only once it has taken over the part of the page that holds it (hydrated
 * it). Until then the boot script holds what a person does there, in order, and the app gives each
 * one back once the control's own part of the page has been taken over.
 */

/** A text box, text area or list whose value was typed or chosen. */
export type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** One thing a person did on a part of the page the app had not yet taken over. */
export type Held =
  /** What was typed in a text box or text area, or chosen in a list (the latest). */
  | { kind: 'value'; control: ValueControl; value: string }
  /** A tick box or option button, ticked or not (the latest). */
  | { kind: 'checked'; control: HTMLInputElement; checked: boolean }
  /** A tap on a button or on a link the app opens itself. */
  | { kind: 'tap'; control: HTMLElement }
  /** A form sent without a button (Enter in its only text box). */
  | { kind: 'submit'; control: HTMLFormElement };

/** The boot script's side: found on `window` under HOLDER once the boot script has run. */
export interface Holder {
  /**
   * Hands back, oldest first, what is held up to the first thing whose control is not `ready` yet
   * (the rest stay held, so the order is kept). Each is handed back once.
   */
  take(ready: (control: Element) => boolean): Held[];
  /** How many are still held. */
  count(): number;
  /** Called whenever something more is held (at most one listener: the app's). */
  onHeld(listener: () => void): void;
  /** Stops holding and forgets what is held (the app has crashed: the recovery page answers at once). */
  stop(): void;
}

export const HOLDER = '__bnHold';

declare global {
  interface Window {
    [HOLDER]?: Holder;
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

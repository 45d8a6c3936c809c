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

/**
 * Whether React has taken over this element (hydrated it, or drawn it): React keeps the element's
 * props on it under a key of its own, `__reactProps$<random>`. Until then a tap or a change there
 * would be dropped.
 */
export function ownedByApp(element: Element): boolean {
  return Object.keys(element).some((key) => key.startsWith('__reactProps$'));
}

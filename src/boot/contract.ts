/**
 * What a prerendered page's boot script (src/boot/boot.ts, its own small classic script) and the app
 * (src/app/heldTap.ts) agree on. Both import it; nothing else passes between them.
 *
 * React answers a control only once it has taken over the part of the page that holds it (hydrated
 * it). Until then the boot script holds what a person does there, in order, and the app gives each
 * one back once the control's own part of the page has been taken over.
 */

/** A text box, text area or list whose value is typed or chosen. */
export type ValueControl = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** One thing a person did on a part of the page the app had not yet taken over. */
export type Held =
  /**
   * A box typed in, chosen from, ticked or not, with its value and tick then: it stays on screen as
   * the person left it, but React may set it back to what it knows when it draws that part again.
   */
  | { kind: 'change'; control: ValueControl; value: string; checked: boolean }
  /** A tap on a button or on a link the app opens itself. */
  | { kind: 'tap'; control: HTMLElement }
  /** A form sent without a button (Enter in its only text box). */
  | { kind: 'submit'; control: HTMLFormElement };

/**
 * The boot script's side, found on `window` under HOLDER once the boot script has run. Kept as small
 * as it can be (it is on every first page): the boot script only holds; the app decides when each
 * is given back, and gives it back (src/app/heldTap.ts).
 */
export interface Holder {
  /** What is held, oldest first (every change, every tap); the app takes from the front. */
  held: Held[];
  /**
   * Set by the app once it has started: whether React has taken over this control, so that it
   * answers for itself and nothing there is held. Until then everything is held.
   */
  owned?: (control: Element) => boolean;
  /** Set by the app: called whenever something more is held. */
  onHeld?: () => void;
}

export const HOLDER = '__bnHold';

declare global {
  interface Window {
    [HOLDER]?: Holder;
  }
}

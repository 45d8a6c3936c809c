/** What a person did on the prerendered page before the app had taken over the screen. */
interface Held {
  button?: HTMLElement;
  values: [HTMLElement, string][];
}

/**
 * A prerendered page's boot script (scripts/prerender.mjs) holds a tap on a button, and what was
 * chosen or typed in a field, made before the app has taken over that part of the page (React would
 * drop them). This stops the holding and hands them back. Called once the screen is hydrated (then
 * `giveBack`), or when it has crashed (they are then forgotten, and the recovery page answers at once).
 */
export function takeHeld(): Held | undefined {
  return (window as { __bnStarted?: () => Held }).__bnStarted?.();
}

/** Replays what was held: each field's value as if just typed or chosen, then the tap. */
export function giveBack(held: Held | undefined) {
  if (!held) return;
  for (const [field, value] of held.values) {
    const select = field instanceof HTMLSelectElement;
    const proto = select ? HTMLSelectElement.prototype : field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    // The element's own setter, so that React sees a change from what it last knew.
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event(select ? 'change' : 'input', { bubbles: true }));
  }
  held.button?.click();
}

/**
 * "Exit this page" (GOV.UK's exit-this-page pattern): the family leaves for a neutral site at once,
 * by the link at the top of every screen or by pressing Shift three times. This is on the first page,
 * so it is kept small; the code that saves typing is loaded only when an exit is used.
 */

/** Where an exit goes, as GOV.UK's pattern does. The family goes there; the app requests nothing from it. */
export const EXIT_URL = 'https://www.bbc.co.uk/weather';

/** Blanks the page at once, then saves what is typed (bounded) and replaces this page in the tab's history. */
export function quickExit(neutralTitle: string, w: Window = window): Promise<void> {
  const d = w.document;
  // The style sheet blanks the whole page under this class, before the next frame is painted.
  d.documentElement.classList.add('exiting');
  d.title = neutralTitle;
  // The rest is not on the first page: it loads only when an exit is used.
  // If even that cannot load (offline before it was kept), leave without it: never stay on the page.
  return import('./leave').then(
    ({ leaveAfterSaving }) => leaveAfterSaving(w, EXIT_URL),
    () => w.location.replace(EXIT_URL),
  );
}

/** A key event as far as counting Shift presses needs it. */
interface KeyLike {
  type: string;
  key: string;
  repeat?: boolean;
}

/**
 * Counts presses of Shift on its own: true on the third within `windowMs` of the first. Any other
 * key resets the count, and a Shift held to type a capital (another key pressed while it was down)
 * does not count.
 */
export function shiftCounter(windowMs = 5000) {
  let count = 0;
  let first = 0;
  let used = false;
  return (e: KeyLike, now: number): boolean => {
    if (e.key !== 'Shift') {
      used = true;
      count = 0;
    } else if (e.type === 'keydown') {
      if (!e.repeat) used = false;
    } else if (e.type === 'keyup' && !used) {
      if (now - first > windowMs) count = 0;
      if (!count) first = now;
      if (++count === 3) {
        count = 0;
        return true;
      }
    }
    return false;
  };
}

/** Calls `exit` when Shift is pressed three times on `d`; returns a function that stops listening. */
export function listenForShiftExit(exit: () => void, d: Document = document): () => void {
  const count = shiftCounter();
  const on = (e: KeyboardEvent) => {
    if (count(e, e.timeStamp)) exit();
  };
  d.addEventListener('keydown', on, true);
  d.addEventListener('keyup', on, true);
  return () => {
    d.removeEventListener('keydown', on, true);
    d.removeEventListener('keyup', on, true);
  };
}

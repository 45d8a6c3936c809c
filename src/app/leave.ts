import { flushAllAutosavers } from '../storage';

/**
 * How long an exit waits for what was typed to be saved. Saving normally takes a few milliseconds;
 * a broken or full storage could take for ever, and must never keep the family on the page while
 * someone is looking over their shoulder, so after this the page goes anyway.
 */
const SAVE_BOUND_MS = 1000;

/** Saves what is typed (bounded), then replaces this page in the tab's history with the neutral one. */
export function leaveAfterSaving(w: Window, to: string): Promise<void> {
  // Leaving must not stop to ask "Leave site?" (a form not yet saved asks on beforeunload): capture
  // listeners on the window run first, so this keeps the question from being asked.
  w.addEventListener('beforeunload', (e) => e.stopImmediatePropagation(), true);
  const leave = () => w.location.replace(to);
  return Promise.race([flushAllAutosavers(), new Promise((resolve) => setTimeout(resolve, SAVE_BOUND_MS))]).then(leave, leave);
}

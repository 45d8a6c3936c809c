/**
 * Typing that could not be written to the database (a full device), kept in the page's own state
 * (this tab's session storage, which the browser empties when the tab closes) so that a reload does
 * not lose it. It never leaves the device, is dropped as soon as the database has it, and is emptied
 * with everything else (delete everything, end a session).
 */
const PREFIX = 'bn-unsaved:';

function area(): globalThis.Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined; // blocked by the browser's settings
  }
}

/** Keeps `value` under `name` for this tab. False if even that is not possible (then the page warns before leaving). */
export function keepUnsaved(name: string, value: unknown): boolean {
  try {
    area()?.setItem(PREFIX + name, JSON.stringify(value));
    return !!area();
  } catch {
    return false;
  }
}

/** What was kept under `name`, if anything. */
export function readUnsaved<T>(name: string): T | undefined {
  try {
    const text = area()?.getItem(PREFIX + name);
    return text ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

export function dropUnsaved(name: string): void {
  try {
    area()?.removeItem(PREFIX + name);
  } catch {
    // Nothing kept, or the area is gone: either way nothing is left.
  }
}

/** Drops everything kept, of every document. */
export function dropAllUnsaved(): void {
  const a = area();
  if (!a) return;
  try {
    for (const key of Object.keys(a)) if (key.startsWith(PREFIX)) a.removeItem(key);
  } catch {
    // As above.
  }
}

/** Why storage is not working normally. The shell turns each into a plain-words banner. */
export type StorageProblem =
  /** IndexedDB could not open (often private browsing): the app works, but only until the tab closes. */
  | 'memory'
  /** The device is full: the last change could not be saved. */
  | 'quota'
  /** Another tab has the app open on an older version and is holding up the update. */
  | 'blocked'
  /** Another tab updated the app; this tab must reload before it can save again. */
  | 'outdated'
  /** The saved data comes from a newer version of the app. */
  | 'newer'
  /** Anything else that stopped a save. */
  | 'failed'
  /** What is saved could not be read (which family is on screen, say): nothing has been changed. */
  | 'unread';

export class StorageError extends Error {
  constructor(readonly problem: StorageProblem, cause?: unknown) {
    super(`Storage problem: ${problem}`, { cause });
    this.name = 'StorageError';
  }
}

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { name?: string; code?: number; inner?: unknown; cause?: unknown };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22) return true;
  return isQuotaError(e.inner) || isQuotaError(e.cause);
}

/// <reference lib="webworker" />
import { checkBackupText } from '../../domain/checkBackup';
import type { CheckRequest, CheckMessage } from '../../domain/checkBackup';

/**
 * Reads and checks a backup file away from the page, so even a huge or hostile file never freezes
 * it. Any exception comes back as a message, never as silence.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<CheckRequest>) => {
  const post = (message: CheckMessage) => scope.postMessage(message);
  try {
    post({ kind: 'stage', stage: 'reading' });
    const text = await event.data.file.text();
    post({ kind: 'result', result: checkBackupText(text, event.data.existing, (stage) => post({ kind: 'stage', stage })) });
  } catch {
    post({ kind: 'error' });
  }
};

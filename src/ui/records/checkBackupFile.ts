import type { Snapshot } from '../../storage';
import type { CheckMessage, CheckRequest, CheckResult, CheckStage } from '../../domain/checkBackup';
import { readText } from '../primitives/readText';

/**
 * Reads and checks a backup file, in a worker where the browser has them (the page stays usable
 * however big the file), on the page otherwise. Rejects only if something unexpected went wrong.
 */
export async function checkBackupFile(file: File, existing: Snapshot, onStage: (stage: CheckStage) => void): Promise<CheckResult> {
  if (typeof Worker !== 'undefined') {
    let worker: Worker | undefined;
    try {
      worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      worker = undefined;
    }
    if (worker) {
      const w = worker;
      return new Promise<CheckResult>((resolve, reject) => {
        const done = () => w.terminate();
        w.onmessage = (event: MessageEvent<CheckMessage>) => {
          const m = event.data;
          if (m.kind === 'stage') return onStage(m.stage);
          done();
          if (m.kind === 'result') resolve(m.result);
          else reject(new Error('check failed'));
        };
        w.onerror = (event) => {
          event.preventDefault?.();
          done();
          reject(new Error('worker failed'));
        };
        w.onmessageerror = () => {
          done();
          reject(new Error('worker message failed'));
        };
        w.postMessage({ file, existing } satisfies CheckRequest);
      });
    }
  }
  onStage('reading');
  const text = await readText(file);
  const { checkBackupText } = await import('../../domain/checkBackup');
  // Let the page show the message before the check takes the thread.
  await new Promise((r) => setTimeout(r, 0));
  return checkBackupText(text, existing, onStage);
}

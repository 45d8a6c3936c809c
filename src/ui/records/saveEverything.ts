import { backupFileName, toBackupFile } from '../../domain/backup';
import { nowIso } from '../../domain/ids';
import { getStorage, LAST_COPY_SETTING } from '../../storage';
import { downloadFile } from '../primitives/download';

/**
 * Offer the person a file with everything the app keeps on this device (the backup format that
 * "open a saved file" reads back). Used by settings and by the page shown after a crash. The day of
 * the copy is remembered on this device (a device setting, never in a backup), so settings can say
 * when the last copy was made: 'not-dated' when the file was offered but that day could not be
 * written; 'too-long' or 'unreadable' when the copy holds something an import would refuse (it is
 * not then counted as the last copy). Rejects if no file could be made.
 */
export async function saveEverythingToFile(): Promise<'saved' | 'not-dated' | 'unreadable' | 'too-long'> {
  const storage = getStorage();
  // During a volunteer's session, "everything" is the session's family: nothing else is on screen.
  const snapshot = await storage.snapshot({ forExport: true, familyId: storage.session()?.familyId });
  downloadFile(backupFileName(), JSON.stringify(toBackupFile(snapshot), null, 2));
  // The file is offered whatever it holds (nothing is left out of it); then it is checked as an
  // import would check it, so data kept from before today's limits or date rules is said, not found
  // out on the day the copy is needed. The import's checks load only when a copy is saved.
  const { copyProblem } = await import('../../domain/import');
  const problem = copyProblem(snapshot.data);
  if (problem) return problem.reason === 'too-big' ? 'too-long' : 'unreadable';
  // A volunteer's copy of a session's family is not this device's own copy.
  if (storage.session()) return 'saved';
  try {
    await storage.put('settings', { id: LAST_COPY_SETTING, value: nowIso() });
    return 'saved';
  } catch {
    return 'not-dated';
  }
}

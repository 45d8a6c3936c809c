import { backupFileName, toBackupFile } from '../domain/backup';
import { getStorage } from '../storage';
import { downloadFile } from './download';

/**
 * Offer the person a file with everything the app keeps on this device (the backup format that
 * "open a saved file" reads back). Used by settings and by the page shown after a crash.
 */
export async function saveEverythingToFile(): Promise<void> {
  const storage = getStorage();
  // During a volunteer's session, "everything" is the session's family: nothing else is on screen.
  const snapshot = await storage.snapshot({ forExport: true, familyId: storage.session()?.familyId });
  downloadFile(backupFileName(), JSON.stringify(toBackupFile(snapshot), null, 2));
}

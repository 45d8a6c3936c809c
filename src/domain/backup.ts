import type { Snapshot } from './schema';

/** The file a family downloads to keep or move their data. `format` lets us refuse foreign files. */
export interface BackupFile {
  format: 'barriers-navigator-backup';
  schemaVersion: number;
  exportedAt: string;
  data: Snapshot['data'];
}

export function toBackupFile(snapshot: Snapshot, now = new Date()): BackupFile {
  return { format: 'barriers-navigator-backup', schemaVersion: snapshot.schemaVersion, exportedAt: now.toISOString(), data: snapshot.data };
}

export function backupFileName(now = new Date()): string {
  return `barriers-navigator-${now.toISOString().slice(0, 10)}.json`;
}

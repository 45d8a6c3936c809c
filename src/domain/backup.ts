import { DEVICE_STORES, type Snapshot, type StoreName } from './schema';

type DeviceStore = (typeof DEVICE_STORES)[number];

/** The file a family downloads to keep or move their data. `format` lets us refuse foreign files. */
export interface BackupFile {
  format: 'barriers-navigator-backup';
  schemaVersion: number;
  exportedAt: string;
  /** Every store but the device's own (local packs travel as packs), so an app from before them still reads the file. */
  data: Omit<Snapshot['data'], Extract<StoreName, DeviceStore>>;
}

export function toBackupFile(snapshot: Snapshot, now = new Date()): BackupFile {
  const data = Object.fromEntries(Object.entries(snapshot.data).filter(([s]) => !DEVICE_STORES.includes(s as StoreName))) as BackupFile['data'];
  return { format: 'barriers-navigator-backup', schemaVersion: snapshot.schemaVersion, exportedAt: now.toISOString(), data };
}

export function backupFileName(now = new Date()): string {
  return `barriers-navigator-${now.toISOString().slice(0, 10)}.json`;
}

import { adoptOlderFile, parseBackup, planImport, type ImportPlan, type ParseResult } from './import';
import type { Snapshot } from './schema';

/** What opening a file is doing now, for the message on screen. */
export type CheckStage = 'reading' | 'checking' | 'comparing';
export interface CheckResult {
  parsed: ParseResult;
  /** How the file compares with the device (only when it was read and checked). */
  plan?: ImportPlan;
}
export interface CheckRequest {
  file: File;
  existing: Snapshot;
}
export type CheckMessage = { kind: 'stage'; stage: CheckStage } | { kind: 'result'; result: CheckResult } | { kind: 'error' };

/** Parse, check and compare the text of a file: the same steps in a worker or on the page. */
export function checkBackupText(text: string, existing: Snapshot, stage: (s: CheckStage) => void = () => {}): CheckResult {
  stage('checking');
  const read = parseBackup(text);
  if (!read.ok) return { parsed: read };
  const parsed = { ...read, snapshot: adoptOlderFile(read.snapshot, read.fromVersion, existing) };
  stage('comparing');
  return { parsed, plan: planImport(parsed.snapshot, existing) };
}

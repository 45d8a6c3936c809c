import type { Snapshot } from '../schema';

/**
 * Only one child's records, for "save this plan to a file": the child, their plan, their letters,
 * their attendance diary and contact log, and the contacts saved for them or for their whole
 * family. Settings and private notes stay behind.
 * The result goes through the same backup envelope (src/domain/backup.ts) as a full copy.
 */
export function childSnapshot(snapshot: Snapshot, childId: string): Snapshot {
  const d = snapshot.data;
  const familyId = d.children.find((c) => c.id === childId)?.familyId;
  return {
    schemaVersion: snapshot.schemaVersion,
    data: {
      families: d.families.filter((f) => f.id === familyId),
      children: d.children.filter((c) => c.id === childId),
      plans: d.plans.filter((p) => p.childId === childId),
      letters: d.letters.filter((l) => l.childId === childId),
      contacts: d.contacts.filter((c) => c.familyId === familyId && (!c.childId || c.childId === childId)),
      notes: [],
      settings: [],
      attendance: d.attendance.filter((a) => a.childId === childId),
      contactLog: d.contactLog.filter((l) => l.childId === childId),
    },
  };
}

/** A file name that is safe on every device: letters, digits and dashes only. */
export function planFileName(childName: string, now = new Date()): string {
  const slug = childName
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .slice(0, 30);
  return `barriers-navigator-plan${slug ? `-${slug}` : ''}-${now.toISOString().slice(0, 10)}.json`;
}

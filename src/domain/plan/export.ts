import type { Snapshot } from '../schema';

/** What "save this plan to a file" writes, as the family chooses. */
export const EXPORT_SCOPES = ['plan', 'answers', 'everything'] as const;
export type ExportScope = (typeof EXPORT_SCOPES)[number];

/**
 * Only one child's records, for "save this plan to a file". Always the plan, and the child's record
 * so the plan can be opened again, with the child's family (its name and place, so the file can be
 * opened into a family). With 'plan' the child's record keeps only their name and where they live
 * (marked `onlyName`, so opening the file never replaces fuller answers on a device); 'answers' adds
 * every answer; 'everything' adds their letters, their attendance diary and contact log, and the
 * contacts saved for them or for their whole family. Settings and private notes always stay behind.
 * The result goes through the same backup envelope (src/domain/backup.ts) as a full copy.
 */
export function childSnapshot(snapshot: Snapshot, childId: string, scope: ExportScope = 'everything'): Snapshot {
  const d = snapshot.data;
  const familyId = d.children.find((c) => c.id === childId)?.familyId;
  const children = d.children
    .filter((c) => c.id === childId)
    .map((c) => {
      if (scope !== 'plan') return c;
      const answers: typeof c.answers = {};
      for (const key of ['child-name', 'nation'] as const) if (c.answers[key] !== undefined) answers[key] = c.answers[key];
      return { id: c.id, familyId: c.familyId, displayName: c.displayName, createdAt: c.createdAt, updatedAt: c.updatedAt, answers, kept: [], onlyName: true };
    });
  return {
    schemaVersion: snapshot.schemaVersion,
    data: {
      families: d.families.filter((f) => f.id === familyId),
      children,
      plans: d.plans.filter((p) => p.childId === childId),
      letters: scope === 'everything' ? d.letters.filter((l) => l.childId === childId) : [],
      contacts: scope === 'everything' ? d.contacts.filter((c) => c.familyId === familyId && (!c.childId || c.childId === childId)) : [],
      notes: [],
      settings: [],
      attendance: scope === 'everything' ? d.attendance.filter((a) => a.childId === childId) : [],
      contactLog: scope === 'everything' ? d.contactLog.filter((l) => l.childId === childId) : [],
      localPacks: [],
      cases: scope === 'everything' ? d.cases.filter((c) => c.childId === childId) : [],
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

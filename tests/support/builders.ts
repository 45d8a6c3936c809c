import type { CaseRecord } from '../../src/domain/case/types';
import type { ContactRecord } from '../../src/domain/contacts/types';
import type { FamilyRecord } from '../../src/domain/families/types';
import type { LetterRecord } from '../../src/domain/letters/types';
import { emptyContent, type PlanContent, type PlanRecord } from '../../src/domain/plan/types';
import type { ChildRecord } from '../../src/domain/questionnaire/types';
import type { AttendanceRecord, ContactLogRecord } from '../../src/domain/records/types';
import type { NoteRecord, SettingRecord } from '../../src/domain/schema';

/*
 * Test data, written once. Each builder returns a small, ordinary record that its schema
 * (src/domain/recordSchemas.ts) accepts, for one family: Sam, in England, whose parent Jo writes
 * to the council. Pass only what the test is about; everything else is the usual.
 * tests/unit/support/builders.test.ts checks every builder's record against its schema.
 *
 * Records a family owns carry no `familyId` unless given one: storage puts them in the family on
 * screen when they are saved, as it does for the app's own records.
 */

/** When every record here was made, unless a test says otherwise. */
export const MADE = '2026-11-01T10:00:00.000Z';
const made = { createdAt: MADE, updatedAt: MADE };

export function aFamily(over: Partial<FamilyRecord> = {}): FamilyRecord {
  return { id: 'f1', name: '', ...made, ...over };
}

/** Sam, in England, with no other answers. */
export function aChild(over: Partial<ChildRecord> = {}): ChildRecord {
  return { id: 'c1', displayName: 'Sam', ...made, answers: { nation: 'england' }, kept: [], ...over };
}

/** A plan for Sam with one open cycle; `content` fills in the parts a test is about. */
export function aPlan(over: Partial<PlanRecord> = {}, content: Partial<PlanContent> = {}): PlanRecord {
  return { id: 'p1', childId: 'c1', ...made, cycles: [{ number: 1, startedAt: MADE, content: { ...emptyContent(), ...content } }], ...over };
}

/** Jo's request to the council for an EHC needs assessment for Sam, not sent yet. */
export function aLetter(over: Partial<LetterRecord> = {}): LetterRecord {
  return {
    id: 'l1',
    childId: 'c1',
    templateId: 'ehc-request',
    ...made,
    nation: 'england',
    senderName: 'Jo',
    senderAddress: '',
    recipient: 'SEND team',
    subject: 'Request for Sam',
    greeting: 'Dear Sir or Madam,',
    paragraphs: ['First paragraph.'],
    signOff: 'Yours sincerely,',
    ...over,
  };
}

/** The school's SENCo, Ms Patel. */
export function aContact(over: Partial<ContactRecord> = {}): ContactRecord {
  return { id: 'k1', role: 'senco', name: 'Ms Patel', ...made, ...over };
}

/** One day in Sam's attendance diary: in school on Monday 2 March 2026. */
export function aDiaryDay(over: Partial<AttendanceRecord> = {}): AttendanceRecord {
  return { id: 'a1', childId: 'c1', date: '2026-03-02', status: 'in', ...made, ...over };
}

/** One entry in Sam's contact log: an email with Ms Patel on Monday 2 March 2026. */
export function aLogEntry(over: Partial<ContactLogRecord> = {}): ContactLogRecord {
  return { id: 'g1', childId: 'c1', date: '2026-03-02', who: 'Ms Patel', how: 'email', said: '', agreed: '', ...made, ...over };
}

/** Sam's EHC needs assessment request, with nothing recorded yet. A case always names its family. */
export function aCase(over: Partial<CaseRecord> = {}): CaseRecord {
  return { id: 'case1', familyId: 'f1', childId: 'c1', request: 'ehc', events: [], reports: [], ...made, ...over };
}

/** A volunteer's private note. */
export function aNote(over: Partial<NoteRecord> = {}): NoteRecord {
  return { id: 'n1', text: 'Call back on Thursday.', updatedAt: MADE, ...over };
}

/** A setting kept on the device: the app's language, English. */
export function aSetting(over: Partial<SettingRecord> = {}): SettingRecord {
  return { id: 'language', value: 'en', ...over };
}

/**
 * The attendance codes schools in England put in the register (School Attendance (Pupil
 * Registration) (England) Regulations 2024 and DfE "Working together to improve school attendance",
 * August 2024). Schools in Wales, Scotland and Northern Ireland use their own codes: families there
 * choose the meaning ("authorised illness", "unauthorised") rather than a letter.
 *
 * `kind` is what the code means for the attendance figure: present, an authorised or unauthorised
 * absence, or a day that does not count (the school was closed). The words are in records.json
 * `codes.<id>`.
 */
export type CodeKind = 'present' | 'authorised' | 'unauthorised' | 'not-counted';

export interface SchoolCode {
  /** As the register writes it ('/' is shown for present). */
  id: string;
  kind: CodeKind;
  /** An absence for illness, physical or mental (FACTS: should be authorised, code I). */
  illness?: boolean;
}

export const SCHOOL_CODES: SchoolCode[] = [
  { id: 'present', kind: 'present' },
  { id: 'L', kind: 'present' },
  { id: 'K', kind: 'present' },
  { id: 'B', kind: 'present' },
  { id: 'I', kind: 'authorised', illness: true },
  { id: 'M', kind: 'authorised' },
  { id: 'C', kind: 'authorised' },
  { id: 'C2', kind: 'authorised' },
  { id: 'E', kind: 'authorised' },
  { id: 'U', kind: 'unauthorised' },
  { id: 'O', kind: 'unauthorised' },
  { id: 'G', kind: 'unauthorised' },
  { id: 'N', kind: 'unauthorised' },
  { id: 'Y', kind: 'not-counted' },
  { id: 'closed', kind: 'not-counted' },
  // For families outside England, or who know only what the school said.
  { id: 'authorised-illness', kind: 'authorised', illness: true },
  { id: 'authorised-other', kind: 'authorised' },
  { id: 'unauthorised', kind: 'unauthorised' },
];

export function findCode(id: string | undefined): SchoolCode | undefined {
  return id ? SCHOOL_CODES.find((c) => c.id === id) : undefined;
}

/** Reasons the family gives that are illness, physical or mental (the questionnaire's barrier ids). */
export const ILLNESS_REASONS = ['physical-health', 'mental-health', 'anxiety'];

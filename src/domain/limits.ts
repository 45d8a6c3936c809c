/**
 * The limits of what the app keeps, defined once. The record schemas (src/domain/recordSchemas.ts) use
 * them as `.max()`, so what a person can type (maxLength on every box), what the app saves, what a
 * backup holds and what an import accepts are the same rules: every file the app writes reads back.
 *
 * Generous for any real family (a volunteer's many children, years of letters), small enough that
 * a damaged or hostile file cannot freeze the page or fill the device. Plain numbers, no schema
 * code, so screens can use them without loading the checks.
 */
export const LIMITS = {
  /** The whole file, in characters. */
  fileChars: 60_000_000,
  /** Objects inside objects, anywhere in the file. */
  depth: 24,
  id: 200,
  /** A name or short answer (a child's name, a contact's name, a school). */
  name: 1_000,
  /** Any one box of text (a plan box, a letter paragraph, a contact's notes, a diary note). */
  text: 100_000,
  /**
   * Records of one kind in one file. The diary has a day per school day (about 190 a year): 20,000
   * days is over a hundred child-years, say ten children over ten years. The contact log has a few
   * notes a week at the busiest: 10,000 is decades of it. Files far beyond what a family could save
   * are refused, because reading them back (on the page) and writing them would freeze the app.
   */
  records: { families: 1_000, notes: 10_000, children: 1_000, plans: 1_000, letters: 10_000, contacts: 10_000, settings: 1_000, attendance: 20_000, contactLog: 10_000, localPacks: 1_000, cases: 1_000 },
  /**
   * Objects and lists anywhere in the file. The biggest file a family could save (the limits above,
   * filled as people really fill them) holds well under this; six million empty objects, each list
   * within the limits, would otherwise pass every check and freeze the page while it is handed over
   * and written. A quick count of the characters refuses anything many times over before it is read.
   */
  items: 100_000,
  /** Lines in one list (plan items, paragraphs, answers, cycles). */
  list: 2_000,
} as const;

/** The longest name or short answer the app keeps. */
export const NAME_MAX = LIMITS.name;
/** The longest box of writing the app keeps. */
export const TEXT_MAX = LIMITS.text;

/**
 * A name cut to the longest the app keeps, without splitting a character made of two UTF-16 units
 * (an emoji): for names the app itself makes longer, such as "Sam (from file)".
 */
export function fitName(name: string, max: number = NAME_MAX): string {
  if (name.length <= max) return name;
  let cut = name.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return cut;
}

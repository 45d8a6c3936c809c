import { compareDates, type IsoDate } from '../dates';
import { statutoryClock } from './clock';
import type { Translate } from './draft';
import type { ClockKind, LetterRecord } from './types';

/*
 * What the next letter at a later stage can say from the family's earlier letters: the day they sent
 * their request, the date on a decision letter or on a draft plan's covering letter (as they recorded
 * them on the request's dates), and the council's dates that have passed. Words are in the `letters`
 * namespace under `fill.late.*`; every date is in words in the letter's language.
 */

export type LaterFillId = 'requestDate' | 'decisionDate' | 'draftDate' | 'lateDates';
export type LaterFacts = Partial<Record<LaterFillId, string>>;

export interface LaterOptions {
  t: Translate;
  /** A date in words in the letter's language. */
  formatDate: (iso: IsoDate) => string;
  join: (items: string[]) => string;
  today: IsoDate;
  /** The child the new letter is for: other children's letters are not used. */
  childId: string;
  /** The name the letter uses for the child. */
  name: string;
  clockOf: (letter: LetterRecord) => ClockKind | undefined;
}

/**
 * The dates that are the council's (or the Education Authority's) to meet. The family's own last days
 * (comments, mediation, appeal), the reminder, a "tell you if not" date that depends on what happened,
 * and Scotland's "about 16 weeks", which is the council's own timetable, are left out.
 */
const COUNCIL_DUE = ['decide-assess', 'final-plan', 'aln-school', 'aln-council', 'ni-decide', 'ni-complete'] as const;

const latest = (dates: (string | undefined)[]): string | undefined =>
  dates.filter((d): d is string => !!d).sort(compareDates).at(-1);

export function laterFacts(letters: LetterRecord[], o: LaterOptions): LaterFacts {
  const mine = letters.filter((l) => l.childId === o.childId);
  const requests = mine.filter((l) => l.sentOn && o.clockOf(l) && o.clockOf(l) !== 'none').sort((a, b) => compareDates(a.sentOn!, b.sentOn!));
  const request = requests.at(-1);
  const decision = latest(mine.map((l) => l.decisionOn));
  const draft = latest(mine.map((l) => l.draftOn));
  const out: LaterFacts = {};
  if (request?.sentOn) out.requestDate = o.formatDate(request.sentOn);
  if (decision) out.decisionDate = o.formatDate(decision);
  if (draft) out.draftDate = o.formatDate(draft);
  if (request?.sentOn) {
    const kind = o.clockOf(request)!;
    // Once a decision is recorded, what falls due after it depends on what was decided (a refusal
    // to assess means no plan is due): only dates that passed before the decision came are named.
    const until = request.decisionOn && compareDates(request.decisionOn, o.today) < 0 ? request.decisionOn : o.today;
    const passed = statutoryClock(kind, request.sentOn, { corrected: request.corrected })
      .filter((m) => (COUNCIL_DUE as readonly string[]).includes(m.id) && compareDates(m.date, until) < 0)
      .map((m) => o.t(`fill.late.${m.id}`, { name: o.name, date: o.formatDate(m.date) }));
    if (passed.length > 0) out.lateDates = o.join(passed);
  }
  return out;
}

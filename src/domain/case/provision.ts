/*
 * Is a line of provision specific? A plan's provision should say who gives it, what it is, how often
 * and for how long (each session, and over what time). This reads one line a family copies from a
 * draft plan and says, for each of the four, whether the line names it, with the words it found, or
 * that the words it has are vague ("as needed", "regular"). It is a checklist that explains, never a
 * verdict: a line can name all four and still be wrong for the child, and the family decides what to
 * ask for. Plans are written in English (and sometimes in Welsh), so the words it knows are both.
 */

export const PROVISION_PARTS = ['who', 'what', 'howOften', 'howLong'] as const;
export type ProvisionPart = (typeof PROVISION_PARTS)[number];

/** What the line says about one part: named (with the words), vague (with the words), or not said. */
export type PartFinding = { part: ProvisionPart; state: 'named' | 'vague'; words: string } | { part: ProvisionPart; state: 'missing' };

export interface ProvisionCheck {
  line: string;
  parts: PartFinding[];
  /** The parts to ask about: not said, or said only vaguely. */
  toAsk: ProvisionPart[];
}

const WHO = [
  /\b(?:specialist |qualified |trained |class |subject )?teach(?:er|ing assistant)s?\b/i,
  /\bTAs?\b/,
  /\b(?:LSA|HLTA|SENCO|SENCo|ALNCo|ALNCO|SALT|EP|OT)s?\b/,
  /\blearning support assistants?\b/i,
  /\b(?:speech and language|occupational|play|music|art|cognitive behavioural) therapists?\b/i,
  /\b(?:physiotherapist|therapist|(?:educational |clinical )?psychologist|counsellor|nurse|mentor|key ?worker|key adult|keyworker|tutor|support worker|youth worker|family support worker|specialist)s?\b/i,
  /\b(?:named|trusted|familiar) (?:adult|member of staff|person)\b/i,
  /\bmember of staff\b/i,
  /\b(?:cynorthwyydd addysgu|athro|athrawes|therapydd|seicolegydd|cydlynydd ADY)\b/i,
];
/** Words that say someone will give it, without saying who. */
const WHO_VAGUE = [/\b(?:staff|an? adult|school|adults|the setting)\b/i];

const WHAT = [
  /\b(?:speech and language|occupational|play|music|art|cognitive behavioural) therapy\b/i,
  /\b(?:physiotherapy|therapy|counselling|mentoring|tutoring|teaching|intervention|programme|program|lessons?|sessions?|check-?ins?|support|help|supervision|social skills group|group work|movement breaks?|sensory breaks?|breaks?|quiet (?:space|room|area)|safe space|time out|time-out|pass|visual timetable|now and next|reading|phonics|literacy|numeracy|maths|handwriting|typing|laptop|scribe|reader|assessment|review|plan|transport|chair|equipment|adjustments?)\b/i,
  /\baccess to\b/i,
  /\b(?:cymorth|therapi|gwersi|sesiynau?|rhaglen)\b/i,
];

const OFTEN = [
  /\b(?:daily|every day|each day|weekly|every week|each week|fortnightly|every (?:two|2) weeks|monthly|every month|termly|every term|each term|half-termly|every half[- ]term|each morning|every morning|each afternoon|every afternoon|every lesson|each lesson|at (?:every|each) (?:break|lunch(?:time)?)|every (?:break|lunch(?:time)?)|on arrival|at the start of (?:each|every) day|at the end of (?:each|every) day)\b/i,
  /\b(?:once|twice|three times|four times|five times|\d+ times|\d+ ?x)\s*(?:a|an|per|each|every)\s*(?:day|week|fortnight|month|term|half[- ]term|year|lesson)\b/i,
  /\b(?:\d+|one|two|three|four|five|six) (?:sessions?|lessons?|times) (?:a|per|each|every) (?:day|week|fortnight|month|term|half[- ]term)\b/i,
  /\b(?:per|a|each) (?:day|week)\b/i,
  /\bevery (?:monday|tuesday|wednesday|thursday|friday)\b/i,
  /\b(?:bob dydd|bob wythnos|yn wythnosol|yn ddyddiol|unwaith yr wythnos|ddwywaith yr wythnos|tair gwaith yr wythnos)\b/i,
];
const OFTEN_VAGUE = [
  /\b(?:as (?:and when )?(?:needed|required|necessary|appropriate)|when (?:needed|required|necessary|appropriate)|where (?:needed|required|necessary|possible|appropriate)|if (?:needed|required|necessary)|regular(?:ly)?|frequent(?:ly)?|ongoing|on-going|periodic(?:ally)?|occasional(?:ly)?|at times|from time to time|opportunities|available)\b/i,
  /\b(?:yn ôl yr angen|yn rheolaidd|pan fo angen)\b/i,
];

const LONG = [
  /\b\d+(?:\.\d+)?\s*(?:-|to|–)?\s*\d*\s*(?:minutes?|mins?|hours?|hrs?)\b/i,
  /\b(?:half an hour|an hour|a whole lesson|a full lesson|one lesson|the whole day|the whole of)\b/i,
  /\bfor (?:a|one|two|three|four|six|\d+) (?:year|term|half[- ]term|week|month|school year)s?\b/i,
  /\bfor (?:the|this) (?:rest of the )?(?:school |academic )?(?:year|term)\b/i,
  /\b(?:until|till) (?:the )?(?:end of|next|\w+ \d{4}|\d)/i,
  /\b(?:over|across) (?:a|one|two|three|six|\d+) (?:weeks?|terms?|months?|years?)\b/i,
  /\b(?:block of|course of) (?:\d+|six|eight|ten|twelve) (?:sessions?|weeks?)\b/i,
  /\b(?:\d+) (?:munud|awr)\b/i,
];
const LONG_VAGUE = [/\b(?:as long as (?:needed|required|necessary)|for as long as|long[- ]term|short[- ]term|for a period|for some time|ongoing|on-going)\b/i];

function first(line: string, patterns: RegExp[]): string | undefined {
  let best: { at: number; words: string } | undefined;
  for (const p of patterns) {
    const m = p.exec(line);
    if (m && (!best || m.index < best.at)) best = { at: m.index, words: m[0].trim() };
  }
  return best?.words;
}

function find(part: ProvisionPart, line: string, named: RegExp[], vague: RegExp[] = []): PartFinding {
  const words = first(line, named);
  if (words) return { part, state: 'named', words };
  const loose = first(line, vague);
  if (loose) return { part, state: 'vague', words: loose };
  return { part, state: 'missing' };
}

/** One line of provision: what it names of who, what, how often and how long. */
export function checkProvision(line: string): ProvisionCheck {
  const text = line.trim().replace(/\s+/g, ' ');
  const parts: PartFinding[] = [
    find('who', text, WHO, WHO_VAGUE),
    find('what', text, WHAT),
    // "as needed" beside a real frequency ("daily, and as needed") still says how often.
    find('howOften', text, OFTEN, OFTEN_VAGUE),
    find('howLong', text, LONG, LONG_VAGUE),
  ];
  return { line: text, parts, toAsk: parts.filter((p) => p.state !== 'named').map((p) => p.part) };
}

/** Each non-empty line of what the family pasted, checked on its own (bullets and numbers taken off). */
export function checkProvisionLines(pasted: string): ProvisionCheck[] {
  return pasted
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·▪◦]|\d+[.)]|[a-z][.)])\s+/i, '').trim())
    .filter((l) => l.length > 0)
    .map(checkProvision);
}

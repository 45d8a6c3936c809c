import { COUNCILS, type Council } from '../../content/councils';
import type { Nation } from '../nations';

/**
 * Council search that forgives how people really type: case, accents, punctuation, "&" for "and",
 * "St" for "Saint", the words "borough", "council", "city of" and so on, short forms ("West Berks"),
 * initials ("H&F", "BCP") and aliases. Pure and synchronous so it can run on every key press.
 */

/** Words that say what kind of council it is, not which one. */
const STOP_WORDS = new Set([
  'and',
  'of',
  'the',
  'a',
  'with',
  'on',
  'upon',
  'borough',
  'council',
  'city',
  'county',
  'royal',
  'metropolitan',
  'district',
  'london',
  'corporation',
  'lb',
  'cyngor',
  'bwrdeistref',
  'sirol',
  'dinas',
]);

interface Prepared {
  /** Tokens without stop words (all tokens if that would leave none). */
  content: string[];
  all: string[];
  joined: string;
  initials: string;
}

function tokens(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

function prepare(text: string, isQuery: boolean): Prepared {
  const raw = tokens(text);
  // "St" means "Saint" when a word follows it; a lone last "st" may be the start of "Stockport".
  const all = raw.map((t, i) => (t === 'st' && (!isQuery || i < raw.length - 1) ? 'saint' : t));
  const content = all.filter((t) => !STOP_WORDS.has(t));
  const use = content.length > 0 ? content : all;
  return { content: use, all, joined: use.join(' '), initials: use.map((t) => t[0]).join('') };
}

function tokenMatches(q: string, c: string): boolean {
  return c.startsWith(q) || (q === 'st' && c === 'saint');
}

/** How well one query matches one name (0 = not at all). */
function score(q: Prepared, c: Prepared): number {
  if (q.joined === c.joined) return 100;
  if (c.joined.startsWith(q.joined)) return 90;
  // Every query word is the start of a candidate word, in order.
  let at = 0;
  let firstAt = -1;
  for (const qt of q.content) {
    while (at < c.content.length && !tokenMatches(qt, c.content[at]!)) at++;
    if (at >= c.content.length) {
      firstAt = -2;
      break;
    }
    if (firstAt === -1) firstAt = at;
    at++;
  }
  if (firstAt === 0) return 70;
  if (firstAt > 0) return 60;
  // Initials: "bcp", "hf".
  if (q.content.length === 1 && q.joined.length >= 2 && c.initials.length >= 2 && q.joined === c.initials) return 65;
  // Every query word starts some candidate word, in any order.
  const used = new Set<number>();
  const unordered = q.content.every((qt) => {
    const i = c.content.findIndex((ct, idx) => !used.has(idx) && tokenMatches(qt, ct));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
  if (unordered) return 50;
  // Every query word (3+ letters) is inside some candidate word: "smith" finds Hammersmith.
  if (q.content.every((qt) => qt.length >= 3 && c.content.some((ct) => ct.includes(qt)))) return 30;
  return 0;
}

interface Entry {
  council: Council;
  name: Prepared;
  aliases: Prepared[];
}

let entries: Entry[] | undefined;
function allEntries(): Entry[] {
  entries ??= COUNCILS.map((council) => ({
    council,
    name: prepare(council.name, false),
    aliases: council.aliases.map((a) => prepare(a, false)),
  }));
  return entries;
}

/** The best matches for what the person has typed so far, best first. An empty query finds nothing. */
export function searchCouncils(query: string, nation?: Nation, limit = 8): Council[] {
  const q = prepare(query, true);
  if (q.all.length === 0) return [];
  const scored: { council: Council; score: number }[] = [];
  for (const e of allEntries()) {
    if (nation && e.council.nation !== nation) continue;
    // The council's own name ranks a little above an alias that matches just as well.
    let best = score(q, e.name);
    if (best > 0) best += 2;
    for (const a of e.aliases) best = Math.max(best, score(q, a));
    if (best > 0) scored.push({ council: e.council, score: best });
  }
  scored.sort((a, b) => b.score - a.score || a.council.name.localeCompare(b.council.name, 'en'));
  return scored.slice(0, Math.max(0, limit)).map((s) => s.council);
}

const byId = new Map(COUNCILS.map((c) => [c.id, c]));

/** The council with this id, or undefined (e.g. an id from an older version of the app). */
export function findCouncil(id: string | undefined | null): Council | undefined {
  return id ? byId.get(id) : undefined;
}

/** Every council in one nation, in name order. */
export function councilsIn(nation: Nation): Council[] {
  return COUNCILS.filter((c) => c.nation === nation);
}

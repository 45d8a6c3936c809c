import type { Council } from './types';
import type { Nation } from '../nations';

/**
 * Council search that forgives how people really type: case, accents, punctuation, "&" for "and",
 * "St" for "Saint", the words "borough", "council", "city of" and so on, short forms ("West Berks"),
 * initials ("H&F", "BCP") and aliases. Pure and synchronous so it can run on every key press.
 * The list of councils is passed in (`createCouncilSearch(COUNCILS)` in src/content/councilSearch.ts).
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
  /** Every token is a stop word (e.g. "London", "City"): only whole words then tell names apart. */
  onlyStopWords: boolean;
}

/**
 * Council names in alphabetical order, ignoring case and accents ("Ynys Môn" among the Ys). A plain
 * comparison of simplified names rather than Intl.Collator, whose first use loads the browser's
 * collation data: tens of milliseconds on a slow phone, just to sort a list we know.
 */
export function compareNames(a: string, b: string): number {
  const x = sortKey(a);
  const y = sortKey(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
const sortKey = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** A list sorted by name with compareNames' order, simplifying each name once rather than at every comparison. */
export function sortByName<T extends { name: string }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, key: sortKey(item.name) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

/** Short forms people write for a direction: "Sth Glos", "Nth Lincs". */
const EXPAND: Record<string, string> = { sth: 'south', nth: 'north' };

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
  const all = raw.map((t, i) => (t === 'st' && (!isQuery || i < raw.length - 1) ? 'saint' : (EXPAND[t] ?? t)));
  const content = all.filter((t) => !STOP_WORDS.has(t));
  const use = content.length > 0 ? content : all;
  return {
    content: use,
    all,
    joined: use.join(' '),
    initials: use.map((t) => t[0]).join(''),
    onlyStopWords: content.length === 0,
  };
}

function tokenMatches(q: string, c: string): boolean {
  return c.startsWith(q) || (q === 'st' && c === 'saint');
}

/** How well one query matches one name (0 = not at all). */
function score(q: Prepared, c: Prepared): number {
  if (q.joined === c.joined) return 100;
  // "London" is the whole word in "City of London", and only the start of "Londonderry".
  if (q.onlyStopWords && q.all.every((qt) => c.all.includes(qt))) return 95;
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

/**
 * Edit distance counting a swap of two neighbouring letters as one edit ("Edinbrugh"), so that a
 * slip of the thumb still finds the council.
 */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** A typed word of 4+ letters that is one slip (two for 8+ letters) from a word, or from its start. */
function nearlyMatches(q: string, c: string): boolean {
  if (tokenMatches(q, c)) return true;
  if (q.length < 4) return false;
  const allowed = q.length >= 8 ? 2 : 1;
  return editDistance(q, c) <= allowed || (c.length > q.length && editDistance(q, c.slice(0, q.length)) <= allowed);
}

/** How well a query with spelling slips matches one name (0 = not at all). Used only when nothing matches exactly. */
function fuzzyScore(q: Prepared, c: Prepared): number {
  const qCompact = q.content.join('');
  const cCompact = c.content.join('');
  // Words run together: "Towerhamlets".
  if (qCompact.length >= 4 && cCompact.startsWith(qCompact)) return 25;
  const used = new Set<number>();
  const all = q.content.every((qt) => {
    const i = c.content.findIndex((ct, idx) => !used.has(idx) && nearlyMatches(qt, ct));
    if (i < 0) return false;
    used.add(i);
    return true;
  });
  if (all && used.size > 0) return 20;
  return qCompact.length >= 4 && nearlyMatches(qCompact, cCompact) ? 15 : 0;
}

interface Entry {
  council: Council;
  name: Prepared;
  aliases: Prepared[];
}

/** Search, look-up and listing over one list of councils. */
export function createCouncilSearch(councils: readonly Council[]) {
  let entries: Entry[] | undefined;
  function allEntries(): Entry[] {
    entries ??= councils.map((council) => ({
      council,
      name: prepare(council.name, false),
      aliases: council.aliases.map((a) => prepare(a, false)),
    }));
    return entries;
  }

  function hasExactMatchElsewhere(q: Prepared, nation: Nation): boolean {
    return allEntries().some((e) => e.council.nation !== nation && [e.name, ...e.aliases].some((c) => score(q, c) > 0));
  }

  /** The best matches for what the person has typed so far, best first. An empty query finds nothing. */
  function searchCouncils(query: string, nation?: Nation, limit = 8): Council[] {
    const q = prepare(query, true);
    if (q.all.length === 0) return [];
    const candidates = allEntries().filter((e) => !nation || e.council.nation === nation);
    const rank = (how: (q: Prepared, c: Prepared) => number) => {
      const scored: { council: Council; score: number }[] = [];
      for (const e of candidates) {
        // The council's own name ranks a little above an alias that matches just as well.
        let best = how(q, e.name);
        if (best > 0) best += 2;
        for (const a of e.aliases) best = Math.max(best, how(q, a));
        if (best > 0) scored.push({ council: e.council, score: best });
      }
      return scored;
    };
    let scored = rank(score);
    // Nothing found: allow for a spelling slip ("Birmingam", "Edinbrugh", "Rhondda Cynon Taff") — unless
    // the words name a council in another part of the UK exactly ("Derry" asked in England is not Derby).
    if (scored.length === 0 && !(nation && hasExactMatchElsewhere(q, nation))) scored = rank(fuzzyScore);
    scored.sort((a, b) => b.score - a.score || compareNames(a.council.name, b.council.name));
    return scored.slice(0, Math.max(0, limit)).map((s) => s.council);
  }

  const byId = new Map(councils.map((c) => [c.id, c]));

  /** The council with this id, or undefined (e.g. an id from an older version of the app). */
  function findCouncil(id: string | undefined | null): Council | undefined {
    return id ? byId.get(id) : undefined;
  }

  /** Every council in one nation, in name order. */
  function councilsIn(nation: Nation): Council[] {
    return councils.filter((c) => c.nation === nation);
  }

  return { searchCouncils, findCouncil, councilsIn };
}

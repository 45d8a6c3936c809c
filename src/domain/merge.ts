/**
 * One three-way merge for every editor (letters, contacts, the plan). When the same record was
 * changed in two places, `base` is the version both started from, `mine` is what this screen has,
 * `theirs` is what was saved elsewhere. The result keeps both sides' changes:
 *
 * - objects are merged key by key;
 * - lists of records with an `id` are merged item by item (an item added on either side is kept,
 *   an item removed on one side and untouched on the other goes);
 * - text is merged word by word, so two people typing in different places of one box both keep
 *   their words; where both changed the same words, both versions are kept (mine, then theirs),
 *   never one dropped;
 * - anything else (a number, a choice, a date, an id, a list without ids) takes the side that
 *   changed it, and mine where both did. Fields named in ATOMIC_KEYS, and text that is a date or
 *   a timestamp, are such single values: two dates are never joined into one.
 *
 * Pure and synchronous: it never reads storage and never throws on odd data.
 */
export function merge3<T>(base: T, mine: T, theirs: T): T {
  return mergeValue(base, mine, theirs, 0, false) as T;
}

/** Fields holding one value (a date, an id, a choice, an address), never merged word by word. */
export const ATOMIC_KEYS = new Set([
  'id',
  'childId',
  'contactId',
  'templateId',
  'from',
  'role',
  'status',
  'nation',
  'createdAt',
  'updatedAt',
  'startedAt',
  'closedAt',
  'completedAt',
  'sentOn',
  'draftOn',
  'decisionOn',
  'byWhen',
  'nextReview',
  'email',
  'phone',
  'website',
]);
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}/;

const MAX_DEPTH = 64;

function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const hasIds = (v: unknown): v is { id: string }[] =>
  Array.isArray(v) && v.every((x) => isRecord(x) && typeof x.id === 'string');

function mergeValue(base: unknown, mine: unknown, theirs: unknown, depth: number, atomic: boolean): unknown {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (depth > MAX_DEPTH || atomic) return mine;
  if (typeof mine === 'string' && typeof theirs === 'string') {
    if (DATE_LIKE.test(mine) && DATE_LIKE.test(theirs)) return mine;
    return mergeText(typeof base === 'string' ? base : '', mine, theirs);
  }
  if (hasIds(mine) && hasIds(theirs)) {
    return mergeById(hasIds(base) ? base : [], mine, theirs, depth);
  }
  if (Array.isArray(mine) && Array.isArray(theirs)) {
    const b = Array.isArray(base) ? base : [];
    // A list of plain values (a letter's paragraphs): position by position while no one added or
    // removed one; otherwise the side that changed the length wins (mine where both did).
    if (mine.length === theirs.length && mine.length === b.length) {
      return mine.map((m, i) => mergeValue(b[i], m, theirs[i], depth + 1, false));
    }
    if (mine.length === b.length) return theirs;
    return mine;
  }
  if (isRecord(mine) && isRecord(theirs)) {
    const b = isRecord(base) ? base : {};
    const out: Record<string, unknown> = {};
    const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
    for (const key of keys) {
      const inMine = Object.prototype.hasOwnProperty.call(mine, key);
      const inTheirs = Object.prototype.hasOwnProperty.call(theirs, key);
      const inBase = Object.prototype.hasOwnProperty.call(b, key);
      let value: unknown;
      if (inMine && inTheirs) value = mergeValue(inBase ? b[key] : undefined, mine[key], theirs[key], depth + 1, ATOMIC_KEYS.has(key));
      else if (inMine) value = inBase && same(b[key], mine[key]) ? undefined : mine[key]; // removed there
      else value = inBase && same(b[key], theirs[key]) ? undefined : theirs[key]; // removed here
      if (value !== undefined) out[key] = value;
    }
    return out;
  }
  return mine;
}

function mergeById(base: { id: string }[], mine: { id: string }[], theirs: { id: string }[], depth: number): unknown[] {
  const baseById = new Map(base.map((x) => [x.id, x]));
  const mineById = new Map(mine.map((x) => [x.id, x]));
  const theirsById = new Map(theirs.map((x) => [x.id, x]));
  const keep = (id: string): unknown => {
    const b = baseById.get(id);
    const m = mineById.get(id);
    const t = theirsById.get(id);
    if (m && t) return mergeValue(b, m, t, depth + 1, false);
    const only = m ?? t;
    // Removed on one side: it goes, unless the other side changed it since (then the words stay).
    if (b && same(b, only)) return undefined;
    return only;
  };
  // The order is mine, with items only they have put after the item that comes before them there.
  const order: string[] = mine.map((x) => x.id);
  theirs.forEach((x, i) => {
    if (mineById.has(x.id)) return;
    const before = i > 0 ? theirs[i - 1]!.id : undefined;
    const at = before === undefined ? -1 : order.indexOf(before);
    order.splice(at + 1, 0, x.id);
  });
  const seen = new Set<string>();
  const out: unknown[] = [];
  for (const id of order) {
    if (seen.has(id)) continue;
    seen.add(id);
    const v = keep(id);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Words and the spaces between them, so that joining the pieces gives back the text exactly. */
function words(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}
/** Characters (whole code points). */
function chars(text: string): string[] {
  return Array.from(text);
}

/** Past this many tokens in the changed middle, they are not lined up one by one (too slow). */
const MAX_ALIGN = 2000;

/**
 * Three-way merge of one text. Changes made on one side only are applied; where both sides changed
 * the same stretch, both versions are kept, mine first. Lined up character by character (so a word
 * half typed when the other tab saved still merges cleanly), or word by word for long changes.
 */
export function mergeText(base: string, mine: string, theirs: string): string {
  if (mine === theirs || base === theirs) return mine;
  if (base === mine) return theirs;
  return mergeTokens(chars(base), chars(mine), chars(theirs)) ?? mergeTokens(words(base), words(mine), words(theirs)) ?? joinBoth(mine, theirs);
}

function mergeTokens(b: string[], m: string[], t: string[]): string | undefined {
  const mineMatch = matchTokens(b, m);
  const theirsMatch = matchTokens(b, t);
  if (!mineMatch || !theirsMatch) return undefined;

  // Walk the base; at each base token both sides still hold, both are in step ("stable").
  const out: string[] = [];
  let bi = 0;
  let mi = 0;
  let ti = 0;
  const emit = (bEnd: number, mEnd: number, tEnd: number) => {
    const bs = b.slice(bi, bEnd).join('');
    const ms = m.slice(mi, mEnd).join('');
    const ts = t.slice(ti, tEnd).join('');
    if (ms === ts) out.push(ms);
    else if (bs === ms) out.push(ts);
    else if (bs === ts) out.push(ms);
    else out.push(joinBoth(ms, ts));
  };
  for (let k = 0; k < b.length; k++) {
    const mk = mineMatch[k]!;
    const tk = theirsMatch[k]!;
    if (mk < 0 || tk < 0) continue;
    // The stretch before this stable token, then the token.
    emit(k, mk, tk);
    out.push(b[k]!);
    bi = k + 1;
    mi = mk + 1;
    ti = tk + 1;
  }
  emit(b.length, m.length, t.length);
  return out.join('');
}

function joinBoth(mine: string, theirs: string): string {
  if (!mine) return theirs;
  if (!theirs) return mine;
  const sep = /\s$/u.test(mine) || /^\s/u.test(theirs) ? '' : ' ';
  return `${mine}${sep}${theirs}`;
}

/**
 * For each token of `a`, the index of the same token in `b` on a longest common subsequence, or -1.
 * Common start and end are matched first, so typical edits are cheap; undefined if the changed
 * middle is too long to line up.
 */
function matchTokens(a: string[], b: string[]): number[] | undefined {
  const match = new Array<number>(a.length).fill(-1);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) {
    match[start] = start;
    start++;
  }
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
    match[endA] = endB;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0 || m === 0) return match;
  if (n > MAX_ALIGN || m > MAX_ALIGN) return undefined;
  // LCS table, row by row (n+1) x (m+1) lengths of suffixes.
  const width = m + 1;
  const table = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] =
        a[start + i] === b[start + j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
    }
  }
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[start + i] === b[start + j]) {
      match[start + i] = start + j;
      i++;
      j++;
    } else if (table[(i + 1) * width + j]! >= table[i * width + j + 1]!) i++;
    else j++;
  }
  return match;
}

/**
 * Whether two records hold the same data, whatever the order of their keys. Walks with a list, not
 * recursion, so no record however deep can overflow the stack.
 */
export function sameData(a: unknown, b: unknown): boolean {
  const stack: [unknown, unknown][] = [[a, b]];
  while (stack.length) {
    const [x, y] = stack.pop()!;
    if (x === y) continue;
    if (!x || !y || typeof x !== 'object' || typeof y !== 'object') {
      if (typeof x === 'number' && typeof y === 'number' && Number.isNaN(x) && Number.isNaN(y)) continue;
      return false;
    }
    if (Array.isArray(x) !== Array.isArray(y)) return false;
    if (Array.isArray(x)) {
      const ys = y as unknown[];
      if (x.length !== ys.length) return false;
      for (let i = 0; i < x.length; i++) stack.push([x[i], ys[i]]);
      continue;
    }
    const xo = x as Record<string, unknown>;
    const yo = y as Record<string, unknown>;
    const keys = Object.keys(xo).filter((k) => xo[k] !== undefined);
    const yKeys = Object.keys(yo).filter((k) => yo[k] !== undefined);
    if (keys.length !== yKeys.length) return false;
    for (const k of keys) {
      if (!Object.prototype.hasOwnProperty.call(yo, k)) return false;
      stack.push([xo[k], yo[k]]);
    }
  }
  return true;
}

/**
 * Where a caret (or one end of a selection) at `offset` in `before` belongs in `after`, once another
 * tab's words have been merged in: it stays after the same character of the person's own text, so
 * text put in before it moves it on, text put in after it leaves it where it is, and text put in
 * right at it goes after it (the next key lands where the person was typing). A caret in text that
 * was taken out goes to where that text was.
 */
export function mapCaret(before: string, after: string, offset: number): number {
  if (before === after) return Math.min(offset, after.length);
  // Offsets count UTF-16 units (as text boxes do); line up whole code points.
  const b = chars(before);
  const a = chars(after);
  let k = 0; // code points in `before` ahead of the caret
  for (let units = 0; k < b.length && units + b[k]!.length <= offset; k++) units += b[k]!.length;
  const match = matchTokens(b, a);
  let at = 0;
  if (match) {
    for (let i = k - 1; i >= 0; i--) {
      if (match[i]! >= 0) {
        at = match[i]! + 1;
        break;
      }
    }
  } else {
    // Too long to line up: keep the caret's distance from whichever end is unchanged.
    let start = 0;
    while (start < b.length && start < a.length && b[start] === a[start]) start++;
    at = k <= start ? k : Math.max(0, a.length - (b.length - k));
  }
  return a.slice(0, at).join('').length;
}

/**
 * Three-way merge of a form's fields (a diary day, a contact log entry) while it is open in two
 * tabs: the boxes named in `texts` are merged word by word (both tabs keep their words); every other
 * field (a choice, a date, a tick) is one value, taken from the side that changed it, mine where both did.
 */
export function mergeFields<T extends Record<string, unknown>>(base: T, mine: T, theirs: T, texts: readonly (keyof T)[]): T {
  const out = { ...theirs, ...mine };
  for (const key of Object.keys(out) as (keyof T)[]) {
    const b = base[key];
    const m = mine[key];
    const t = theirs[key];
    if (texts.includes(key) && typeof m === 'string' && typeof t === 'string') {
      out[key] = mergeText(typeof b === 'string' ? b : '', m, t) as T[keyof T];
    } else out[key] = (same(b, m) ? t : m) as T[keyof T];
  }
  return out;
}

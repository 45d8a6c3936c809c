/**
 * A seeded generator of hostile backup files: damaged, wrongly typed, oversized, deeply nested,
 * with impossible dates, odd ids, odd numbers, odd encodings and plain binary. The same seed gives
 * the same files, so a failure can be found again. Used by the unit fuzz suite and, for a sample of
 * the nastiest, by the browser test of the file box.
 */

export interface HostileFile {
  /** What kind of damage, for the counts. */
  kind: string;
  bytes: Uint8Array;
}

/** mulberry32: small, fast, seedable. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

const NOW = '2026-03-02T10:00:00.000Z';
const ODD_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u202Eevil\u202C',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'prototype',
  '😀'.repeat(50),
  '\uD800',
  'a@b.co?body=hi',
  'x'.repeat(1001),
  '%00',
  '../../etc/passwd',
  'سارا',
];
const BAD_DATES = ['2026-02-30', '0000-00-00', '2025-02-29', '9999-99-99', '', 'NaN', '2026-02-30T25:61:00Z', '2026-1-1', '+275760-09-13T00:00:00.000Z', 'yesterday'];
const ODD_NUMBERS = ['1e400', '-1', '0', '1.5', '9007199254740993', '-0', '1e-400', '"1"', 'null', 'true', '[]', '{}', '99999999999999999999'];

/** A family's id in files of the current version (3, with families); files of version 2 have none. */
const FAMILY = 'ff';
/** A second family in the same file, for records that do not belong together. */
const OTHER_FAMILY = 'gg';

/** The file's data at the current version, with two families (the records all in the first). */
function withFamilies(r: Rng, data: ReturnType<typeof validData>) {
  const one = data.families ? data : { ...data, families: [] };
  const withFamily = <T extends object>(list: T[]) => list.map((record) => ({ ...record, familyId: FAMILY }));
  return {
    ...one,
    families: [
      { id: FAMILY, name: r.pick(['Cardiff family', '']), createdAt: NOW, updatedAt: NOW },
      { id: OTHER_FAMILY, name: 'Belfast family', createdAt: NOW, updatedAt: NOW },
    ],
    children: withFamily(one.children),
    plans: withFamily(one.plans),
    letters: withFamily(one.letters),
    contacts: withFamily(one.contacts),
    attendance: withFamily(one.attendance),
    contactLog: withFamily(one.contactLog),
  };
}

function validData(r: Rng): ReturnType<typeof olderData> & { families?: object[] } {
  const data = olderData(r);
  if (r.next() < 0.5) return data;
  const withFamily = <T extends object>(list: T[]) => list.map((record) => ({ ...record, familyId: FAMILY }));
  return {
    ...data,
    families: [{ id: FAMILY, name: r.pick(['Cardiff family', '']), createdAt: NOW, updatedAt: NOW }],
    children: withFamily(data.children),
    plans: withFamily(data.plans),
    letters: withFamily(data.letters),
    contacts: withFamily(data.contacts),
    attendance: withFamily(data.attendance),
    contactLog: withFamily(data.contactLog),
  };
}

function olderData(r: Rng) {
  const children = Array.from({ length: 1 + r.int(3) }, (_, i) => ({
    id: `f${i}`,
    displayName: r.pick(['Sam', 'Ali', '']),
    createdAt: NOW,
    updatedAt: NOW,
    answers: { nation: r.pick(['england', 'wales', 'scotland', 'northern-ireland']), 'child-name': 'Sam', barriers: ['anxiety'] },
    kept: [],
  }));
  const content = {
    strengths: [{ id: 's1', text: 'Kind' }],
    interests: 'Art',
    enjoys: '',
    barriers: [{ id: 'b1', text: 'Noise' }],
    childHard: '',
    childHelps: '',
    childChange: '',
    parentVoice: 'We want to work together',
    tried: [],
    helped: '',
    madeWorse: '',
    asks: [],
    actions: [{ id: 'a1', what: 'Meet the SENCo', who: 'Mum', byWhen: '2026-04-01', status: 'not-started' }],
    people: [{ id: 'pp1', name: 'Ms Patel', role: 'SENCo', reach: 'Office' }],
    nextReview: '2026-05-01',
    meetingNotes: '',
  };
  return {
    children,
    plans: [{ id: 'fp1', childId: 'f0', createdAt: NOW, updatedAt: NOW, cycles: [{ number: 1, startedAt: NOW, content }] }],
    letters: [
      {
        id: 'fl1', childId: 'f0', templateId: 'ehc-request', createdAt: NOW, updatedAt: NOW, nation: 'england', senderName: 'Jo', senderAddress: '',
        recipient: 'SEND team', subject: 'Request', greeting: 'Dear Sir,', paragraphs: ['One.', 'Two.'], signOff: 'Yours,', sentOn: '2026-01-05',
      },
    ],
    contacts: [{ id: 'fk1', role: 'senco', name: 'Ms Patel', email: 'patel@example.org', notes: 'Tuesdays', createdAt: NOW, updatedAt: NOW }],
    settings: [{ id: 'fileSetting', value: 'x' }],
    attendance: [{ id: 'fa1', childId: 'f0', date: '2026-02-02', status: 'late', morning: 'hard', note: 'Slow start', createdAt: NOW, updatedAt: NOW }],
    contactLog: [
      {
        id: 'fc1', childId: 'f0', date: '2026-02-03', time: '09:15', who: 'Ms Patel', how: 'call', said: 'Asked for a meeting', agreed: 'Friday',
        followUpOn: '2026-02-06', createdAt: NOW, updatedAt: NOW,
      },
    ],
  };
}

const envelope = (data: object, extra: Record<string, unknown> = {}) => ({
  format: 'barriers-navigator-backup',
  schemaVersion: 'families' in data ? 3 : 2,
  exportedAt: NOW,
  data,
  ...extra,
});

/** Every place in a value where something could be put: [parent, key] pairs. */
function slots(value: unknown, out: [Record<string, unknown> | unknown[], string | number][] = [], depth = 0) {
  if (depth > 12 || !value || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([value, i]);
      slots(v, out, depth + 1);
    });
  } else {
    for (const [k, v] of Object.entries(value)) {
      out.push([value as Record<string, unknown>, k]);
      slots(v, out, depth + 1);
    }
  }
  return out;
}
const set = (slot: [Record<string, unknown> | unknown[], string | number], v: unknown) => {
  (slot[0] as Record<string | number, unknown>)[slot[1]] = v;
};

const enc = new TextEncoder();
const text = (s: string) => enc.encode(s);

function randomValue(r: Rng): unknown {
  switch (r.int(8)) {
    case 0: return r.int(1000) - 500;
    case 1: return null;
    case 2: return r.next() < 0.5;
    case 3: return [];
    case 4: return {};
    case 5: return r.pick(ODD_STRINGS);
    case 6: return [r.pick(ODD_STRINGS), 1, null];
    default: return { id: r.pick(ODD_STRINGS) };
  }
}

/** One hostile file of a given kind. `big` allows files of a few MB. */
function make(kind: string, r: Rng): Uint8Array {
  const data = validData(r);
  const good = () => JSON.stringify(envelope(data));
  const mutate = (change: (s: ReturnType<typeof slots>) => void) => {
    const all = slots(data);
    change(all);
    return text(JSON.stringify(envelope(data)));
  };
  switch (kind) {
    case 'truncated': {
      const s = good();
      return text(s.slice(0, r.int(s.length)));
    }
    case 'wrong-type':
      return mutate((all) => {
        for (let i = 0; i < 1 + r.int(3); i++) set(r.pick(all), randomValue(r));
      });
    case 'missing-key':
      return mutate((all) => {
        const objects = all.filter(([p]) => !Array.isArray(p));
        const [p, k] = r.pick(objects);
        delete (p as Record<string, unknown>)[k as string];
      });
    case 'extra-key':
      return mutate((all) => {
        const objects = all.map(([p]) => p).filter((p) => !Array.isArray(p)) as Record<string, unknown>[];
        r.pick(objects)[r.pick(['extra', 'x-y', '', 'toString', 'hasOwnProperty', 'valueOf'])] = randomValue(r);
      });
    case 'proto-key': {
      const key = r.pick(['__proto__', 'constructor', 'prototype']);
      const s = good();
      const at = r.pick(['"id":"f0"', '"content":{', '"data":{', '"answers":{', '{"format"']);
      const value = r.pick(['{"polluted":true}', '{"prototype":{"polluted":true}}', '[]', '1']);
      return text(s.replace(at, at.endsWith('{') ? `${at}"${key}":${value},` : `"${key}":${value},${at}`));
    }
    case 'long-string': {
      const length = r.pick([1_001, 100_001, 200_000, 1_000_000, 3_000_000]);
      return mutate((all) => {
        const strings = all.filter(([p, k]) => typeof (p as Record<string | number, unknown>)[k] === 'string');
        set(r.pick(strings), r.pick(['x', 'ab ', '\u202E', '😀', '<']).repeat(Math.ceil(length / 2)).slice(0, length));
      });
    }
    case 'deep': {
      const depth = r.pick([25, 100, 1_000, 10_000, 100_000, 500_000]);
      const nest = r.next() < 0.5 ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      const s = good();
      const at = r.pick(['"kept":[]', '"interests":"Art"', '"value":"x"', '"paragraphs":["One.","Two."]']);
      return text(s.replace(at, `${at},"extra":${nest}`));
    }
    case 'huge-array': {
      const n = r.pick([1_001, 2_001, 10_001, 100_000, 300_000]);
      const where = r.pick(['children', 'paragraphs', 'settings', 'kept', 'numbers', 'attendance', 'contactLog']);
      if (where === 'children') data.children = Array.from({ length: n }, (_, i) => ({ ...data.children[0]!, id: `h${i}` }));
      else if (where === 'paragraphs') data.letters[0]!.paragraphs = Array.from({ length: n }, () => 'p');
      else if (where === 'settings') data.settings = Array.from({ length: n }, (_, i) => ({ id: `s${i}`, value: String(i) }));
      else if (where === 'attendance') data.attendance = Array.from({ length: 100_001 }, (_, i) => ({ id: `a${i}` })) as never;
      else if (where === 'contactLog') data.contactLog = Array.from({ length: r.pick([2, 50_001]) }, (_, i) => ({ ...data.contactLog[0]!, id: `c${i}` }));
      else if (where === 'kept') data.children[0]!.kept = Array.from({ length: n }, () => 'k') as never;
      else (data as Record<string, unknown>).numbers = Array.from({ length: n }, (_, i) => i);
      return text(good());
    }
    case 'bad-date':
      return mutate(() => {
        const date = r.pick(BAD_DATES);
        const target = r.int(9);
        if (target === 6) data.attendance[0]!.date = date;
        else if (target === 7) data.contactLog[0]!.followUpOn = date;
        else if (target === 8) data.contactLog[0]!.date = date;
        else if (target === 0) data.plans[0]!.updatedAt = date;
        else if (target === 1) data.letters[0]!.sentOn = date;
        else if (target === 2) data.children[0]!.createdAt = date;
        else if (target === 3) data.plans[0]!.cycles[0]!.content.nextReview = date || 'x';
        else if (target === 4) data.contacts[0]!.updatedAt = date;
        else data.plans[0]!.cycles[0]!.content.actions[0]!.byWhen = date || 'x';
      });
    case 'odd-number': {
      const s = good();
      const n = r.pick(ODD_NUMBERS);
      return text(r.next() < 0.6 ? s.replace(/"schemaVersion":\d/, `"schemaVersion":${n}`) : s.replace('"number":1', `"number":${n}`));
    }
    case 'odd-version': {
      const v = r.pick([0, -1, 2, 3, 999, 1.0000001, 2 ** 31, Number.MAX_SAFE_INTEGER]);
      return text(JSON.stringify(envelope(data, { schemaVersion: v })));
    }
    case 'odd-id':
      return mutate(() => {
        const id = r.pick([...ODD_STRINGS, 'f0', 'fp1', 'x'.repeat(201), '']);
        const target = r.int(5);
        if (target === 0) data.children.push({ ...data.children[0]!, id: data.children[0]!.id });
        else if (target === 1) data.children[0]!.id = id;
        else if (target === 2) data.plans[0]!.childId = id;
        else if (target === 3) data.plans[0]!.cycles[0]!.content.barriers.push({ id, text: 'dup' });
        else data.settings.push({ id, value: 'y' }, { id, value: 'z' });
      });
    case 'bom': {
      const s = good();
      return r.next() < 0.5 ? text(`\uFEFF${s}`) : text(`${s.slice(0, 20)}\uFEFF${s.slice(20)}`);
    }
    case 'non-utf8': {
      const s = good();
      const pickOne = r.int(3);
      if (pickOne === 0) {
        // UTF-16 little-endian, with its byte-order mark.
        const out = new Uint8Array(2 + s.length * 2);
        out[0] = 0xff;
        out[1] = 0xfe;
        for (let i = 0; i < s.length; i++) {
          out[2 + i * 2] = s.charCodeAt(i) & 0xff;
          out[3 + i * 2] = s.charCodeAt(i) >> 8;
        }
        return out;
      }
      const bytes = text(s.replace('Sam', 'Zoë'));
      const at = r.int(bytes.length);
      const bad = pickOne === 1 ? [0xc3] : [0xff, 0xfe, 0xc0, 0x80];
      return new Uint8Array([...bytes.slice(0, at), ...bad, ...bytes.slice(at)]);
    }
    case 'binary': {
      const n = r.pick([0, 1, 8, 512, 20_000]);
      const out = new Uint8Array(n);
      for (let i = 0; i < n; i++) out[i] = r.int(256);
      if (n >= 8 && r.next() < 0.3) out.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return out;
    }
    case 'foreign':
      return text(r.pick(['', ' ', 'null', '[]', '0', '"text"', '{}', '{"format":"other-app"}', '{"format":"barriers-navigator-backup"}', JSON.stringify({ ...envelope(data), format: 'Barriers-Navigator-Backup' })]));
    case 'xss':
      // Hostile but well-formed: should be accepted and stored as plain text.
      return mutate((all) => {
        const strings = all.filter(([p, k]) => typeof (p as Record<string | number, unknown>)[k] === 'string' && !/At$|On$|^id$|Id$|^date$|^time$|^how$|^morning$|byWhen|nextReview|status|role|nation|format/.test(String(k)));
        for (const s of strings) if (r.next() < 0.3) set(s, r.pick(ODD_STRINGS.slice(3, 7)));
      });
    case 'family-mismatch': {
      // Two families; a record of one names a child of the other.
      const d = withFamilies(r, data);
      const target = r.pick(['plans', 'letters', 'attendance', 'contactLog'] as const);
      (d[target][0] as { familyId: string }).familyId = OTHER_FAMILY;
      return text(JSON.stringify(envelope(d)));
    }
    case 'orphan-child': {
      // A record whose child id points at no child in the file.
      const d = withFamilies(r, data);
      const target = r.pick(['plans', 'letters', 'attendance', 'contactLog', 'contacts'] as const);
      (d[target][0] as { childId: string }).childId = r.pick(['nobody', 'f9', 'ff', 'fp1']);
      return text(JSON.stringify(envelope(d)));
    }
    case 'child-two-families': {
      // The same child, once in each family (or its records split between them).
      const d = withFamilies(r, data);
      if (r.next() < 0.5) d.children.push({ ...d.children[0]!, familyId: OTHER_FAMILY });
      else for (const list of [d.plans, d.attendance] as { familyId: string }[][]) for (const x of list) x.familyId = OTHER_FAMILY;
      return text(JSON.stringify(envelope(d)));
    }
    case 'over-limit-own': {
      // Well-formed, as an older app could have saved it: one box or name just past its limit.
      const d = withFamilies(r, data);
      const box = r.int(4);
      if (box === 0) d.plans[0]!.cycles[0]!.content.parentVoice = 'x'.repeat(100_001);
      else if (box === 1) d.attendance[0]!.note = 'x'.repeat(100_001);
      else if (box === 2) d.contacts[0]!.name = 'x'.repeat(1_001);
      else d.children[0]!.displayName = `${'x'.repeat(995)} (from file)`;
      return text(JSON.stringify(envelope(d)));
    }
    case 'unknown-store':
      return text(JSON.stringify(envelope({ ...data, [r.pick(['evil', '__proto__', 'toString', 'meta'])]: [] })));
    default:
      return text(good());
  }
}

export const KINDS = [
  'truncated', 'wrong-type', 'missing-key', 'extra-key', 'proto-key', 'long-string', 'deep', 'huge-array', 'bad-date',
  'odd-number', 'odd-version', 'odd-id', 'bom', 'non-utf8', 'binary', 'foreign', 'xss', 'unknown-store',
  'family-mismatch', 'orphan-child', 'child-two-families', 'over-limit-own',
] as const;

/** Kinds that must always be refused: records that do not belong together, texts past their limit. */
export const ALWAYS_REFUSED: readonly string[] = ['family-mismatch', 'orphan-child', 'child-two-families', 'over-limit-own'];

/** `count` hostile files, the same every time for the same seed. */
export function* hostileFiles(count: number, seed = 17): Generator<HostileFile> {
  const r = rng(seed);
  for (let i = 0; i < count; i++) {
    const kind = KINDS[i % KINDS.length]!;
    yield { kind, bytes: make(kind, r) };
  }
}

/**
 * Six million empty objects in sixty lists of 100,000 (each list within the limits), about 19 MB:
 * built as text by repetition, never as objects, so a test can hand it to the check cheaply.
 */
export function sixMillionEmptyObjects(): string {
  const list = `[${'{},'.repeat(99_999)}{}]`;
  const extra = `[${Array.from({ length: 60 }, () => list).join(',')}]`;
  const file = JSON.stringify({ format: 'barriers-navigator-backup', schemaVersion: 1, exportedAt: NOW, data: { children: [{ id: 'c1', displayName: 'Sam', createdAt: NOW, updatedAt: NOW, answers: {}, kept: [], extra: 0 }] } });
  return file.replace('"extra":0', `"extra":${extra}`);
}

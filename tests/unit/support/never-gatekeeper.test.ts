import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { GUIDES } from '../../../src/content/guides';
import { QUESTIONS } from '../../../src/content/questions';
import { SIGNPOSTS, statutorySignpostFor } from '../../../src/content/signposts';
import { NATIONS, type Nation } from '../../../src/domain/nations';
import { NOT_SURE, type Answers } from '../../../src/domain/questionnaire/types';
import { isUrgent, signpostsFor, signpostsForNation } from '../../../src/content/signposting';
import { GATEKEEPING } from './gatekeeping';

/** A small seeded PRNG (mulberry32), so a failure can be replayed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomAnswers(random: () => number, nation: Nation): Answers {
  const pick = <T,>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const answers: Answers = { nation };
  for (const q of QUESTIONS) {
    if (q.id === 'nation' || random() < 0.3) continue; // many questions are skipped
    if (q.kind === 'text') answers[q.id] = pick(['', 'Sam', 'Alex', 'something happened']);
    else if (q.kind === 'council') answers[q.id] = pick(['west-berkshire', 'cardiff', 'glasgow', 'education-authority-ni', 'unknown']);
    else if (q.kind === 'single') answers[q.id] = pick([...(q.options ?? []), NOT_SURE]);
    else if (q.kind === 'multi') {
      const chosen = (q.options ?? []).filter(() => random() < 0.35);
      answers[q.id] = chosen.length ? chosen : [pick([...(q.options ?? []), NOT_SURE])];
    }
  }
  return answers;
}

const en = JSON.parse(readFileSync('locales/en/support.json', 'utf8')) as { signposts: Record<string, unknown> };
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
/** Signposts whose English text has a gatekeeping phrase (checked once; shown ones are looked up). */
const gatekeeping = new Set(
  SIGNPOSTS.filter((s) => strings(en.signposts[s.id]).some((t) => GATEKEEPING.some((re) => re.test(t)))).map((s) => s.id),
);

/** Words from other nations' systems that must never reach a family in this one. */
const WRONG_NATION: Record<Nation, RegExp> = {
  england: /SNAP Cymru|Enquire|DARS|SENDIST|Education Tribunal for Wales|Health and Education Chamber|Education Authority|£60|£120/,
  wales: /SENDIASS|EHC|First-tier Tribunal \(SEND\)|Enquire|DARS|SENDIST|Health and Education Chamber|Education Authority|£80|£160/,
  scotland: /SENDIASS|EHC|First-tier Tribunal \(SEND\)|SNAP Cymru|Education Tribunal for Wales|DARS|SENDIST|Education Authority|£\d/,
  'northern-ireland': /SENDIASS|EHC|First-tier Tribunal \(SEND\)|SNAP Cymru|Enquire|Equality Act|Education Tribunal for Wales|Health and Education Chamber|£\d/,
};

describe('never a gatekeeper, over many generated families', () => {
  const random = prng(20260620);
  const RUNS = 1200;

  it('always keeps the nation’s statutory route in reach, shows only that nation’s routes, puts urgent help first, and never says “you do not qualify”', () => {
    let urgentSeen = 0;
    for (let i = 0; i < RUNS; i++) {
      const nation = NATIONS[i % NATIONS.length]!;
      const answers = randomAnswers(random, nation);
      const results = signpostsFor(answers);
      const ids = results.map((r) => r.signpost.id);

      // The statutory route is shown (it is `always`), and its guide is for this nation.
      const statutory = statutorySignpostFor(nation);
      expect(ids, JSON.stringify(answers)).toContain(statutory.id);
      expect(GUIDES[nation].signpostId).toBe(statutory.id);
      // And in the library for this nation, whatever the answers.
      expect(signpostsForNation(nation).map((s) => s.id)).toContain(statutory.id);

      // Only this nation's routes.
      for (const r of results) expect(r.signpost.nations, `${r.signpost.id} in ${nation}`).toContain(nation);
      if (nation !== 'england') expect(ids.filter((id) => SIGNPOSTS.find((s) => s.id === id)!.nations.every((n) => n === 'england'))).toEqual([]);
      if (nation === 'england') expect(ids).not.toEqual(expect.arrayContaining(['aln-wales']));

      // Urgent help first.
      if (isUrgent(answers)) {
        urgentSeen++;
        expect(results[0]?.signpost.id).toBe('urgent-safety');
      } else expect(ids).not.toContain('urgent-safety');

      // Nothing shown says the family does not qualify.
      expect(ids.filter((id) => gatekeeping.has(id))).toEqual([]);

      // No other nation's routes, tribunals, services or fine figures in what is shown.
      for (const id of ids) expect(strings(en.signposts[id]).join(' '), `${id} in ${nation}`).not.toMatch(WRONG_NATION[nation]);
    }
    // The generator really did make urgent families (otherwise the check above proves nothing).
    expect(urgentSeen).toBeGreaterThan(10);
  }, 30_000);
});

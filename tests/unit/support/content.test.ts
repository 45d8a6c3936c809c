import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ALN_CLOCK, ASN_CLOCK, EHC_CLOCK, GUIDES, NI_CLOCK } from '../../../src/content/guides';
import { ALL_NATIONS, SIGNPOSTS, THEMES } from '../../../src/content/signposts';
import { SOURCE_IDS, SOURCES } from '../../../src/content/sources';
import { NATIONS } from '../../../src/domain/nations';
import { GATEKEEPING } from './gatekeeping';

const en = JSON.parse(readFileSync('locales/en/support.json', 'utf8')) as Record<string, unknown>;
const lookup = (key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en);
const text = (key: string): string => {
  const v = lookup(key);
  return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
};
/** Every English string in the support namespace. */
const allStrings = (v: unknown = en): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(allStrings) : v && typeof v === 'object' ? Object.values(v).flatMap(allStrings) : [];


describe('support content', () => {
  it('gives every signpost English text, at least one source and a review date', () => {
    for (const s of SIGNPOSTS) {
      for (const key of Object.values(s.text)) expect(text(key), key).not.toBe('');
      expect(s.asks.length, s.id).toBeGreaterThan(0);
      for (const a of s.asks) {
        expect(text(a.text), a.id).not.toBe('');
        expect(a.id).toBe(`${s.id}:${a.key}`);
      }
      expect(s.sources.length, s.id).toBeGreaterThan(0);
      expect(s.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Number.isNaN(Date.parse(s.reviewed))).toBe(false);
      expect(s.nations.length, s.id).toBeGreaterThan(0);
    }
  });

  it('has unique signpost and ask ids', () => {
    const ids = SIGNPOSTS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const asks = SIGNPOSTS.flatMap((s) => s.asks.map((a) => a.id));
    expect(new Set(asks).size).toBe(asks.length);
  });

  it('names every source, theme and nation in English', () => {
    for (const id of SOURCE_IDS) {
      expect(text(`sources.${id}.title`), id).not.toBe('');
      expect(text(`sources.${id}.publisher`), id).not.toBe('');
    }
    for (const theme of THEMES) expect(text(`themes.${theme}`), theme).not.toBe('');
    for (const n of NATIONS) expect(text(`nations.${n}`)).not.toBe('');
  });

  it('never cites one nation’s law to a family in another', () => {
    for (const s of SIGNPOSTS)
      for (const ref of s.sources)
        for (const n of s.nations) expect(SOURCES[ref.source].nations, `${s.id} cites ${ref.source} in ${n}`).toContain(n);
  });

  it('gives every nation its own statutory route, advice service and guide', () => {
    for (const n of NATIONS) {
      const own = SIGNPOSTS.filter((s) => s.nations.length === 1 && s.nations[0] === n);
      expect(own.filter((s) => s.statutory)).toHaveLength(1);
      expect(own.some((s) => s.theme === 'advice')).toBe(true);
      const guide = GUIDES[n];
      expect(guide.nation).toBe(n);
      expect(SIGNPOSTS.find((s) => s.id === guide.signpostId)?.nations).toEqual([n]);
      for (const section of guide.sections) expect(text(`guides.${n}.sections.${section.id}.heading`), `${n} ${section.id}`).not.toBe('');
    }
    // Every theme has something for every nation.
    for (const theme of THEMES) for (const n of ALL_NATIONS) expect(SIGNPOSTS.some((s) => s.theme === theme && s.nations.includes(n)), `${theme} ${n}`).toBe(true);
  });

  it('recognises gatekeeping words, but not “you do not need a diagnosis”', () => {
    const caught = (s: string) => GATEKEEPING.some((re) => re.test(s));
    expect(caught('Sorry, your child does not qualify for an assessment.')).toBe(true);
    expect(caught('You are not eligible yet.')).toBe(true);
    expect(caught('You need a diagnosis first.')).toBe(true);
    expect(caught('You do not need a diagnosis.')).toBe(false);
    expect(caught('You can ask whether or not your child has a diagnosis.')).toBe(false);
  });

  it('never tells a family they do not qualify', () => {
    for (const s of allStrings()) for (const re of GATEKEEPING) expect(s, `${re}`).not.toMatch(re);
  });

  it('invents no phone number, email or web address (only Define Fine’s, from the seeds)', () => {
    const all = allStrings().join('\n');
    expect(all.match(/\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b/g)).toBeNull();
    expect(all.match(/https?:\/\//g)).toBeNull();
    expect(all.match(/[\w.+-]+@[\w-]+(\.[a-z]+)+/g) ?? []).toEqual(['team@definefine.org.uk']);
    expect(all).not.toMatch(/\bwww\./);
    expect((all.match(/\b[\w-]+\.(org\.uk|gov\.uk|co\.uk|com|nhs\.uk)\b/g) ?? []).filter((d) => d !== 'definefine.org.uk')).toEqual([]);
  });

  it('states each nation’s clock from the facts, with care where a rule is not confirmed', () => {
    expect(EHC_CLOCK.filter((s) => s.weeks !== undefined).map((s) => [s.id, s.weeks])).toEqual([
      ['decide', 6],
      ['no-plan', 16],
      ['final', 20],
    ]);
    const england = allStrings(lookup('guides.england')).join(' ');
    for (const fact of ['6 weeks', '15 days', 'counts as day 1', '2 months', '1 month from the certificate', '3 working days', 'whichever is later', 'has or may have', 'may be necessary', 'last 6 months', 'You can still ask']) {
      expect(england).toContain(fact);
    }
    expect(england).not.toMatch(/need not assess again/);
    // Northern Ireland: 6 weeks to decide, 26 in all, 15 days to comment; 2 months to appeal, from the date on the letter.
    expect(NI_CLOCK.map((s) => [s.id, s.weeks ?? s.days])).toEqual([
      ['decide', 6],
      ['advice', 6],
      ['comments', 15],
      ['complete', 26],
    ]);
    const ni = allStrings(lookup('guides.northern-ireland')).join(' ') + text('signposts.statement-disagree-ni.rights');
    expect(ni).toContain('within 2 months');
    expect(ni).toContain('date on the decision letter');
    // Wales: 35 school days (as "about", term dates unknown) and 12 weeks; the appeal limit only as "about 8 weeks", with SNAP Cymru.
    expect(ALN_CLOCK.map((s) => [s.id, s.schoolDays ?? s.weeks])).toEqual([
      ['school', 35],
      ['council', 12],
      ['reconsider', undefined],
    ]);
    const wales = allStrings(lookup('guides.wales')).join(' ') + allStrings(lookup('signposts.aln-wales')).join(' ');
    expect(wales).not.toMatch(/20(21|22|23)|(?<!about )8 weeks/);
    expect(wales).toContain('about 8 weeks from the council’s decision, so check with SNAP Cymru at once');
    expect(text('guide.schoolDays')).toMatch(/^About /);
    // Scotland: only "about 16 weeks", and ask the council for its timetable.
    expect(ASN_CLOCK.find((s) => s.id === 'csp')?.weeks).toBe(16);
    expect(text('signposts.asn-scotland.rights')).toContain('about 16 weeks');
    expect(text('guides.scotland.clock.csp')).toContain('Ask the council for its own timetable');
  });

  it('says the 2026 white paper does not change the law, and the 2026 Act is not yet in force', () => {
    expect(text('guides.england.sections.reform.body')).toMatch(/unchanged/);
    expect(text('signposts.ehc-plan-law-england.rights')).toMatch(/has not changed/);
    expect(text('signposts.off-rolling-england.rights')).toMatch(/not in force yet/);
    expect(text('signposts.home-education-england.rights')).toMatch(/not in force yet/);
  });

  it('gives penalty notice figures without threats: considered at the threshold, £160 only within 28 days, 2 per parent per child', () => {
    const t = text('signposts.penalty-notices-england.rights');
    for (const f of ['10 unauthorised sessions', '10 school weeks', 'must consider', 'does not mean one is given', '£80 if paid within 21 days', '£160 if paid within 28 days', 'After 28 days', 'same parent for the same child within 3 years', 'more than 2 for the same child']) {
      expect(t).toContain(f);
    }
    expect(t).not.toMatch(/£160 after that/);
    expect(allStrings(lookup('signposts.penalty-notices-england')).join(' ')).not.toMatch(/prison|court|prosecut|will be fined/i);
    // Wales has its own figures; Scotland and Northern Ireland have no fines, so no figures at all.
    expect(text('signposts.penalty-notices-wales.rights')).toMatch(/£60 if paid within 28 days, or £120 if paid within 42 days/);
    for (const id of SIGNPOSTS.filter((s) => s.nations.every((n) => n === 'scotland' || n === 'northern-ireland')).map((s) => s.id)) {
      expect(allStrings(lookup(`signposts.${id}`)).join(' '), id).not.toMatch(/£\d/);
    }
  });

  it('never discourages a repeat request for an EHC needs assessment within 6 months', () => {
    const all = allStrings(lookup('signposts.ehc-needs-assessment')).join(' ') + allStrings(lookup('guides.england')).join(' ');
    expect(all).toMatch(/You can still ask/);
    expect(all).not.toMatch(/need not assess again|cannot ask again|wait 6 months/i);
  });
});

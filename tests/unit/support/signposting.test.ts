import { describe, expect, it } from 'vitest';
import { NATIONS } from '../../../src/domain/nations';
import { findAsk, SIGNPOSTS, statutorySignpostFor } from '../../../src/content/signposts';
import { groupByTheme, hardestFirst, signpostsFor } from '../../../src/content/signposting';
import { ENGLAND_ANXIETY_SEND, withNation } from './families';

const ids = (answers: Parameters<typeof signpostsFor>[0]) => signpostsFor(answers).map((r) => r.signpost.id);

describe('signposts for representative families', () => {
  it('shows an English family with anxiety and suspected SEND the EHC needs assessment, with the answers behind it', () => {
    const results = signpostsFor(ENGLAND_ANXIETY_SEND);
    const ehc = results.find((r) => r.signpost.id === 'ehc-needs-assessment');
    expect(ehc?.matched).toBe(true);
    expect(ehc?.reasons).toContainEqual({ questionId: 'send-diagnosis', values: ['suspected'] });
    expect(ehc?.reasons).toContainEqual({ questionId: 'barriers', values: ['send'] });
    // Among the most useful things to do.
    expect(results.slice(0, 5).map((r) => r.signpost.id)).toContain('ehc-needs-assessment');
    expect(ids(ENGLAND_ANXIETY_SEND)).toEqual(
      expect.arrayContaining(['needs-noticed', 'sen-support-england', 'disability-england', 'illness-absence-england', 'local-offer-sendiass']),
    );
  });

  it('shows a Welsh family ALN and an IDP, SNAP Cymru, and nothing from England', () => {
    const list = ids(withNation(ENGLAND_ANXIETY_SEND, 'wales'));
    expect(list).toContain('aln-wales');
    expect(list).toContain('advice-wales');
    expect(list).not.toContain('ehc-needs-assessment');
    expect(list).not.toContain('local-offer-sendiass');
    expect(list.filter((id) => id.endsWith('-england'))).toEqual([]);
  });

  it('shows a Scottish family additional support needs and Enquire, and a family in Northern Ireland statements', () => {
    expect(ids(withNation(ENGLAND_ANXIETY_SEND, 'scotland'))).toEqual(expect.arrayContaining(['asn-scotland', 'advice-scotland']));
    const ni = ids(withNation(ENGLAND_ANXIETY_SEND, 'northern-ireland'));
    expect(ni).toEqual(expect.arrayContaining(['statement-ni', 'advice-ni']));
    expect(ni).not.toContain('aln-wales');
  });

  it('puts urgent help first when a child is self-harming, whatever else they told us', () => {
    const answers = { ...ENGLAND_ANXIETY_SEND, barriers: ['anxiety', 'send', 'mental-health'], 'mental-health': ['self-harm'] };
    const results = signpostsFor(answers);
    expect(results[0]?.signpost.id).toBe('urgent-safety');
    expect(groupByTheme(results)[0]?.theme).toBe('urgent');
  });

  it('explains fines calmly and support first to a family with a penalty notice warning', () => {
    const list = ids({ nation: 'england', missed: 'about-a-day-a-week', 'attendance-action': ['fine-warning'] });
    expect(list).toEqual(expect.arrayContaining(['penalty-notices-england', 'support-first-england']));
  });

  it('puts pressure to leave the school roll near the top', () => {
    const list = ids({ nation: 'england', 'off-roll-pressure': 'yes' });
    expect(list[0]).toBe('off-rolling-england');
    expect(list).toContain('home-education-england');
  });

  it('points a family whose assessment was refused to mediation and appeal', () => {
    const list = ids({ nation: 'england', barriers: ['send'], 'send-support': 'assessment-refused' });
    expect(list[0]).toBe('ehc-refused-england');
  });

  it('shows education for health needs when a child has missed 15 days for health', () => {
    expect(ids({ nation: 'england', 'school-type': 'mainstream', missed: 'all', 'health-days-15': 'yes' })).toContain(
      'health-education-england',
    );
  });

  it('still shows every nation its statutory route and advice service when almost nothing was answered', () => {
    for (const nation of NATIONS) {
      const results = signpostsFor({ nation });
      const statutory = results.find((r) => r.signpost.id === statutorySignpostFor(nation as never).id);
      expect(statutory?.matched).toBe(false);
      expect(statutory?.reasons).toEqual([]);
      expect(results.some((r) => r.signpost.theme === 'advice')).toBe(true);
    }
  });

  it('shows nothing until the nation is known', () => {
    expect(signpostsFor({ barriers: ['anxiety'] })).toEqual([]);
  });

  it('ignores answers to follow-up questions that are no longer asked', () => {
    // "Fine in school" was answered, then anxiety was taken off the list of barriers.
    const results = signpostsFor({ nation: 'england', barriers: ['bullying'], 'anxiety-signs': ['fine-in-school-not-at-home'] });
    expect(results.find((r) => r.signpost.id === 'needs-noticed')).toBeUndefined();
  });

  it('finds a kept ask and its signpost by id, and nothing for an unknown id', () => {
    const found = findAsk('ehc-needs-assessment:request-letter');
    expect(found?.signpost.id).toBe('ehc-needs-assessment');
    expect(found?.ask.text).toBe('signposts.ehc-needs-assessment.asks.request-letter');
    expect(findAsk('nope:nothing')).toBeUndefined();
    expect(SIGNPOSTS.flatMap((s) => s.asks).every((a) => findAsk(a.id)?.ask === a)).toBe(true);
  });
});

describe('the first help', () => {
  it('starts with the card for what the family said is hardest, in every nation', () => {
    for (const nation of NATIONS) {
      const answers = { nation, barriers: ['bullying', 'anxiety'], urgent: 'none' };
      const first = groupByTheme(hardestFirst(signpostsFor(answers), answers))[0];
      expect(first?.theme, nation).toBe('bullying');
    }
  });

  it('keeps anything urgent above it', () => {
    const answers = { nation: 'scotland', barriers: ['bullying'], urgent: ['safety'] };
    const ranked = hardestFirst(signpostsFor(answers), answers).map((r) => r.signpost.theme);
    expect(ranked[0]).toBe('urgent');
    expect(ranked.find((t) => t !== 'urgent')).toBe('bullying');
  });
});

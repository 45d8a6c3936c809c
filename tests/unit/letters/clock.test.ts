import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { lastDayBeginningWith, milestonesFor, splitByToday, statutoryClock } from '../../../src/domain/letters/clock';
import type { LetterRecord } from '../../../src/domain/letters/types';
import { clockFor, clockOf } from '../../../src/content/letters';

const letter = (over: Partial<LetterRecord>): LetterRecord => ({
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: '', updatedAt: '', nation: 'england',
  senderName: '', senderAddress: '', recipient: '', subject: '', greeting: '', paragraphs: [], signOff: '', ...over,
});

describe('the statutory clock for an EHC needs assessment request', () => {
  it('gives the 6, 16 and 20 week dates from the day the request was sent', () => {
    const m = statutoryClock('ehc-request', '2026-01-05');
    expect(m.map((x) => [x.id, x.date])).toEqual([
      ['decide-assess', '2026-02-16'],
      ['not-issue', '2026-04-27'],
      ['final-plan', '2026-05-25'],
    ]);
    expect(m.every((x) => x.kind === 'statutory' && x.basisKey)).toBe(true);
  });

  it('gives 15 days beginning with the day a draft plan is served (last day = served + 14), and 2 months from a decision letter', () => {
    const m = statutoryClock('ehc-request', '2026-01-05', { draftOn: '2026-04-20', decisionOn: '2025-12-31' });
    // SEND Regulations 2014 reg 13(1): "at least 15 days, beginning with the day on which the draft plan was served".
    expect(m.find((x) => x.id === 'draft-comments')?.date).toBe('2026-05-04');
    // 31 December + 2 months is the end of February.
    expect(m.find((x) => x.id === 'mediation')?.date).toBe('2026-02-28');
    expect(m.map((x) => x.date)).toEqual([...m.map((x) => x.date)].sort());
  });

  it('gives letters with no legal deadline only a reminder, never a statutory date', () => {
    const m = statutoryClock('none', '2026-03-20');
    expect(m).toEqual([{ id: 'follow-up', date: '2026-04-03', kind: 'reminder', textKey: 'clock.follow-up' }]);
  });

  it('collects dates from sent letters only, soonest first, and splits them around today', () => {
    const all = milestonesFor(
      [letter({ id: 'a', sentOn: '2026-01-05' }), letter({ id: 'b' }), letter({ id: 'c', templateId: 'bullying', sentOn: '2026-02-01' })],
      (l) => clockOf(l.templateId),
    );
    expect(all.map((m) => `${m.letterId}:${m.id}:${m.date}`)).toEqual([
      'c:follow-up:2026-02-15',
      'a:decide-assess:2026-02-16',
      'a:not-issue:2026-04-27',
      'a:final-plan:2026-05-25',
    ]);
    const { upcoming, past } = splitByToday(all, '2026-02-16');
    expect(upcoming.map((m) => m.id)).toEqual(['decide-assess', 'not-issue', 'final-plan']);
    expect(past.map((m) => m.id)).toEqual(['follow-up']);
  });

  it('starts the statutory EHC clock for a parent or a young person of 16 or over, but not for an under-16 writing for themselves', () => {
    expect(clockFor('ehc-request', { nation: 'england', role: 'parent' })).toBe('ehc-request');
    expect(clockFor('ehc-request', { nation: 'england', role: 'young-person', 'age-stage': 'post-16' })).toBe('ehc-request');
    expect(clockFor('ehc-request', { nation: 'england', role: 'young-person', 'age-stage': 'secondary' })).toBe('none');
    expect(clockFor('ehc-request', { nation: 'england', role: 'young-person' })).toBe('none');
    expect(clockFor('bullying', { nation: 'england', role: 'parent' })).toBe('none');
    const young = milestonesFor([letter({ id: 'y', sentOn: '2026-01-05' })], () => clockFor('ehc-request', { role: 'young-person', 'age-stage': 'secondary' }));
    expect(young.map((m) => m.kind)).toEqual(['reminder']);
  });
});

describe('the clocks for Wales, Scotland and Northern Ireland', () => {
  it('counts "beginning with" periods from day 1: a draft served on 20 April has 4 May as its last day', () => {
    expect(lastDayBeginningWith('2026-04-20', 15)).toBe('2026-05-04');
    // 6 weeks beginning with Monday 5 January end on Sunday 15 February, not Monday 16.
    expect(lastDayBeginningWith('2026-01-05', 42)).toBe('2026-02-15');
  });

  it('Wales: about 35 school days for a school (7 weeks, since term dates are unknown, and correctable) and 12 weeks for a council', () => {
    const m = statutoryClock('aln-decision', '2026-09-07');
    const school = m.find((x) => x.id === 'aln-school')!;
    expect(school).toMatchObject({ date: '2026-10-26', approximate: true, whyKey: 'clock.why.school-days', basisKey: 'clock.basis.aln-school' });
    expect(m.find((x) => x.id === 'aln-council')).toMatchObject({ date: '2026-11-30', kind: 'statutory' });
    expect(m.find((x) => x.id === 'aln-council')?.approximate).toBeUndefined();
    // The family knows half term falls in between and corrects the date.
    const fixed = statutoryClock('aln-decision', '2026-09-07', { corrected: { 'aln-school': '2026-11-02' } }).find((x) => x.id === 'aln-school')!;
    expect(fixed).toMatchObject({ date: '2026-11-02', corrected: true });
    expect(fixed.approximate).toBeUndefined();
  });

  it('Scotland: the CSP date is only "about 16 weeks", with the reason, plus a reminder to chase a reply', () => {
    const m = statutoryClock('asn-request', '2026-09-07');
    expect(m.map((x) => x.id)).toEqual(['follow-up', 'csp']);
    expect(m[1]).toMatchObject({ date: '2026-12-28', approximate: true, whyKey: 'clock.why.csp' });
  });

  it('Northern Ireland: 6 weeks beginning with the day the EA gets the request, 26 weeks in all, 15 days to comment on a proposed statement', () => {
    const m = statutoryClock('ni-assessment', '2026-01-05', { draftOn: '2026-05-11' });
    expect(m.map((x) => [x.id, x.date])).toEqual([
      ['ni-decide', '2026-02-15'],
      ['ni-comments', '2026-05-25'],
      ['ni-complete', '2026-07-06'],
    ]);
  });

  it('starts each nation’s clock from its own statutory letter, and none for an under-16 in NI writing alone', () => {
    expect(clockOf('aln-decision')).toBe('aln-decision');
    expect(clockOf('asn-assessment')).toBe('asn-request');
    expect(clockOf('ni-statutory-assessment')).toBe('ni-assessment');
    expect(clockFor('asn-assessment', { nation: 'scotland', role: 'young-person', 'age-stage': 'secondary' })).toBe('asn-request');
    expect(clockFor('ni-statutory-assessment', { nation: 'northern-ireland', role: 'young-person', 'age-stage': 'secondary' })).toBe('none');
  });

  it('has words, a legal basis and a calendar title in English and Welsh for every date any clock can give', () => {
    const read = (lang: string) => JSON.parse(readFileSync(`locales/${lang}/letters.json`, 'utf8')) as Record<string, unknown>;
    const get = (o: unknown, key: string) => key.split('.').reduce<unknown>((x, k) => (x as Record<string, unknown> | undefined)?.[k], o);
    const all = (['ehc-request', 'aln-decision', 'asn-request', 'ni-assessment', 'none'] as const).flatMap((k) =>
      statutoryClock(k, '2026-01-05', { draftOn: '2026-03-02', decisionOn: '2026-03-02' }),
    );
    for (const lang of ['en', 'cy']) {
      const text = read(lang);
      for (const m of all) {
        for (const key of [m.textKey, m.basisKey, m.whyKey, `calendar.${m.id}`].filter(Boolean) as string[]) {
          expect(get(text, key), `${lang}: ${key}`).toEqual(expect.any(String));
        }
      }
      expect(get(text, 'calendar.about'), lang).toEqual(expect.stringContaining('{{what}}'));
    }
  });
});

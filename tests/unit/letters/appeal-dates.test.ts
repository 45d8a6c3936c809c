import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { statutoryClock } from '../../../src/domain/letters/clock';

const en = JSON.parse(readFileSync('locales/en/letters.json', 'utf8')) as { clock: Record<string, unknown> };

describe('appeal dates once the family enters the date on a decision letter', () => {
  it('Northern Ireland: the last day to appeal to SENDIST is 2 months after the date on the letter', () => {
    const m = statutoryClock('ni-assessment', '2026-01-05', { decisionOn: '2026-03-31' });
    const appeal = m.find((x) => x.id === 'ni-appeal');
    // 31 March + 2 months is the end of May; counted from the date on the letter, never from when it arrived.
    expect(appeal).toMatchObject({ date: '2026-05-31', kind: 'statutory', textKey: 'clock.ni-appeal', basisKey: 'clock.basis.ni-appeal' });
    expect(appeal?.approximate).toBeUndefined();
    expect(en.clock['ni-appeal']).toEqual(expect.stringContaining('SENDIST'));
    expect((en.clock['basis'] as Record<string, string>)['ni-appeal']).toContain('2 months');
    expect(statutoryClock('ni-assessment', '2026-01-05').some((x) => x.id === 'ni-appeal')).toBe(false);
  });

  it('Wales: about 8 weeks to the Education Tribunal for Wales, said as "about" with "check with SNAP Cymru at once", and correctable', () => {
    const m = statutoryClock('aln-decision', '2026-01-05', { decisionOn: '2026-03-02' });
    const appeal = m.find((x) => x.id === 'aln-appeal');
    expect(appeal).toMatchObject({ date: '2026-04-27', kind: 'statutory', approximate: true, textKey: 'clock.aln-appeal', whyKey: 'clock.why.aln-appeal' });
    expect(en.clock['aln-appeal']).toEqual(expect.stringContaining('Education Tribunal for Wales'));
    expect((en.clock['why'] as Record<string, string>)['aln-appeal']).toContain('check with SNAP Cymru at once');
    const fixed = statutoryClock('aln-decision', '2026-01-05', { decisionOn: '2026-03-02', corrected: { 'aln-appeal': '2026-05-11' } });
    expect(fixed.find((x) => x.id === 'aln-appeal')).toMatchObject({ date: '2026-05-11', corrected: true });
  });

  it('Wales and Northern Ireland offer the decision date on the dates page, in words for their own nation', () => {
    for (const key of ['decisionLabelNi', 'decisionHintNi', 'decisionLabelWales', 'decisionHintWales']) expect(en.clock[key], key).toEqual(expect.any(String));
    expect(en.clock['decisionLabelNi']).toContain('Education Authority');
    expect(en.clock['decisionLabelWales']).toContain('council');
    expect(en.clock['decisionHintNi']).toContain('Note in Lieu');
  });
});

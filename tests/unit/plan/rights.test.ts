import { describe, expect, it } from 'vitest';
import { SIGNPOSTS } from '../../../src/content/signposts';
import { SOURCES } from '../../../src/content/sources';
import { NATIONS } from '../../../src/domain/nations';
import { RIGHT_LINES, rightsFor } from '../../../src/features/plan/rights';

const MANY = { barriers: ['send', 'anxiety', 'bullying', 'mental-health', 'physical-health'], 'health-days-15': 'yes', 'off-roll-pressure': 'yes' };

describe('rights reminders in the meeting pack', () => {
  it('belong to real signposts and cite a source of the same nation', () => {
    for (const line of RIGHT_LINES) {
      const signpost = SIGNPOSTS.find((s) => s.id === line.signpost);
      expect(signpost, line.signpost).toBeDefined();
      for (const n of signpost!.nations) expect(SOURCES[line.source.source].nations).toContain(n);
    }
  });

  it('never show an England-only right to a family in Wales, Scotland or Northern Ireland', () => {
    for (const nation of NATIONS.filter((n) => n !== 'england')) {
      const lines = rightsFor({ nation, ...MANY }, 99);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(SIGNPOSTS.find((s) => s.id === line.signpost)!.nations).toEqual([nation]);
      }
    }
  });

  it('show a family in England their own rights, at most four', () => {
    const lines = rightsFor({ nation: 'england', ...MANY });
    expect(lines.length).toBe(4);
    for (const line of lines) expect(SIGNPOSTS.find((s) => s.id === line.signpost)!.nations).toEqual(['england']);
  });

  it('show nothing until the nation is known', () => {
    expect(rightsFor({ barriers: ['send'] })).toEqual([]);
  });
});

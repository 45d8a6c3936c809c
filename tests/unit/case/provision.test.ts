import { describe, expect, it } from 'vitest';
import { checkProvision, checkProvisionLines, type ProvisionCheck } from '../../../src/domain/case/provision';

const state = (c: ProvisionCheck) => Object.fromEntries(c.parts.map((p) => [p.part, p.state === 'missing' ? 'missing' : `${p.state}: ${p.words}`]));

describe('what a line of provision says: who, what, how often, how long', () => {
  it('“access to a quiet space as needed” names what, calls “as needed” vague, and says neither who nor for how long', () => {
    const c = checkProvision('Access to a quiet space as needed');
    expect(state(c)).toEqual({ who: 'missing', what: 'named: Access to', howOften: 'vague: as needed', howLong: 'missing' });
    expect(c.toAsk).toEqual(['who', 'howOften', 'howLong']);
  });

  it('“20 minutes of 1:1 support with a TA three times a week for a year” names all four', () => {
    const c = checkProvision('20 minutes of 1:1 support with a TA three times a week for a year');
    expect(state(c)).toEqual({ who: 'named: TA', what: 'named: support', howOften: 'named: three times a week', howLong: 'named: 20 minutes' });
    expect(c.toAsk).toEqual([]);
  });

  it('“regular speech and language therapy” names what, calls “regular” vague, and says neither who gives it nor for how long', () => {
    const c = checkProvision('regular speech and language therapy');
    expect(state(c)).toEqual({ who: 'missing', what: 'named: speech and language therapy', howOften: 'vague: regular', howLong: 'missing' });
  });

  it('finds a therapist, a weekly session and a block of sessions; “staff” alone says someone, not who', () => {
    expect(state(checkProvision('A speech and language therapist will deliver a 30 minute session weekly for six weeks'))).toEqual({
      who: 'named: speech and language therapist',
      what: 'named: session',
      howOften: 'named: weekly',
      howLong: 'named: 30 minute',
    });
    expect(checkProvision('Staff will offer check-ins').parts[0]).toEqual({ part: 'who', state: 'vague', words: 'Staff' });
  });

  it('a line that names nothing it knows is “not said” on all four, never an error', () => {
    expect(checkProvision('xyz').toAsk).toEqual(['who', 'what', 'howOften', 'howLong']);
  });

  it('checks each pasted line on its own, without bullets or numbers, and skips empty lines', () => {
    const lines = checkProvisionLines('• Access to a quiet space as needed\n\n2) regular speech and language therapy\n');
    expect(lines.map((l) => l.line)).toEqual(['Access to a quiet space as needed', 'regular speech and language therapy']);
  });
});

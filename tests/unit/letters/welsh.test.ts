import { describe, expect, it } from 'vitest';
import { joinList } from '../../../src/domain/letters/draft';

describe('lists in a letter', () => {
  it('joins English lists the British way, without a comma before "and"', () => {
    expect(joinList(['noise', 'crowds', 'uniform'], 'en')).toBe('noise, crowds and uniform');
  });

  it('joins Welsh lists with "a" before a consonant and "ac" before a vowel, never "a(c)"', () => {
    expect(joinList(['sŵn', 'gwisg ysgol'], 'cy')).toBe('sŵn a gwisg ysgol');
    expect(joinList(['sŵn', 'torfeydd', 'unigrwydd'], 'cy')).toBe('sŵn, torfeydd ac unigrwydd');
    expect(joinList(['sŵn'], 'cy')).toBe('sŵn');
    expect(joinList(['sŵn', 'sŵn'], 'cy')).toBe('sŵn');
  });

  it('mutates the word after "a" (c, p, t become ch, ph, th), but never a name or acronym', () => {
    expect(joinList(['poen', 'problemau cysgu'], 'cy')).toBe('poen a phroblemau cysgu');
    expect(joinList(['sŵn', 'torfeydd'], 'cy')).toBe('sŵn a thorfeydd');
    expect(joinList(['gorbryder', 'cyflwr hirdymor'], 'cy')).toBe('gorbryder a chyflwr hirdymor');
    expect(joinList(['gorbryder', 'therapi'], 'cy')).toBe('gorbryder a therapi');
    expect(joinList(['pediatregydd', 'CAMHS'], 'cy')).toBe('pediatregydd a CAMHS');
  });
});

import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/app/i18n';
import { pseudoRtl } from '../../../src/ui/i18n/pseudoRtl';

describe('the right-to-left test language', () => {
  it('runs every text right to left in brackets, keeping placeholders, keys and empty texts', () => {
    expect(pseudoRtl({ title: 'Plan for {{name}}', list: ['One', ''], n: 3 })).toEqual({
      title: '\u202e[Plan for {{name}}]\u202c',
      list: ['\u202e[One]\u202c', ''],
      n: 3,
    });
  });

  it('is not a language people can choose outside the test build', () => {
    expect(LANGUAGES.map((l) => l.code)).not.toContain('ar-XB');
    // The languages people choose that read right to left are real ones (Urdu, Arabic).
    expect(LANGUAGES.filter((l) => l.dir === 'rtl').map((l) => l.code)).toEqual(['ur', 'ar']);
  });
});

import { describe, expect, it } from 'vitest';
import { isolate } from '../../../src/ui/i18n/bidi';

describe('values put into sentences', () => {
  it('keep a phone number’s groups of digits in order, even inside a right-to-left sentence', () => {
    expect(isolate('0800 068 4141')).toBe('\u20660800 068 4141\u2069');
    expect(isolate('+44 20 7946 0000')).toBe('\u2066+44 20 7946 0000\u2069');
    expect(isolate('(01632) 960-001')).toBe('\u2066(01632) 960-001\u2069');
  });

  it('isolate a family’s words in another script, and leave plain English and single numbers as they are', () => {
    expect(isolate('سام')).toBe('\u2068سام\u2069');
    expect(isolate('Sam O’Neil')).toBe('Sam O’Neil');
    expect(isolate('3 March 2026')).toBe('3 March 2026');
    expect(isolate(15)).toBe('15');
  });
});

import { describe, expect, it } from 'vitest';
import { escapeRtf, layoutOf, toPlainText, toRtf } from '../../../src/domain/letters/output';
import type { LetterRecord } from '../../../src/domain/letters/types';

const record: LetterRecord = {
  id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: '', updatedAt: '', nation: 'england',
  senderName: 'Jo Bloggs', senderAddress: '1 High St\nReading', recipient: 'SEND team\nWest Berkshire Council',
  subject: 'Request for an EHC needs assessment for Zoë', greeting: 'Dear Sir or Madam,',
  paragraphs: ['First {para} with \\ backslash.', '   ', 'Second – with “quotes”.'], signOff: 'Yours sincerely,',
};

describe('a letter as a file and as text', () => {
  const layout = layoutOf(record, '20 March 2026');

  it('copies as plain text in letter order, leaving out empty paragraphs', () => {
    const text = toPlainText(layout);
    expect(text.split('\n\n')).toEqual([
      'Jo Bloggs\n1 High St\nReading',
      '20 March 2026',
      'SEND team\nWest Berkshire Council',
      'Request for an EHC needs assessment for Zoë',
      'Dear Sir or Madam,',
      'First {para} with \\ backslash.',
      'Second – with “quotes”.',
      'Yours sincerely,\nJo Bloggs',
    ]);
  });

  it('escapes braces, backslashes and characters beyond ASCII for RTF', () => {
    expect(escapeRtf('a{b}c\\d')).toBe('a\\{b\\}c\\\\d');
    expect(escapeRtf('Zoë')).toBe('Zo\\u235?');
    expect(escapeRtf('“x”')).toBe('\\u8220?x\\u8221?');
    expect(escapeRtf('😊')).toBe('\\u-10179?\\u-8694?');
    expect(escapeRtf('one\ntwo')).toBe('one\\line two');
  });

  it('makes an RTF document that a word processor can open: balanced braces and only ASCII', () => {
    const rtf = toRtf(layout);
    expect(rtf.startsWith('{\\rtf1\\ansi')).toBe(true);
    expect([...rtf].every((c) => c.charCodeAt(0) < 128)).toBe(true);
    let depth = 0;
    for (let i = 0; i < rtf.length; i++) {
      if (rtf[i] === '\\') {
        i++;
        continue;
      }
      if (rtf[i] === '{') depth++;
      if (rtf[i] === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
    expect(rtf).toContain('{\\b Request for an EHC needs assessment for Zo\\u235?}');
    expect(rtf).toContain('First \\{para\\} with \\\\ backslash.');
    expect(rtf).toContain('Yours sincerely,\\line Jo Bloggs');
  });
});

import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { reasonLines } from '../../../src/features/support/text';
import { formatDate } from '../../../src/domain/dates';
import { dateWords } from '../../../src/ui/i18n/useFormatDate';
import { testI18n } from '../../support/render';

import type { i18n } from 'i18next';
import type { TextVars } from '../../../src/features/support/text';

const varsFor = (i18n: i18n): TextVars => ({
  name: 'your child',
  council: 'your council',
  reader: { audience: 'parent', councilKnown: false },
  has: (key) => i18n.exists(key, { ns: 'support' }),
});

describe('support text', () => {
  it('says “I’m not sure” in the family’s language when that was the answer, never the raw “not sure”', async () => {
    const en = await testI18n('en');
    expect(reasonLines(en.t, [{ questionId: 'barriers', values: ['not-sure'] }], 'wales', varsFor(en))).toEqual([
      'What makes school hard: I’m not sure',
    ]);
    const cy = await testI18n('cy');
    const [line] = reasonLines(cy.t, [{ questionId: 'barriers', values: ['not-sure'] }], 'wales', varsFor(cy));
    expect(line).toMatch(/Dydw i ddim yn siŵr$/);
    expect(line).not.toMatch(/not sure/);
  });

  it('writes the “last checked” date with Welsh month names even when the browser only knows English dates', async () => {
    // Chromium ships without Welsh date names: Intl falls back to English whatever language is asked.
    const Real = Intl.DateTimeFormat;
    class EnglishOnly extends Real {
      constructor(_locales?: Intl.LocalesArgument, options?: Intl.DateTimeFormatOptions) {
        super('en-GB', options);
      }
    }
    Intl.DateTimeFormat = EnglishOnly as typeof Intl.DateTimeFormat;
    try {
      // (What Intl alone gives in such a browser.)
      expect(new Intl.DateTimeFormat('cy', { month: 'long', timeZone: 'UTC' }).format(new Date('2026-11-22T12:00:00Z'))).toBe('November');
      const cy = await testI18n('cy');
      expect(formatDate('2026-11-22', dateWords(cy.t), 'short')).toBe('22 Tachwedd 2026');
      expect(formatDate('2026-01-05', dateWords(cy.t), 'short')).toBe('5 Ionawr 2026');
      const en = await testI18n('en');
      expect(formatDate('2026-11-22', dateWords(en.t), 'short')).toBe('22 November 2026');
    } finally {
      Intl.DateTimeFormat = Real;
    }
  });

  it('never begins a title or paragraph with the child’s name, which may be “your child”', () => {
    const signposts = (JSON.parse(readFileSync('locales/en/support.json', 'utf8')) as { signposts: Record<string, Record<string, unknown>> }).signposts;
    const starts: string[] = [];
    for (const [id, s] of Object.entries(signposts)) {
      for (const [field, value] of Object.entries(s)) {
        if (field === 'asks') continue;
        for (const text of Array.isArray(value) ? value : [value]) {
          if (typeof text !== 'string') continue;
          // The start of the text, or of any sentence in it.
          if (/(^|[.!?]\s+)\{\{name\}\}/.test(text)) starts.push(`${id}.${field}`);
        }
      }
    }
    expect(starts).toEqual([]);
  });

  it('keeps the support page’s print rules to its own elements (a bare .print-only rule would reach every screen)', () => {
    const css = readFileSync('src/features/support/support.css', 'utf8');
    expect(css).not.toMatch(/(^|[{},])\s*\.print-only\s*[{,]/m);
  });
});

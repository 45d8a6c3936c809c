import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNCILS } from '../../../src/content/councils';
import { findPack, LOCAL_PACKS } from '../../../src/content/local-packs';
import { validatePack, type LocalPack, type PackText } from '../../../src/domain/councils/packs';

const councilIds = new Set(COUNCILS.map((c) => c.id));
const textOf = (pack: LocalPack): PackText | undefined => {
  const file = join(process.cwd(), 'locales', 'en', `${pack.namespace}.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackText) : undefined;
};

describe('local packs', () => {
  it('has packs for West Berkshire and Hammersmith and Fulham, found by council id', () => {
    expect(findPack('west-berkshire')?.items.map((i) => i.id)).toEqual(
      expect.arrayContaining(['early-response-hub', 'educafe', 'targeting-support-meetings', 'attendance-support-plans']),
    );
    expect(findPack('hammersmith-and-fulham')?.items.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'ace-team',
        'school-attendance-support-officer',
        'early-help',
        'medical-needs-pathway',
        'educational-psychology',
        'inspire',
        'virtual-school',
      ]),
    );
    expect(findPack('cardiff')).toBeUndefined();
  });

  it.each(LOCAL_PACKS.map((p) => [p.councilId, p] as const))('pack %s is valid: known council, sources, text for every item, no unsourced contact detail', (_id, pack) => {
    expect(validatePack(pack, textOf(pack), councilIds)).toEqual([]);
  });

  it('cites each seed pack by the council’s own page and title, never by a file on a machine', () => {
    const wb = Object.values(findPack('west-berkshire')!.sources);
    expect(wb.map((s) => s.title)).toEqual(['Education attendance: barriers to attendance']);
    const hf = Object.values(findPack('hammersmith-and-fulham')!.sources);
    expect(hf.map((s) => s.url)).toEqual([expect.stringMatching(/^https:\/\/lbhf\.gov\.uk\//)]);
    for (const s of [...wb, ...hf]) {
      expect(s.url).not.toMatch(/^\/|seeds|\.txt$|\.md$/);
      expect(s.title).not.toMatch(/seed/i);
    }
  });

  describe('the validator catches the mistakes a contributor might make', () => {
    const good: LocalPack = {
      councilId: 'cardiff',
      namespace: 'pack-cardiff',
      reviewed: '2026-06-01',
      sources: { leaflet: { title: 'Leaflet', publisher: 'Cardiff Council', url: 'https://example.org/leaflet', checked: '2026-06-01' } },
      items: [{ id: 'team', kind: 'team', role: 'early-help', sources: ['leaflet'] }],
    };
    const text: PackText = { title: 'T', intro: 'I', items: { team: { name: 'N', what: 'W', how: 'H' } } };

    it('accepts a complete pack', () => {
      expect(validatePack(good, text, councilIds)).toEqual([]);
    });

    it('rejects an unknown council, a wrong namespace and a missing source', () => {
      const problems = validatePack(
        { ...good, councilId: 'atlantis', items: [{ id: 'team', kind: 'team', sources: ['nope'] }] },
        text,
        councilIds,
      ).join('\n');
      expect(problems).toContain('not a council id');
      expect(problems).toContain('namespace must be "pack-atlantis"');
      expect(problems).toContain('source "nope"');
    });

    it('rejects missing text and a phone number nobody checked', () => {
      const problems = validatePack(
        good,
        { title: 'T', intro: 'Call us on 0118 496 0000', items: { team: { name: 'N', what: 'W' } } },
        councilIds,
      ).join('\n');
      expect(problems).toContain('items.team.how');
      expect(problems).toContain('0118 496 0000');
    });

    it('accepts a phone number in the text when the item carries it with a source, and rejects one without', () => {
      const leaflet = good.sources['leaflet']!;
      const withPhone: LocalPack = {
        ...good,
        items: [{ ...good.items[0]!, contacts: [{ kind: 'phone', value: '0118 496 0000', source: leaflet }] }],
      };
      const t2: PackText = { ...text, intro: 'Call 0118 496 0000' };
      expect(validatePack(withPhone, t2, councilIds)).toEqual([]);
      const unsourced = {
        ...withPhone,
        items: [{ ...good.items[0]!, contacts: [{ kind: 'phone', value: '0118 496 0000', source: { ...leaflet, checked: '' } }] }],
      } as LocalPack;
      expect(validatePack(unsourced, t2, councilIds).join()).toContain('checked date');
    });
  });
});

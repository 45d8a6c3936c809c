import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNCILS } from '../../../src/content/councils';
import { SHIPPED_PACK_FILES, shippedPacksFor } from '../../../src/content/local-packs';
import { parseLocalPackFile, type LocalPackRecord } from '../../../src/domain/localPacks';
import { findContactDetails } from '../../../src/domain/councils/sources';

const councilIds = new Set(COUNCILS.map((c) => c.id));
const fileText = (name: string, lang: string) => readFileSync(join(process.cwd(), 'src/content/local-packs', `${name}.${lang}.json`), 'utf8');
const read = (name: string, lang: string): LocalPackRecord => {
  const r = parseLocalPackFile(fileText(name, lang), (id) => councilIds.has(id));
  if (!r.ok) throw new Error(`${name}.${lang}.json is refused: ${r.reason}`);
  return r.pack;
};
const names = [...new Set(SHIPPED_PACK_FILES.map((f) => f.name))];

describe('the local packs that come with the app', () => {
  it('are West Berkshire’s and Hammersmith and Fulham’s, each in every language the app offers', () => {
    expect(names.sort()).toEqual(['hammersmith-and-fulham', 'west-berkshire']);
    const offered = Object.keys(JSON.parse(readFileSync('locales/languages.json', 'utf8')) as Record<string, unknown>).sort();
    for (const name of names) expect(SHIPPED_PACK_FILES.filter((f) => f.name === name).map((f) => f.lang).sort()).toEqual(offered);
  });

  it.each(SHIPPED_PACK_FILES.map((f) => [`${f.name}.${f.lang}`, f.name, f.lang] as const))(
    '%s is a local pack’s file in the same format groups share, passing the same checks, in its own language',
    (_file, name, lang) => {
      const pack = read(name, lang);
      expect(pack.lang).toBe(lang);
      expect(pack.services.length).toBeGreaterThan(0);
    },
  );

  it('has the same pack, services, councils, roles, dates and sources in every language', () => {
    for (const name of names) {
      const en = read(name, 'en');
      const cy = read(name, 'cy');
      const shape = (p: LocalPackRecord) => ({
        id: p.id,
        updatedAt: p.updatedAt,
        sources: p.sources?.map((s) => [s.url, s.checked]),
        services: p.services.map((s) => [s.id, s.councilId, s.role, s.checkedOn, s.search, !!s.ask]),
      });
      expect(shape(cy)).toEqual(shape(en));
      expect(cy.services.map((s) => s.helpsWith)).not.toEqual(en.services.map((s) => s.helpsWith));
    }
  });

  it('finds each council’s pack, in the reader’s language, and none for a council without one', async () => {
    const wb = await shippedPacksFor('west-berkshire', 'en');
    expect(wb.map((p) => p.name)).toEqual(['Local help in West Berkshire']);
    expect(wb[0]!.services.map((s) => s.id)).toEqual(
      expect.arrayContaining(['early-response-hub', 'educafe', 'targeting-support-meetings', 'attendance-support-plans']),
    );
    const hf = await shippedPacksFor('hammersmith-and-fulham', 'cy');
    expect(hf[0]!.lang).toBe('cy');
    expect(hf[0]!.services.map((s) => s.id)).toEqual(
      expect.arrayContaining(['ace-team', 'school-attendance-support-officer', 'early-help', 'medical-needs-pathway', 'educational-psychology', 'inspire', 'virtual-school']),
    );
    expect(await shippedPacksFor('cardiff', 'en')).toEqual([]);
    // A language with no copy reads the English one.
    expect((await shippedPacksFor('west-berkshire', 'xx'))[0]!.lang).toBe('en');
    expect((await shippedPacksFor('west-berkshire', 'pl'))[0]!.lang).toBe('pl');
  });

  it('cites each pack by the council’s own page and title, never by a file on a machine', () => {
    const wb = read('west-berkshire', 'en').sources ?? [];
    expect(wb.map((s) => s.title)).toEqual(['Education attendance: barriers to attendance']);
    const hf = read('hammersmith-and-fulham', 'en').sources ?? [];
    expect(hf.map((s) => s.url)).toEqual([expect.stringMatching(/^https:\/\/lbhf\.gov\.uk\//)]);
    for (const s of [...wb, ...hf]) {
      expect(s.url ?? '').not.toMatch(/^\/|seeds|\.txt$|\.md$/);
      expect(s.title).not.toMatch(/seed/i);
    }
  });

  it('states no phone number, email or web address anywhere in their words (none was checked)', () => {
    for (const f of SHIPPED_PACK_FILES) {
      const pack = read(f.name, f.lang);
      expect(pack.services.flatMap((s) => [s.phone, s.email, s.website]).filter(Boolean)).toEqual([]);
      const words = [pack.name, pack.about ?? '', ...pack.services.flatMap((s) => [s.name, s.helpsWith, s.howToCheck, s.ask ?? '', s.search ?? ''])];
      expect(words.flatMap(findContactDetails), `${f.name}.${f.lang}`).toEqual([]);
    }
  });
});

describe('a pack’s file, written by hand', () => {
  const file = (pack: unknown) => JSON.stringify({ format: 'barriers-navigator-local-pack', formatVersion: 1, pack });
  const good = JSON.parse(fileText('west-berkshire', 'en')).pack as LocalPackRecord;
  it('is refused with a language that is not a language tag, a source over http, or an unknown contact role', () => {
    const known = (id: string) => councilIds.has(id);
    expect(parseLocalPackFile(file(good), known).ok).toBe(true);
    expect(parseLocalPackFile(file({ ...good, lang: 'English!' }), known).ok).toBe(false);
    expect(parseLocalPackFile(file({ ...good, sources: [{ title: 'T', url: 'http://example.org/page', checked: '2026-01-01' }] }), known).ok).toBe(false);
    expect(parseLocalPackFile(file({ ...good, services: [{ ...good.services[0], role: 'wizard' }] }), known).ok).toBe(false);
  });
});

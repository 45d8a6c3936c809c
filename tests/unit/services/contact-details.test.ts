import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNCILS } from '../../../src/content/councils';
import { NATIONAL_SERVICES, nationalServicesFor } from '../../../src/content/services';
import { findContactDetails, normaliseDetail, sourceProblems, type ContactDetail } from '../../../src/domain/councils/sources';

const localeDir = join(process.cwd(), 'locales', 'en');
const readJson = (file: string) => JSON.parse(readFileSync(join(localeDir, file), 'utf8')) as unknown;
const strings = (v: unknown, out: string[] = []): string[] => {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
};
// Reserved for examples (RFC 2606): "name@example.com" in a hint is not a contact detail.
const isExample = (d: string) => /(^|[@.])example\.(com|org|net)\b/i.test(d);

// The local packs that come with the app are checked in tests/unit/services/local-packs.test.ts.
const allDetails: ContactDetail[] = NATIONAL_SERVICES.flatMap((s) => s.contacts);

describe('contact details are never stated without a source', () => {
  it('gives every phone number, email and web address in services a complete, dated source', () => {
    const problems = allDetails.flatMap((d) => sourceProblems(d.source, `${d.kind} ${d.value}`));
    expect(problems).toEqual([]);
    expect(allDetails.length).toBeGreaterThan(0);
  });

  it('fails when a detail has no source or an undated one', () => {
    expect(sourceProblems(undefined, 'phone 0100')).toEqual(['phone 0100: no source']);
    expect(sourceProblems({ title: 'x', publisher: 'y', url: 'z', checked: 'recently' }, 'w').join()).toContain('checked date');
  });

  it('states no phone number, email or web address in the services text unless it is a sourced detail', () => {
    const sourced = new Set(allDetails.map((d) => normaliseDetail(d.value)));
    const files = readdirSync(localeDir).filter((f) => f === 'services.json');
    expect(files).toContain('services.json');
    const unsourced = files.flatMap((f) =>
      strings(readJson(f))
        .flatMap(findContactDetails)
        .filter((d) => !isExample(d) && !sourced.has(normaliseDetail(d)))
        .map((d) => `${f}: ${d}`),
    );
    expect(unsourced).toEqual([]);
  });

  it('spots phone numbers, emails and web addresses written in the usual ways', () => {
    expect(findContactDetails('Call 0345 123 2303 today')).toEqual(['0345 123 2303']);
    expect(findContactDetails('Ring +44 20 7946 0000.')).toEqual(['+44 20 7946 0000']);
    expect(findContactDetails('Email team@definefine.org.uk')).toEqual(['team@definefine.org.uk']);
    expect(findContactDetails('See www.example.org/page or ipsea.org.uk.')).toEqual(['www.example.org/page', 'ipsea.org.uk']);
    expect(findContactDetails('Years 2024 to 2029, 15 days, 0 to 19')).toEqual([]);
    expect(normaliseDetail('https://www.IPSEA.org.uk/')).toBe(normaliseDetail('ipsea.org.uk'));
  });

  it('shows SNAP Cymru and not IPSEA (England law only) to families in Wales', () => {
    const wales = nationalServicesFor('wales').map((s) => s.id);
    expect(wales).toContain('snap-cymru');
    expect(wales).not.toContain('ipsea');
    expect(wales).not.toContain('sendiass-network');
    expect(nationalServicesFor('scotland').map((s) => s.id)).toContain('enquire');
    expect(nationalServicesFor('northern-ireland').map((s) => s.id)).toContain('education-authority-ni');
    expect(nationalServicesFor('england').map((s) => s.id)).toEqual(expect.arrayContaining(['ipsea', 'sendiass-network']));
  });

  it('has text for every national service in services.json', () => {
    const text = readJson('services.json') as { national: Record<string, Record<string, string>> };
    for (const s of NATIONAL_SERVICES) {
      for (const key of ['name', 'what', 'when', 'search']) expect(text.national[s.id]?.[key], `${s.id}.${key}`).toBeTruthy();
    }
  });

  it('has a role label for every contact role and guidance for every nation', async () => {
    const { CONTACT_ROLES } = await import('../../../src/domain/contacts/types');
    const text = readJson('services.json') as { roles: Record<string, string>; council: Record<string, Record<string, Record<string, unknown>>> };
    for (const r of CONTACT_ROLES) expect(text.roles[r], r).toBeTruthy();
    for (const n of new Set(COUNCILS.map((c) => c.nation))) {
      for (const part of ['info', 'advice']) {
        expect(text.council[n]?.[part]?.['heading'], `${n}.${part}`).toBeTruthy();
        expect(text.council[n]?.[part]?.['search'], `${n}.${part}.search`).toBeTruthy();
      }
    }
  });

  it('never tells families outside England about the Local Offer, SENDIASS or EHC plans', () => {
    const text = readJson('services.json') as { council: Record<string, unknown>; national: Record<string, unknown> };
    for (const n of ['wales', 'scotland', 'northern-ireland']) {
      const words = strings(text.council[n]).join(' ');
      expect(words, n).not.toMatch(/Local Offer|SENDIASS|EHC|Education, Health and Care/);
      for (const s of nationalServicesFor(n as 'wales')) {
        expect(strings(text.national[s.id]).join(' '), `${n} ${s.id}`).not.toMatch(/Local Offer|SENDIASS|EHC/);
      }
    }
  });
});

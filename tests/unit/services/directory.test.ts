import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COUNCILS } from '../../../src/content/councils';
import { loadDirectoryEntry } from '../../../src/content/directory';
import {
  coverage,
  isHttpsAddress,
  isUkPhone,
  monthsBetween,
  staleDetails,
  type DirectoryFile,
} from '../../../src/domain/councils/directory';
import { NATIONS } from '../../../src/domain/nations';

/** A detail older than this fails the suite, so that the directory is re-checked rather than left to rot. */
const MAX_AGE_MONTHS = 18;
const today = new Date().toISOString().slice(0, 10);

const realDate = z.string().refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'not a real YYYY-MM-DD date');
const https = z.string().refine(isHttpsAddress, 'not an https address');
/** Where it was read: the page's address as published (a few council pages are still served over http). */
const page = z.string().refine((s) => /^https?:\/\/[^/\s]+\.[^/\s]+/.test(s) && !/\s/.test(s), 'not a web address');
const detail = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: page, checked: realDate });

/** The directory file format. Strict: a misspelt field is an error, not a silently ignored detail. */
const directorySchema = z.strictObject({
  nation: z.enum(NATIONS),
  checkedBy: z.string().optional(),
  councils: z.array(
    z.strictObject({
      councilId: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
      page: detail(https).optional(),
      advice: z
        .strictObject({
          name: detail(z.string().trim().min(3).max(120)).optional(),
          url: detail(https).optional(),
          phone: detail(z.string().refine(isUkPhone, 'not a well-formed UK phone number')).optional(),
          email: detail(z.email()).optional(),
        })
        .optional(),
      towns: detail(z.array(z.string().trim().min(2).max(60)).min(1)).optional(),
      notes: z.string().optional(),
    }),
  ),
});

const dir = 'src/content/directory';
const files: DirectoryFile[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as DirectoryFile);

describe('the checked directory of councils', () => {
  it('has one file per nation, each in the directory format', () => {
    expect(files.map((f) => f.nation).sort()).toEqual([...NATIONS].sort());
    for (const file of files) {
      const result = directorySchema.safeParse(file);
      expect(result.success ? [] : result.error.issues.map((i) => `${file.nation} ${i.path.join('.')}: ${i.message}`)).toEqual([]);
    }
  });

  it('lists every council of its nation once, and no council of another nation', () => {
    for (const file of files) {
      const ids = file.councils.map((c) => c.councilId);
      expect(new Set(ids).size, `${file.nation}: duplicate councils`).toBe(ids.length);
      const expected = COUNCILS.filter((c) => c.nation === file.nation).map((c) => c.id);
      expect([...ids].sort()).toEqual([...expected].sort());
    }
  });

  it('has no detail checked in the future or more than 18 months ago', () => {
    for (const file of files) {
      for (const c of file.councils) {
        for (const d of [c.page, c.advice?.name, c.advice?.url, c.advice?.phone, c.advice?.email, c.towns]) {
          if (d) expect(d.checked <= today, `${c.councilId}: checked ${d.checked} is in the future`).toBe(true);
        }
      }
    }
    expect(staleDetails(files, today, MAX_AGE_MONTHS)).toEqual([]);
  });

  it('gives no two councils the same phone number or email unless they share one service', () => {
    // Shared services exist (one SENDIASS for two councils); the same number for two councils with
    // different service names is a copying slip.
    const seen = new Map<string, string>();
    for (const file of files) {
      for (const c of file.councils) {
        for (const d of [c.advice?.phone, c.advice?.email]) {
          if (!d) continue;
          const name = c.advice?.name?.value ?? c.councilId;
          const key = d.value.replace(/\s/g, '').toLowerCase();
          const before = seen.get(key);
          if (before && before !== name) expect.fail(`${d.value} is given for both "${before}" and "${name}"`);
          seen.set(key, name);
        }
      }
    }
  });

  it('loads one council’s details on demand', async () => {
    const withPage = files.flatMap((f) => f.councils.filter((c) => c.page).map((c) => ({ nation: f.nation, c })))[0];
    expect(withPage).toBeDefined();
    const entry = await loadDirectoryEntry(withPage!.nation, withPage!.c.councilId);
    expect(entry?.page?.value).toBe(withPage!.c.page!.value);
    expect(await loadDirectoryEntry('england', 'no-such-council')).toBeUndefined();
  });
});

describe('directory checks', () => {
  const sample: DirectoryFile = {
    nation: 'england',
    councils: [
      {
        councilId: 'a',
        page: { value: 'https://a.gov.uk/lo', source: 'https://a.gov.uk/lo', checked: '2026-01-31' },
        advice: { phone: { value: '0113 000 0000', source: 'https://a.gov.uk/iass', checked: '2024-05-01' } },
      },
      { councilId: 'b', notes: 'nothing found' },
    ],
  };

  it('counts what a family can use per council', () => {
    expect(coverage(sample, ['a', 'b', 'c'])).toEqual({
      councils: 3,
      page: 1,
      adviceUrl: 0,
      advicePhone: 1,
      adviceEmail: 0,
      adviceReachable: 1,
      nothing: 2,
    });
  });

  it('lists details older than the limit to re-check, counting whole months', () => {
    expect(monthsBetween('2026-01-31', '2027-07-30')).toBe(17);
    expect(monthsBetween('2026-01-31', '2027-07-31')).toBe(18);
    expect(staleDetails([sample], '2026-12-01', 18)).toEqual([
      { councilId: 'a', path: 'advice.phone', checked: '2024-05-01', source: 'https://a.gov.uk/iass' },
    ]);
    expect(staleDetails([sample], '2027-08-31', 18).map((s) => s.path)).toEqual(['page', 'advice.phone']);
  });

  it('accepts UK phone numbers as written and refuses malformed ones', () => {
    for (const ok of ['0113 378 5020', '01234 567890', '0800 083 8050', '0300 123 4567', '028 9072 6060', '07700 900123']) {
      expect(isUkPhone(ok), ok).toBe(true);
    }
    for (const bad of ['113 378 5020', '0113 378 50', '0113-378-5020', '+44 113 378 5020', '0113  378 5020', '0113 378 5020 ext 2', '0900 123 4567', '']) {
      expect(isUkPhone(bad), bad).toBe(false);
    }
  });

  it('accepts only https web addresses', () => {
    expect(isHttpsAddress('https://www.leeds.gov.uk/local-offer')).toBe(true);
    for (const bad of ['http://www.leeds.gov.uk', 'www.leeds.gov.uk', 'javascript:alert(1)', 'https://user:pw@x.gov.uk', 'https://localhost']) {
      expect(isHttpsAddress(bad), bad).toBe(false);
    }
  });
});

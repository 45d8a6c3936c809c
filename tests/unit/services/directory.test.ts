import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COUNCILS } from '../../../src/content/councils';
import { loadDirectoryEntry } from '../../../src/content/directory';
import {
  coverage,
  detailsOf,
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
/** Where it was read: the page's https address as published (an http copy is not a source). */
const page = https;
const detail = <T extends z.ZodType>(value: T) =>
  z.strictObject({ value, source: page, checked: realDate, sourceDated: realDate.optional() });

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

/**
 * What a family taps must be the organisation's own home or contact page (or the Local Offer's home
 * or SEND page), never one of these: an address whose path holds one of these (in any case, even
 * inside a word: "SENDIASSOurImpartiality") is a policy, privacy, complaints, Covid, news, committee
 * or staff page.
 */
const NOT_FOR_FAMILIES = [
  'polic', 'privacy', 'impartial', 'confidential', 'complaint', 'covid', 'coronavirus', 'news', 'blog',
  'committee', 'democracy', 'moderngov', 'minutes', 'charter', 'steering', 'cookie', 'staging',
  'professional', 'practitioner', 'toolkit',
];
/** Whole words of a path that mark a test copy or a report rather than a page for families. */
const NOT_FOR_FAMILIES_WORDS = ['test', 'report', 'eligibility'];
/** Parts of a host name that mark a staging or test server. */
const TEST_HOSTS = ['staging', 'stage', 'test', 'testing', 'dev', 'uat', 'preprod', 'beta', 'sendnews'];

/**
 * Sites that are an organisation's own though not on gov.uk: independent SENDIASS (a charity's or
 * a partnership's site) and Local Offer sites a council runs or commissions under its own name
 * (a whole site, or one council's host on a shared platform). Each was read as the service's own
 * site. A tapped address must be on a council's gov.uk, gov.wales or gov.scot site or on one of these.
 */
const OWN_SITES = new Set([
  // SENDIASS sites in England
  'barnardossendiass.org.uk', 'bromleyiass.org.uk', 'cornwallsendiass.org.uk', 'covsendiass.co.uk',
  'dorsetsendiass.co.uk', 'essexsendiass.co.uk', 'hampshiresendiass.co.uk', 'hartlepoolsendiass.co.uk',
  'hertssendiass.org.uk', 'hillingdonsendiass.co.uk', 'hwsendiass.co.uk', 'iassnorthants.co.uk',
  'liaiselincolnshire.org.uk', 'markfield.org.uk', 'mksendias.org.uk', 'norfolksendpartnershipiass.org.uk',
  'northumberlandiass.org.uk', 'plymouthias.org.uk', 'rotherhamsendiass.org.uk', 'sandwellsendiass.co.uk',
  'sendadvicesurrey.org.uk', 'sendiassleicester.org.uk', 'sendiassleicestershire.org.uk',
  'sendiassnorthtyneside.org.uk', 'sendiassnorthyorkshire.co.uk', 'sendiasssouthend.co.uk', 'siass.co.uk',
  'southtynesidesendiass.co.uk', 'spsbathnes.org.uk', 'staffs-iass.org', 'sunderlandsendiass.co.uk',
  'swindonsias.org.uk', 'westsussexsendias.org', 'wiass.org.uk', 'yorksendiass.org.uk', 'devonias.org.uk',
  // Local Offer sites in England
  'glosfamiliesdirectory.org.uk', 'nottshelpyourself.org.uk', 'surreylocaloffer.org.uk', 'westsussex.local-offer.org',
  'bwd-localoffer.org.uk', 'bracknellforest.fsd.org.uk', 'hartlepool.fsd.org.uk', 'localoffer.haltonchildrenstrust.co.uk',
  'torbayfamilyhub.org.uk', 'rbwm.afcinfo.org.uk', 'kr.afcinfo.org.uk', 'localofferscilly.org.uk',
  'localofferbirmingham.co.uk', 'kirkleeslocaloffer.org.uk', 'knowsleyinfo.co.uk', 'childrenandfamiliesnewcastle.org.uk',
  'ourrochdale.org.uk', 'rotherhamsendlocaloffer.org.uk', 'sunderlandinformationpoint.co.uk', 'tamesidelocaloffer.co.uk',
  'trafforddirectory.co.uk', 'localofferwirral.org', 'localofferwolves.co.uk', 'ealingfamiliesdirectory.org.uk',
  'greenwichcommunitydirectory.org.uk', 'hackneylocaloffer.co.uk', 'swindon.mylifeportal.co.uk', 'cumberlandsend.co.uk',
  // Northern Ireland's Education Authority
  'eani.org.uk',
]);

/** The site of an address as an organisation owns it: leeds.gov.uk for sendiass.leeds.gov.uk. */
function siteOf(address: string): string {
  const labels = new URL(address).hostname.toLowerCase().split('.');
  const secondLevel = ['gov', 'org', 'co', 'ac', 'nhs', 'sch', 'ltd', 'plc', 'net', 'me', 'police'];
  const top = labels.at(-1) ?? '';
  const n = (top === 'uk' && secondLevel.includes(labels.at(-2) ?? '')) || (['wales', 'scot'].includes(top) && labels.at(-2) === 'gov') ? 3 : 2;
  return labels.slice(-n).join('.');
}

const isCouncilSite = (site: string) => /\.gov\.(uk|wales|scot)$/.test(site);

/** Why an address is not one to give a family to tap, or undefined when it is. */
function tappedAddressProblem(value: string, source: string): string | undefined {
  if (!isHttpsAddress(value)) return 'not https';
  const url = new URL(value);
  const path = `${url.pathname} ${url.search}`.toLowerCase();
  const words = path.split(/[^a-z0-9]+/).filter(Boolean);
  const bad = NOT_FOR_FAMILIES.find((m) => path.includes(m)) ?? words.find((w) => NOT_FOR_FAMILIES_WORDS.includes(w));
  if (bad) return `a page that is not for families ("${bad}")`;
  const hostParts = url.hostname.toLowerCase().split(/[.-]/);
  const testHost = hostParts.find((p) => TEST_HOSTS.includes(p));
  if (testHost) return `a test or staging server ("${testHost}")`;
  const site = siteOf(value);
  if (!isCouncilSite(site) && !OWN_SITES.has(site) && !OWN_SITES.has(url.hostname.replace(/^www\./, ''))) {
    return `on ${site}, not a council's or a known service's own site`;
  }
  // Read on its own site, or named on a council's page.
  if (site !== siteOf(source) && !isCouncilSite(siteOf(source))) return `read on ${siteOf(source)}, another organisation's site`;
  return undefined;
}

/** A page that shows its own date: news, updates, blogs, or a year or month as a part of its address. */
function sourceShowsDate(source: string): boolean {
  const path = new URL(source).pathname.toLowerCase();
  const words = path.split(/[^a-z0-9]+/);
  const segments = path.split('/');
  return (
    words.some((w) => /^(news|newsletter|newsletters|blog|update|updates)$/.test(w)) ||
    segments.some((s) => /^(20\d\d|20\d\d-\d\d|[a-z]+-20\d\d)$/.test(s))
  );
}

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

  it('gives a family only an organisation’s own home, contact or Local Offer page to tap, never a policy, news or test page', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const c of file.councils) {
        for (const [path, d] of [['page', c.page], ['advice.url', c.advice?.url]] as const) {
          const problem = d && tappedAddressProblem(d.value, d.source);
          if (problem) problems.push(`${file.nation} ${c.councilId} ${path} ${d.value}: ${problem}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps a dated page’s own date: nothing is checked later than the page it was read on', () => {
    const problems: string[] = [];
    for (const file of files) {
      for (const c of file.councils) {
        for (const { path, detail } of detailsOf(c)) {
          const d = detail;
          if (d.sourceDated && d.checked > d.sourceDated) problems.push(`${file.nation} ${c.councilId} ${path}: checked ${d.checked}, page dated ${d.sourceDated}`);
          if (!d.sourceDated && sourceShowsDate(d.source)) problems.push(`${file.nation} ${c.councilId} ${path}: ${d.source} shows its own date; record it as sourceDated`);
        }
      }
    }
    expect(problems).toEqual([]);
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

  it('refuses tapped addresses that are policy, privacy, complaints, Covid, news, committee or test pages', () => {
    const src = 'https://www.examplesendiass.gov.uk/';
    for (const bad of [
      'https://www.leeds.gov.uk/privacy-statement',
      'https://sendiass.leeds.gov.uk/about/policies-and-procedures/impartiality-policy/',
      'https://www.leeds.gov.uk/SENDIASSOurImpartiality',
      'https://www.leeds.gov.uk/confidentiality',
      'https://www.leeds.gov.uk/complaints',
      'https://www.leeds.gov.uk/local-offer/coronavirus-updates.aspx',
      'https://www.leeds.gov.uk/local_offer_news_and_updates',
      'https://www.leeds.gov.uk/services/the-council-democracy/sendias',
      'https://www.leeds.gov.uk/test/local-offer',
      'https://staging.leeds.gov.uk/local-offer',
      'https://leeds-test.gov.uk/local-offer',
      'http://www.leeds.gov.uk/local-offer',
    ]) {
      expect(tappedAddressProblem(bad, src), bad).toBeDefined();
    }
    for (const ok of ['https://www.leeds.gov.uk/local-offer', 'https://sendiass.leeds.gov.uk/contact-us', 'https://www.leeds.gov.uk/latest-send-support']) {
      expect(tappedAddressProblem(ok, 'https://www.leeds.gov.uk/a'), ok).toBeUndefined();
    }
  });

  it('refuses a tapped address on a site that is not the council’s or a known service’s own', () => {
    expect(tappedAddressProblem('https://www.someschool.co.uk/send', 'https://www.someschool.co.uk/send')).toMatch(/not a council/);
    // A known service's site, named on the council's own page: fine; named on a third party's page: not.
    expect(tappedAddressProblem('https://www.hwsendiass.co.uk/', 'https://www.worcestershire.gov.uk/local-offer')).toBeUndefined();
    expect(tappedAddressProblem('https://www.hwsendiass.co.uk/', 'https://www.essexsendiass.co.uk/')).toMatch(/another organisation/);
    expect(tappedAddressProblem('https://sendiass.leeds.gov.uk/', 'https://sendiass.leeds.gov.uk/contact')).toBeUndefined();
  });

  it('knows a page that shows its own date', () => {
    expect(sourceShowsDate('https://sendnews.x.gov.uk/october-2019/print')).toBe(true);
    expect(sourceShowsDate('https://www.x.gov.uk/news/sendiass-moves')).toBe(true);
    expect(sourceShowsDate('https://www.x.gov.uk/local_offer_news_and_updates')).toBe(true);
    expect(sourceShowsDate('https://www.x.gov.uk/blog_articles/2539-annual-report')).toBe(true);
    expect(sourceShowsDate('https://www.x.gov.uk/local-offer')).toBe(false);
    expect(sourceShowsDate('https://www.x.gov.wales/admissions-2026-2027/section-c')).toBe(false);
  });

  it('accepts only https web addresses', () => {
    expect(isHttpsAddress('https://www.leeds.gov.uk/local-offer')).toBe(true);
    for (const bad of ['http://www.leeds.gov.uk', 'www.leeds.gov.uk', 'javascript:alert(1)', 'https://user:pw@x.gov.uk', 'https://localhost']) {
      expect(isHttpsAddress(bad), bad).toBe(false);
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../../src/content/guides';
import { LETTER_TEMPLATES, clockFor } from '../../../src/content/letters';
import { QUESTIONS } from '../../../src/content/questions';
import { NATIONAL_SERVICES, nationalServicesFor } from '../../../src/content/services';
import { SIGNPOSTS, findSignpost } from '../../../src/content/signposts';
import { SOURCES, SOURCES_CHECKED, type SourceId } from '../../../src/content/sources';
import { URGENT_SERVICES } from '../../../src/content/urgentHelp';
import { statutoryClock } from '../../../src/domain/letters/clock';
import { templatesFor } from '../../../src/domain/letters/draft';
import type { Nation } from '../../../src/domain/nations';
import { visibleOptions as optionsFor } from '../../../src/domain/questionnaire/flow';
import { urgentServicesFor } from '../../../src/content/questionnaire';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { signpostsFor } from '../../../src/content/signposting';
import { ENGLAND_ANXIETY_SEND } from './families';

type Json = Record<string, unknown>;
const read = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Json;
const en = read('en', 'support');
const cy = read('cy', 'support');
const enServices = read('en', 'services');
const enQuestionnaire = read('en', 'questionnaire');
const lookup = (root: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Json | undefined)?.[k], root);
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const signpostText = (id: string) => strings(lookup(en, `signposts.${id}`)).join(' ');
const guideText = (n: Nation) => strings(lookup(en, `guides.${n}`)).join(' ');

/**
 * What each nation's families must be told, and where it comes from: the signpost (or guide) that
 * says it, words it must contain, and the source it must cite.
 */
interface Fact {
  what: string;
  signpost?: string;
  guide?: boolean;
  says: string[];
  source: SourceId;
}

const FACTS: Record<Nation, Fact[]> = {
  england: [
    { what: 'who can ask, and the low legal test', signpost: 'ehc-needs-assessment', says: ['You can ask yourself', 'has or may have special educational needs', 'special educational provision to be made in accordance with an EHC plan'], source: 'cfa-2014' },
    { what: 'a repeat request within 6 months can still be made', signpost: 'ehc-needs-assessment', says: ['last 6 months', 'You can still ask', 'must still think about your request', 'appeal'], source: 'cfa-2014' },
    { what: 'the 6 and 20 week limits', signpost: 'ehc-needs-assessment', says: ['within 6 weeks', 'within 20 weeks'], source: 'send-regs-2014' },
    { what: '15 days to comment, beginning with the day served', guide: true, says: ['at least 15 days', 'counts as day 1', '14 days after it'], source: 'send-regs-2014' },
    { what: 'appeal and mediation', signpost: 'ehc-refused-england', says: ['First-tier Tribunal (SEND)', 'within 2 months', '3 working days'], source: 'send-regs-2014' },
    { what: 'reasonable adjustments and the SEND Tribunal', signpost: 'disability-england', says: ['reasonable adjustments', 'First-tier Tribunal (SEND) within 6 months'], source: 'equality-act-2010' },
    { what: 'education while too ill: no minimum period', signpost: 'health-education-england', says: ['no minimum number of days', 'as soon as it is clear', 'will miss 15 school days', 'do not have to wait'], source: 'health-needs-guidance-2023' },
    { what: 'the s19 duty', signpost: 'health-education-england', says: ['section 19 of the Education Act 1996'], source: 'education-act-1996' },
    { what: 'penalty notices: considered, not automatic; £80/£160; per parent per child', signpost: 'penalty-notices-england', says: ['must consider', 'does not mean one is given', '£80', '21 days', '£160', '28 days', 'same parent for the same child', 'more than 2'], source: 'working-together-attendance' },
    { what: 'part-time timetables exceptional, agreed, time-limited, authorised', signpost: 'part-time-england', says: ['exceptional', 'agreed with you', 'end date', 'authorised absence'], source: 'working-together-attendance' },
    { what: 'informal exclusion is unlawful', signpost: 'sent-home-england', says: ['informal exclusion', 'unlawful, even if you agree'], source: 'informal-exclusion-england' },
    { what: 'bullying duties', signpost: 'bullying-england', says: ['behaviour policy', 'Independent School Standards'], source: 'eia-2006' },
    { what: 'complaints route', signpost: 'complaints-england', says: ['complaints procedure', 'governors', 'Department for Education', 'Local Government and Social Care Ombudsman'], source: 'school-complaints-england' },
    { what: 'independent advice', signpost: 'local-offer-sendiass', says: ['SENDIASS', 'works apart from the council'], source: 'cfa-2014' },
  ],
  wales: [
    { what: 'who decides, and that an IDP must be given', signpost: 'aln-wales', says: ['The school must decide', 'must have an Individual Development Plan'], source: 'alnet-2018' },
    { what: '35 school days for a school, 12 weeks for a council', signpost: 'aln-wales', says: ['35 school days', '12 weeks', 'ALN Code', 'must decide'], source: 'aln-code-wales' },
    { what: 'reconsideration by the council first; tribunal against council decisions', signpost: 'aln-disagree-wales', says: ['ask the council to look at it again', 'reconsideration', 'Education Tribunal for Wales are against council decisions, not straight against a school'], source: 'alnet-2018' },
    { what: 'appeal time limits: ask SNAP Cymru', signpost: 'aln-disagree-wales', says: ['Ask SNAP Cymru'], source: 'snap-cymru-la' },
    { what: 'reasonable adjustments and the Education Tribunal for Wales', signpost: 'disability-wales', says: ['Equality Act 2010 applies in Wales', 'Education Tribunal for Wales'], source: 'equality-act-2010' },
    { what: 'education while too ill: s19A', signpost: 'health-education-wales', says: ['section 19A of the Education Act 1996', 'do not have to wait'], source: 'education-act-1996-s19a' },
    { what: "Wales's own fines", signpost: 'penalty-notices-wales', says: ['£60', '28 days', '£120', '42 days', 'code of conduct'], source: 'penalty-notices-pembrokeshire' },
    { what: 'informal exclusion is unlawful', signpost: 'sent-home-wales', says: ['unlawful, even if you agree'], source: 'informal-exclusion-wales' },
    { what: 'complaints route, ending with the governing body', signpost: 'complaints-wales', says: ['complaints policy', 'governing body', 'SNAP Cymru'], source: 'school-complaints-wales' },
    { what: 'independent advice and advocacy', signpost: 'advice-wales', says: ['SNAP Cymru', 'independent advocacy'], source: 'snap-cymru-la' },
  ],
  scotland: [
    { what: 'ask the council to assess; it must agree unless unreasonable', signpost: 'asn-scotland', says: ['must agree unless the request is unreasonable'], source: 'asl-scotland-2004' },
    { what: 'children 12 to 15 make their own requests', signpost: 'asn-scotland', says: ['Children aged 12 to 15 can make their own requests'], source: 'my-rights-my-say' },
    { what: 'the CSP timetable, said with care', signpost: 'asn-scotland', says: ['about 16 weeks', 'Ask the council for its timetable'], source: 'asl-scotland-2004' },
    { what: 'mediation, adjudication and the Health and Education Chamber', signpost: 'asn-disagree-scotland', says: ['free mediation', 'independent adjudication', 'Health and Education Chamber of the First-tier Tribunal for Scotland'], source: 'health-education-chamber' },
    { what: 'reasonable adjustments and the Health and Education Chamber', signpost: 'disability-scotland', says: ['Equality Act 2010 applies in Scotland', 'Health and Education Chamber'], source: 'equality-act-2010' },
    { what: 'education while too ill: s14 of the 1980 Act', signpost: 'health-education-scotland', says: ['section 14 of the Education (Scotland) Act 1980', 'without undue delay'], source: 'ill-health-scotland' },
    { what: 'no penalty notices, but a court can fine', signpost: 'attendance-scotland', says: ['there are no penalty notices (fixed fines)', 'court can fine a parent'], source: 'included-engaged-involved' },
    { what: "home education needs the council's consent", signpost: 'home-education-scotland', says: ['council’s consent', 'must not refuse consent unreasonably'], source: 'home-education-scotland' },
    { what: 'bullying: respectme', signpost: 'bullying-scotland', says: ['respectme', 'national approach'], source: 'respectme' },
    { what: 'complaints and disagreements', signpost: 'complaints-scotland', says: ['council’s education service', 'free mediation'], source: 'asl-scotland-2004' },
    { what: 'complaints after the council: the SPSO', signpost: 'complaints-scotland', says: ['council’s complaints procedure', 'Scottish Public Services Ombudsman (SPSO)'], source: 'spso' },
    { what: 'independent advice: Enquire, Let’s Talk ASN, My Rights, My Say', signpost: 'advice-scotland', says: ['Enquire', 'Let’s Talk ASN', 'My Rights, My Say'], source: 'health-education-chamber' },
  ],
  'northern-ireland': [
    { what: 'the Education Authority decides within 6 weeks; 26 weeks in all; 15 days to comment', signpost: 'statement-ni', says: ['Education Authority', 'within 6 weeks', '26 weeks', '15 days to comment'], source: 'ea-timeline' },
    { what: 'the 6 weeks begin with the day the request arrives', guide: true, says: ['begin with the day it gets your request'], source: 'ea-timeline' },
    { what: 'SENDIST, Note in Lieu, and 2 months from the date on the letter', signpost: 'statement-disagree-ni', says: ['SENDIST', 'Note in Lieu', 'within 2 months', 'date on the decision letter'], source: 'ea-disagree' },
    { what: 'DARS is independent and does not stop an appeal', signpost: 'statement-disagree-ni', says: ['DARS', 'does not stop you appealing'], source: 'dars-ni' },
    { what: 'disability: SENDO and SENDIST, not the Equality Act', signpost: 'disability-ni', says: ['SENDO', 'reasonable adjustments', 'SENDIST'], source: 'sendo-2005' },
    { what: "education while too ill: the EA's duty, and its EOTAS service", signpost: 'health-education-ni', says: ['must arrange suitable education', 'Article 86', 'education otherwise than at school (EOTAS)'], source: 'education-ni-order-1998' },
    { what: 'no penalty notices, but the Education Authority can prosecute', signpost: 'attendance-ni', says: ['no penalty notices (fixed fines)', 'court', 'Education Supervision Order'], source: 'ea-ews-legal' },
    { what: 'bullying: the Addressing Bullying in Schools Act', signpost: 'bullying-ni', says: ['Addressing Bullying in Schools Act (Northern Ireland) 2016', 'record every incident'], source: 'abs-act-ni-2016' },
    { what: 'complaints route: the Board of Governors, then NIPSO', signpost: 'complaints-ni', says: ['principal', 'Board of Governors', 'NIPSO', 'within 6 months'], source: 'nipso-act-2016' },
    { what: 'independent help: DARS, Children’s Law Centre, SENAC', signpost: 'advice-ni', says: ['DARS', 'Children’s Law Centre', 'SENAC'], source: 'dars-ni' },
  ],
};

/** Words from one nation's system that must never reach a family in another. */
const FOREIGN: Record<Nation, RegExp> = {
  england: /SNAP Cymru|Enquire|Let’s Talk ASN|DARS|SENDIST|Education Tribunal for Wales|Health and Education Chamber|respectme|Education Authority|Individual Development Plan|Coordinated Support Plan|£60|£120/,
  wales: /SENDIASS|EHC|Local Offer|First-tier Tribunal \(SEND\)|Enquire|DARS|SENDIST|Health and Education Chamber|respectme|Education Authority|£80|£160|Coordinated Support Plan/,
  scotland: /SENDIASS|EHC|Local Offer|First-tier Tribunal \(SEND\)|SNAP Cymru|Education Tribunal for Wales|DARS|SENDIST|Education Authority|£\d|Individual Development Plan/,
  'northern-ireland': /SENDIASS|EHC|Local Offer|First-tier Tribunal \(SEND\)|SNAP Cymru|Enquire|Let’s Talk ASN|Equality Act|Education Tribunal for Wales|Health and Education Chamber|respectme|£\d|Individual Development Plan|Coordinated Support Plan/,
};

const NATIONS: Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];

for (const nation of NATIONS) {
  describe(`content for ${nation}`, () => {
    for (const fact of FACTS[nation]) {
      it(`says ${fact.what}, with its source`, () => {
        if (fact.signpost) {
          const s = findSignpost(fact.signpost);
          expect(s?.nations, fact.signpost).toEqual([nation]);
          const text = signpostText(fact.signpost);
          for (const words of fact.says) expect(text, fact.signpost).toContain(words);
          expect(s!.sources.map((r) => r.source)).toContain(fact.source);
        } else {
          const text = guideText(nation);
          for (const words of fact.says) expect(text).toContain(words);
          expect([...GUIDES[nation].sources, ...GUIDES[nation].clock.map((c) => c.source)].map((r) => r.source)).toContain(fact.source);
        }
        const source = SOURCES[fact.source];
        expect(source.nations).toContain(nation);
        expect(source.url).toMatch(/^https:\/\//);
      });
    }

    it('has a guide with its own time limits, ways to disagree and complaints route', () => {
      const guide = GUIDES[nation];
      expect(guide.clock.length).toBeGreaterThan(1);
      expect(guide.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['clock', nation === 'england' ? 'refused' : 'disagree', 'complaints', 'help']));
      for (const step of guide.clock) expect(lookup(en, `guides.${nation}.clock.${step.id}`), step.id).toEqual(expect.any(String));
      expect(guideText(nation)).not.toMatch(FOREIGN[nation]);
    });

    it('shows nothing from another nation in any of its own signposts or its guide', () => {
      for (const s of SIGNPOSTS.filter((p) => p.nations.length === 1 && p.nations[0] === nation)) {
        expect(signpostText(s.id), s.id).not.toMatch(FOREIGN[nation]);
      }
    });

    it('offers its own independent advice services, each with checked details or a search', () => {
      const ids = nationalServicesFor(nation).map((s) => s.id);
      const own: Record<Nation, string[]> = {
        england: ['ipsea', 'sendiass-network'],
        wales: ['snap-cymru'],
        scotland: ['enquire', 'lets-talk-asn', 'my-rights-my-say', 'respectme'],
        'northern-ireland': ['dars-ni', 'childrens-law-centre', 'senac'],
      };
      expect(ids).toEqual(expect.arrayContaining(own[nation]));
      for (const other of NATIONS.filter((n) => n !== nation)) for (const id of own[other]) expect(ids).not.toContain(id);
    });
  });
}

describe('sources a family sees', () => {
  const refs = [
    ...SIGNPOSTS.flatMap((s) => s.sources.map((r) => r.source)),
    ...Object.values(GUIDES).flatMap((g) => [...g.sources, ...g.clock.map((c) => c.source)].map((r) => r.source)),
    ...LETTER_TEMPLATES.flatMap((t) => t.sources as SourceId[]),
  ];

  it('are public pages with an https address, checked on the review date, with a real title in English and Welsh', () => {
    for (const id of new Set(refs)) {
      const s = SOURCES[id];
      expect(s, id).toBeDefined();
      expect(s.url, id).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\//);
      // Checked on the review date, or later for a source read since (never an older or made-up date).
      expect(s.checked >= SOURCES_CHECKED && /^\d{4}-\d{2}-\d{2}$/.test(s.checked), `${id} checked ${s.checked}`).toBe(true);
      for (const lang of [en, cy]) {
        const title = lookup(lang, `sources.${id}.title`);
        expect(title, id).toEqual(expect.any(String));
        expect(title as string, id).not.toMatch(/seed|FACTS|\.md|\.txt/i);
      }
    }
  });

  it('never name a file on a machine, a seed file or the team’s fact sheet, in services or urgent help either', () => {
    const all = [
      ...Object.values(SOURCES).map((s) => s.url),
      ...NATIONAL_SERVICES.flatMap((s) => [...s.sources, ...s.contacts.map((c) => c.source)]).flatMap((s) => [s.url, s.title]),
      ...URGENT_SERVICES.flatMap((s) => [s.source.url, s.source.title]),
    ];
    for (const text of all) expect(text).not.toMatch(/^\/|FACTS|seeds\/|\.txt$/);
    for (const s of URGENT_SERVICES) expect(s.source.url).toMatch(/^https?:\/\//);
  });
});

// Representative families. Each is asked in all four nations; they must get their own nation's
// routes, clocks, independent advice and crisis lines, and nothing from another nation.
const FAMILIES: Record<string, Answers> = {
  'anxiety and autism': ENGLAND_ANXIETY_SEND,
  bullying: {
    role: 'parent', 'child-name': 'Ava', 'age-stage': 'primary', 'school-type': 'mainstream', missed: 'about-a-day-a-week',
    barriers: ['bullying'], 'bullying-kind': ['online', 'prejudice'], 'bullying-reported': 'yes', 'bullying-response': 'nothing',
  },
  'long illness': {
    role: 'parent', 'child-name': 'Rhys', 'age-stage': 'secondary', 'school-type': 'mainstream', missed: 'all',
    barriers: ['physical-health'], 'physical-health': ['long-term-condition', 'fatigue'], 'health-days-15': 'yes', recorded: 'mixed',
  },
  'a young person answering for themselves': {
    role: 'young-person', 'age-stage': 'secondary', 'school-type': 'mainstream', missed: 'most-days',
    barriers: ['anxiety', 'send', 'mental-health'], 'mental-health': ['self-harm'], 'send-diagnosis': 'suspected',
  },
  'a fine warning': {
    role: 'parent', 'child-name': 'Kai', 'age-stage': 'secondary', 'school-type': 'mainstream', missed: 'most-days',
    recorded: 'unauthorised', 'attendance-action': ['letters', 'fine-warning'], barriers: ['anxiety'],
  },
};

const OWN: Record<Nation, { statutory: string; advice: string; complaints: string; health: string; bullying: string; clock: string; crisis: string[] }> = {
  england: { statutory: 'ehc-needs-assessment', advice: 'local-offer-sendiass', complaints: 'complaints-england', health: 'health-education-england', bullying: 'bullying-england', clock: 'ehc-request', crisis: ['nhs-111', 'samaritans'] },
  wales: { statutory: 'aln-wales', advice: 'advice-wales', complaints: 'complaints-wales', health: 'health-education-wales', bullying: 'bullying-wales', clock: 'aln-decision', crisis: ['nhs-111-wales', 'samaritans-welsh'] },
  scotland: { statutory: 'asn-scotland', advice: 'advice-scotland', complaints: 'complaints-scotland', health: 'health-education-scotland', bullying: 'bullying-scotland', clock: 'asn-request', crisis: ['nhs-24', 'breathing-space'] },
  'northern-ireland': { statutory: 'statement-ni', advice: 'advice-ni', complaints: 'complaints-ni', health: 'health-education-ni', bullying: 'bullying-ni', clock: 'ni-assessment', crisis: ['lifeline'] },
};
const NATION_ONLY_CRISIS = ['nhs-111', 'nhs-111-wales', 'samaritans-welsh', 'nhs-24', 'breathing-space', 'lifeline'];

describe('representative families in all four nations', () => {
  for (const [family, base] of Object.entries(FAMILIES)) {
    for (const nation of NATIONS) {
      it(`${family} in ${nation}: own routes, clocks, advice and crisis lines, nothing from elsewhere`, () => {
        const answers: Answers = { ...base, nation };
        const shown = signpostsFor(answers).map((r) => r.signpost);
        const ids = shown.map((s) => s.id);
        const own = OWN[nation];
        expect(ids).toEqual(expect.arrayContaining([own.statutory, own.advice, own.complaints]));
        for (const s of shown) {
          expect(s.nations, s.id).toContain(nation);
          expect(signpostText(s.id), s.id).not.toMatch(FOREIGN[nation]);
        }
        if (family === 'long illness') expect(ids).toContain(own.health);
        if (family === 'bullying') expect(ids).toContain(own.bullying);
        if (family === 'a fine warning') {
          const fines = { england: 'penalty-notices-england', wales: 'penalty-notices-wales', scotland: 'attendance-scotland', 'northern-ireland': 'attendance-meetings' }[nation];
          expect(ids).toContain(fines);
        }

        // The nation's statutory letter starts the nation's own clock, with .ics-ready dates.
        const letters = templatesFor(LETTER_TEMPLATES, nation, answers);
        const statutory = letters.find((t) => t.clock !== 'none');
        expect(statutory?.clock).toBe(own.clock);
        expect(letters.every((t) => t.nations.includes(nation))).toBe(true);
        const kind = clockFor(statutory!.id, answers)!;
        const dates = statutoryClock(kind, '2026-09-07');
        expect(dates.length).toBeGreaterThan(0);

        // Crisis lines: this nation's own, when the answers show risk; never another nation's.
        const crisis = urgentServicesFor(answers).map((s) => s.id);
        if (family === 'a young person answering for themselves') expect(crisis).toEqual(expect.arrayContaining(own.crisis));
        for (const id of NATION_ONLY_CRISIS.filter((c) => !own.crisis.includes(c))) expect(crisis).not.toContain(id);
      });
    }
  }
});

describe('questions and urgent help per nation', () => {
  it('offers fine options only where penalty notices exist (England and Wales)', () => {
    const action = QUESTIONS.find((q) => q.id === 'attendance-action')!;
    for (const nation of NATIONS) {
      const options = optionsFor(action, { nation });
      const fines = ['fine-warning', 'penalty-notice'].every((o) => options.includes(o));
      expect(fines, nation).toBe(nation === 'england' || nation === 'wales');
      if (nation === 'scotland' || nation === 'northern-ireland') expect(options).not.toEqual(expect.arrayContaining(['fine-warning']));
    }
  });

  it('asks about 15 days missed or likely to be missed, never making a family wait', () => {
    const q = lookup(enQuestionnaire, 'q.health-days-15') as Json;
    expect(q['title']).toContain('likely to miss');
    expect(q['hint']).toContain('You do not have to wait');
  });

  it('uses exactly the crisis numbers checked for each nation', () => {
    const phone = (id: string) => URGENT_SERVICES.find((s) => s.id === id)?.phone;
    expect(phone('nhs-111-wales')).toBe('111');
    expect(phone('samaritans-welsh')).toBe('0808 164 0123');
    expect(phone('nhs-24')).toBe('111');
    expect(phone('breathing-space')).toBe('0800 83 85 87');
    expect(phone('lifeline')).toBe('0808 808 8000');
    const text = strings(lookup(enQuestionnaire, 'urgent.services')).join(' ');
    expect(text).toContain('press 2');
  });

  it('shows Enquire once on a Scottish council page: its checked details, never also "not checked"', () => {
    const enquire = NATIONAL_SERVICES.find((s) => s.id === 'enquire')!;
    expect(enquire.contacts.length).toBeGreaterThan(0);
    expect(lookup(enServices, 'council.detailsBelow')).toEqual(expect.stringContaining('{{nation}}'));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../../src/content/guides';
import { findTemplate } from '../../../src/content/letters';
import { findSignpost } from '../../../src/content/signposts';
import { SOURCES, type SourceId } from '../../../src/content/sources';
import { URGENT_SERVICES } from '../../../src/content/urgentHelp';
import { urgentServicesFor } from '../../../src/content/questionnaire';
import type { Nation } from '../../../src/domain/nations';
import { rightsFor } from '../../../src/features/plan/rights';

/**
 * Wales, Scotland and Northern Ireland: the later stages a family reaches when the first answer is
 * not enough (complaints after the school, court after "no penalty notices", duties rather than
 * services, appeal time limits, crisis lines' hours), each in that nation's own law, with a source a
 * family can open.
 */
type Json = Record<string, unknown>;
const read = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Json;
const lookup = (root: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Json | undefined)?.[k], root);
const strings = (v: unknown): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.flatMap(strings) : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : [];
const en = { support: read('en', 'support'), letters: read('en', 'letters'), questionnaire: read('en', 'questionnaire'), services: read('en', 'services'), plan: read('en', 'plan') };
const text = (ns: keyof typeof en, key: string) => strings(lookup(en[ns], key)).join(' ');
const signpost = (id: string) => text('support', `signposts.${id}`);
const guide = (nation: Nation, section: string) => text('support', `guides.${nation}.sections.${section}`);
const cites = (id: string) => findSignpost(id)!.sources.map((r) => r.source);
const guideCites = (nation: Nation) => [...GUIDES[nation].sources, ...GUIDES[nation].clock.map((c) => c.source)].map((r) => r.source);

/** A source a family can open: the law on legislation.gov.uk, or the nation's own guidance, checked on the day it was read. */
function openable(id: SourceId, hosts: RegExp) {
  const s = SOURCES[id];
  expect(s, id).toBeDefined();
  expect(s.url, id).toMatch(hosts);
  expect(s.checked, id).toBe('2026-12-07');
}

describe('Northern Ireland', () => {
  it('1. sends complaints after the Board of Governors to the NI Public Services Ombudsman, within 6 months; DARS only for special educational needs', () => {
    const complaints = signpost('complaints-ni');
    expect(complaints).toContain('Board of Governors');
    expect(complaints).toContain('Northern Ireland Public Services Ombudsman (NIPSO)');
    expect(complaints).toContain('within 6 months of the school’s final reply');
    expect(complaints).not.toMatch(/Board of Governors, then DARS/);
    expect(text('support', 'signposts.complaints-ni.asks.next-step')).toContain('NIPSO');
    expect(complaints).toMatch(/DARS[^.]*only[^.]*special educational needs/);
    expect(guide('northern-ireland', 'complaints')).toContain('within 6 months of the school’s final reply');
    expect(cites('complaints-ni')).toContain('nipso-act-2016');
    expect(guideCites('northern-ireland')).toContain('nipso-act-2016');
    openable('nipso-act-2016', /^https:\/\/www\.legislation\.gov\.uk\/nia\/2016\/4\//);
  });

  it('1. never offers DARS for a complaint that is not about special educational needs', () => {
    for (const key of ['signposts.advice-ni', 'signposts.statement-disagree-ni', 'guides.northern-ireland']) {
      for (const sentence of text('support', key).split(/(?<=\.) /).filter((s) => /DARS helps/.test(s))) {
        expect(sentence, key).toContain('special educational needs');
      }
    }
    expect(text('services', 'council.northern-ireland.advice.what')).toMatch(/DARS[^.]*special educational needs/);
  });

  it('2. the fine or court card says there are no penalty notices, but a court can fine a parent or make an Education Supervision Order, with free legal advice', () => {
    const card = text('support', 'rightNow.fine.means_northern-ireland');
    expect(card).toContain('no penalty notices');
    expect(card).toContain('Education Authority can take a parent to court');
    expect(card).toContain('up to £1,000 for each child');
    expect(card).toContain('Education Supervision Order');
    expect(card).not.toMatch(/no fines/i);
    expect(text('support', 'rightNow.fine.support_northern-ireland')).toContain('free legal advice');
    const attendance = signpost('attendance-ni');
    expect(attendance).toContain('Education Supervision Order');
    expect(cites('attendance-ni')).toContain('ea-ews-legal');
    openable('ea-ews-legal', /^https:\/\/www\.eani\.org\.uk\//);
  });

  it('3. education while too ill is the Education Authority’s duty under the 1998 Order, asked for as a duty', () => {
    const rights = text('support', 'signposts.health-education-ni.rights');
    expect(rights).toContain('must arrange suitable education');
    expect(rights).toContain('Article 86 of the Education (Northern Ireland) Order 1998');
    expect(rights).not.toMatch(/You can ask for it\.|runs education otherwise/);
    expect(text('support', 'rightNow.no-school.means_northern-ireland')).toContain('must arrange suitable education');
    expect(text('support', 'rightNow.no-school.means_northern-ireland')).toContain('Article 86');
    const law = text('letters', 'templates.health-education.p.lawNi');
    expect(law).toContain('Article 86 of the Education (Northern Ireland) Order 1998');
    expect(law).toContain('must arrange');
    expect(law).not.toMatch(/I understand that/);
    expect(cites('health-education-ni')).toContain('education-ni-order-1998');
    expect(rightsFor({ nation: 'northern-ireland', role: 'parent', missed: 'all', barriers: ['physical-health'], 'health-days-15': 'yes' }, 99).map((r) => r.key)).toContain('ni-health-education');
    expect(text('plan', 'rights.ni-health-education')).toContain('must arrange suitable education');
    expect(findTemplate('health-education')!.sources).toContain('education-ni-order-1998');
    openable('education-ni-order-1998', /^https:\/\/www\.legislation\.gov\.uk\/nisi\//);
    expect(text('support', 'sources.education-ni-order-1998.title')).toContain('1998');
    expect(text('support', 'sources.education-ni-order-1998.title')).not.toContain('1986');
  });

  it('11. gives the 2 months to appeal to SENDIST, counted from the date on the decision letter', () => {
    const rights = signpost('statement-disagree-ni');
    expect(rights).toContain('within 2 months');
    expect(rights).toContain('date on the decision letter');
    expect(guide('northern-ireland', 'disagree')).toContain('within 2 months');
  });
});

describe('Wales', () => {
  it('4. ends a school complaint with the governing body, then SNAP Cymru; never "then the council"', () => {
    const complaints = signpost('complaints-wales');
    expect(complaints).toContain('governing body');
    expect(complaints).toContain('The council does not review');
    expect(complaints).toContain('ask SNAP Cymru what to do next');
    expect(complaints).not.toMatch(/governors, then the council/);
    expect(guide('wales', 'complaints')).toContain('The council does not review');
    expect(cites('complaints-wales')).toContain('school-complaints-wales');
    expect(guideCites('wales')).toContain('school-complaints-wales');
    openable('school-complaints-wales', /^https:\/\/gov\.wales\//);
  });

  it('10. says a school and a council must decide within the ALN Code’s time limits, and that reconsideration covers no decision or a refusal to decide', () => {
    const aln = text('support', 'signposts.aln-wales.rights');
    expect(aln).toContain('a school must decide');
    expect(aln).not.toMatch(/should decide/);
    expect(text('letters', 'templates.aln-decision.p.time')).toMatch(/A school must make this decision/);
    expect(text('letters', 'templates.aln-decision.p.time')).not.toMatch(/should/);
    for (const key of ['aln-school', 'aln-council']) expect(text('letters', `clock.${key}`), key).toContain('must decide');
    expect(cites('aln-wales')).toContain('aln-code-wales');
    expect(GUIDES.wales.clock.filter((c) => c.id !== 'reconsider').map((c) => c.source.source)).toEqual(['aln-code-wales', 'aln-code-wales']);
    openable('aln-code-wales', /^https:\/\/www\.legislation\.gov\.uk\/anaw\/2018\/2\//);
    const reconsider = [signpost('aln-disagree-wales'), guide('wales', 'disagree'), text('support', 'guides.wales.clock.reconsider')];
    for (const t of reconsider) expect(t).toContain('has not decided, or will not decide');
  });

  it('11. says about 8 weeks to appeal to the Education Tribunal for Wales, and to check with SNAP Cymru at once', () => {
    for (const t of [signpost('aln-disagree-wales'), guide('wales', 'disagree')]) {
      expect(t).toContain('about 8 weeks');
      expect(t).toContain('check with SNAP Cymru at once');
    }
  });
});

describe('Scotland', () => {
  it('5. takes complaints after the council’s procedure to the Scottish Public Services Ombudsman, bullying included', () => {
    const complaints = signpost('complaints-scotland');
    expect(complaints).toContain('Scottish Public Services Ombudsman (SPSO)');
    expect(complaints).toContain('bullying');
    expect(text('support', 'signposts.complaints-scotland.asks.next-step')).toContain('SPSO');
    expect(guide('scotland', 'complaints')).toContain('Scottish Public Services Ombudsman');
    expect(signpost('bullying-scotland')).toContain('Scottish Public Services Ombudsman');
    expect(cites('complaints-scotland')).toContain('spso');
    expect(guideCites('scotland')).toContain('spso');
    openable('spso', /^https:\/\/www\.spso\.org\.uk\//);
  });

  it('6. says "no penalty notices (fixed fines)", never "no fines": a court can fine a parent who is prosecuted', () => {
    const texts = [signpost('attendance-scotland'), text('support', 'rightNow.fine.means_scotland')];
    for (const t of texts) {
      expect(t).toContain('no penalty notices (fixed fines)');
      expect(t).toMatch(/court can fine a parent/);
      expect(t).not.toMatch(/no fines/i);
    }
  });

  it('12. shows Breathing Space’s hours, and keeps NHS 24 on 111 (open at any time) before it', () => {
    const hours = text('questionnaire', 'urgent.services.breathing-space.hours');
    expect(hours).toContain('Monday to Thursday, 6pm to 2am');
    expect(hours).toContain('Friday 6pm to Monday 6am');
    expect(text('questionnaire', 'urgent.services.nhs-24')).toContain('any time');
    const ids = urgentServicesFor({ nation: 'scotland', urgent: ['safety'] }).map((s) => s.id);
    expect(ids.indexOf('nhs-24')).toBeGreaterThan(-1);
    expect(ids.indexOf('nhs-24')).toBeLessThan(ids.indexOf('breathing-space'));
    expect(URGENT_SERVICES.find((s) => s.id === 'breathing-space')!.hours).toBe(true);
    for (const key of ['urgent.lead', 'urgent.lead_self']) expect(text('questionnaire', key), key).not.toContain('straight away');
  });
});

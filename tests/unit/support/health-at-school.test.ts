import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findTemplate } from '../../../src/content/letters';
import { signpostsFor } from '../../../src/content/signposting';
import { findSignpost } from '../../../src/content/signposts';
import { SOURCES } from '../../../src/content/sources';
import { draftLetter, type Translate } from '../../../src/domain/letters/draft';
import { NATIONS, type Nation } from '../../../src/domain/nations';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { rightsFor } from '../../../src/features/plan/rights';
import { englishLetters } from '../letters/helpers';

/**
 * A child whose health is a barrier (issue 22, item 13): the school's part in supporting it, in each
 * nation's own terms. England: schools must support pupils with medical conditions (Children and
 * Families Act 2014 s100 and its statutory guidance), usually with an individual healthcare plan, for
 * mental as well as physical health. The other nations get their own guidance where it was read on
 * the government's own site, and otherwise only "ask the school" with the nation's advice service.
 */
type Json = Record<string, unknown>;
const read = (lang: string, ns: string) => JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Json;
const at = (root: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Json | undefined)?.[k], root);
const strings = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
const en = read('en', 'support');
const cy = read('cy', 'support');
const words = (id: string) => strings(at(en, `signposts.${id}`)).join(' ');

const ID: Record<Nation, string> = {
  england: 'medical-conditions-england',
  wales: 'medical-conditions-wales',
  scotland: 'medical-conditions-scotland',
  'northern-ireland': 'medical-conditions-ni',
};
const unwell = (nation: Nation, barrier = 'mental-health'): Answers => ({ nation, 'child-name': 'Sam', barriers: [barrier] });

let t: Translate;
beforeAll(async () => {
  t = await englishLetters();
});

describe('the school’s part in supporting a child’s health', () => {
  it('is shown to every family whose child’s health is a barrier, in their own nation’s terms only', () => {
    for (const nation of NATIONS) {
      for (const barrier of ['mental-health', 'physical-health', 'anxiety']) {
        const shown = signpostsFor(unwell(nation, barrier)).map((r) => r.signpost.id);
        expect(shown, `${nation} ${barrier}`).toContain(ID[nation]);
        for (const other of NATIONS.filter((n) => n !== nation)) expect(shown).not.toContain(ID[other]);
      }
      expect(signpostsFor({ nation, barriers: ['bullying'] }).map((r) => r.signpost.id)).not.toContain(ID[nation]);
    }
  });

  it('England: the duty in section 100, the statutory guidance and an individual healthcare plan, for mental as well as physical health', () => {
    const text = words(ID.england);
    for (const say of ['Schools in England must support pupils with medical conditions', 'mental health as well as physical health', 'individual healthcare plan (IHP)', 'section 100 of the Children and Families Act 2014', '“Supporting pupils at school with medical conditions”']) {
      expect(text).toContain(say);
    }
    const sources = findSignpost(ID.england)!.sources.map((r) => SOURCES[r.source]);
    expect(sources.map((s) => s.url)).toEqual([
      'https://www.legislation.gov.uk/ukpga/2014/6/section/100',
      'https://www.gov.uk/government/publications/supporting-pupils-at-school-with-medical-conditions--3',
    ]);
    for (const s of sources) expect(s.checked).toBe('2026-12-07');
    expect(findSignpost(ID.england)!.asks.map((a) => a.key)).toContain('healthcare-plan');
  });

  it('Wales: asks the school and points to SNAP Cymru, naming no guidance that was not read on gov.wales', () => {
    const text = words(ID.wales);
    expect(text).toContain('ask the school how it supports a child’s health needs');
    expect(text).toContain('whether a healthcare plan would help');
    expect(text).toContain('SNAP Cymru');
    expect(text).not.toMatch(/“|section 100|England|Supporting learners/);
    expect(findSignpost(ID.wales)!.sources.map((r) => SOURCES[r.source].url)).toEqual(['https://www.snapcymru.org/get-support/health-support/']);
  });

  it('Scotland and Northern Ireland: their own guidance, cited on the government’s own site, and their own advice service', () => {
    expect(words(ID.scotland)).toContain('“Supporting children and young people with healthcare needs in schools” (2017)');
    expect(words(ID.scotland)).toContain('Enquire');
    expect(findSignpost(ID.scotland)!.sources.map((r) => SOURCES[r.source].url)).toEqual([
      'https://www.gov.scot/publications/supporting-children-young-people-healthcare-needs-schools/',
    ]);
    expect(words(ID['northern-ireland'])).toContain('“Supporting Pupils with Medication Needs”');
    expect(words(ID['northern-ireland'])).toContain('Health Care Plan');
    expect(findSignpost(ID['northern-ireland'])!.sources.map((r) => SOURCES[r.source].url)).toEqual([
      'https://www.eani.org.uk/parents/special-educational-needs-sen/children-with-medical-needs',
      'https://www.education-ni.gov.uk/articles/support-pupils-medication-needs',
    ]);
    for (const nation of ['scotland', 'northern-ireland'] as const) {
      expect(strings(at(en, `signposts.${ID[nation]}`)).join(' ')).not.toMatch(/section 100|Children and Families Act|England/);
    }
  });

  it('is in Welsh key for key', () => {
    for (const id of Object.values(ID)) {
      const keys = (root: Json) => Object.keys((at(root, `signposts.${id}`) ?? {}) as Json).concat(Object.keys((at(root, `signposts.${id}.asks`) ?? {}) as Json));
      expect(keys(en).length, id).toBeGreaterThan(4);
      expect(keys(cy), id).toEqual(keys(en));
    }
  });
});

describe('a healthcare plan in the plan and the letters', () => {
  it('puts the school’s duty among the rights in an English family’s meeting pack, and nowhere else', () => {
    expect(rightsFor(unwell('england')).map((l) => l.key)).toContain('medical-conditions');
    for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) {
      expect(rightsFor(unwell(nation), 99).map((l) => l.key)).not.toContain('medical-conditions');
    }
  });

  it('asks the school for an individual healthcare plan in England’s illness letter, and how it supports health elsewhere', () => {
    const text = (answers: Answers) => draftLetter(findTemplate('illness-absence')!, answers, [], { t, language: 'en' }).paragraphs.join('\n');
    const england = text(unwell('england'));
    expect(england).toContain('section 100 of the Children and Families Act 2014');
    expect(england).toContain('Please can we agree an individual healthcare plan for Sam');
    expect(text({ ...unwell('england'), role: 'young-person' })).toContain('an individual healthcare plan for me');
    for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) {
      const other = text(unwell(nation));
      expect(other, nation).toContain('how the school will support Sam’s health needs, and whether a written healthcare plan would help');
      expect(other, nation).not.toMatch(/section 100|Children and Families Act/);
    }
  });
});

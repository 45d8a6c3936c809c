import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LETTER_TEMPLATES, findTemplate } from '../../../src/content/letters';
import { draftLetter, type Translate } from '../../../src/domain/letters/draft';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { lettersText } from './helpers';

let en: Translate;
let cy: Translate;
beforeAll(async () => {
  en = await lettersText('en');
  cy = await lettersText('cy');
});

type Draft = ReturnType<typeof draftLetter>;
const draft = (id: string, answers: Answers, lang: 'en' | 'cy' = 'en', contacts: ContactRecord[] = []) =>
  // The young person's name comes from their record (the questionnaire does not ask them for it).
  draftLetter(findTemplate(id)!, answers, contacts, { t: lang === 'en' ? en : cy, language: lang, childName: 'Sam' });
const text = (d: Draft) => [d.recipient, d.subject, d.greeting, ...d.paragraphs, d.signOff].join('\n');

/** Answers that switch on every paragraph a letter has (apart from the nation and age ones). */
const everything: Answers = {
  'school-type': 'mainstream',
  missed: 'most-days',
  barriers: ['send', 'anxiety', 'mental-health', 'physical-health', 'bullying', 'environment'],
  'send-needs': ['autism'],
  'send-diagnosis': 'waiting',
  'mental-health': ['low-mood', 'self-harm'],
  'physical-health': ['pain'],
  learning: ['falling-behind'],
  'anxiety-signs': ['sleep'],
  pattern: ['mornings'],
  tried: ['early-help', 'gp'],
  referrals: ['camhs'],
  'referrals-status': 'waiting',
  environment: ['noise'],
  'bullying-kind': ['online', 'prejudice'],
  'bullying-reported': 'yes',
  'bullying-response': 'nothing',
  'health-days-15': 'yes',
  recorded: 'mixed',
  'what-helped': 'A quiet room',
  'what-made-worse': 'Shouting',
  'child-hard': 'The noise.',
  'child-helps': 'Music.',
};
const school: ContactRecord = { id: 'k1', role: 'senco', name: '', organisation: 'Hill School', createdAt: '', updatedAt: '' };
const youngPerson = (nation: string, age = 'post-16'): Answers => ({ ...everything, nation, role: 'young-person', 'age-stage': age });

const PARENT_VOICE_EN = /my child|your child|as .*parent|\bSam\b|\bwe (are|see|think|have)\b|\bour\b|\bhis\b|\bher\b/i;
const PARENT_VOICE_CY = /fy mhlentyn|eich plentyn|fel rhiant|\bSam\b|\brydym\b|\bein\b/i;

describe('letters written by a young person for themselves', () => {
  for (const tpl of LETTER_TEMPLATES) {
    for (const nation of tpl.nations) {
      for (const age of ['post-16', 'secondary']) {
        it(`${tpl.id} in ${nation} (${age}) speaks as "I", never about "my child", in English and Welsh`, () => {
          const english = text(draft(tpl.id, youngPerson(nation, age), 'en', [school]));
          expect(english).not.toMatch(PARENT_VOICE_EN);
          expect(english).toMatch(/\b(I|my|me)\b/);
          expect(english).not.toMatch(/\{\{|\}\}|fill\.|templates\.|_self/);
          const welsh = text(draft(tpl.id, youngPerson(nation, age), 'cy', [school]));
          expect(welsh).not.toMatch(PARENT_VOICE_CY);
          expect(welsh).toMatch(/\b(Rwy|Rwyf|fy|gen i|arnaf|wrthyf)\b/);
          expect(welsh).not.toMatch(/\{\{|\}\}|fill\.|templates\.|_self/);
        });
      }
    }
  }

  it('has a young person’s own wording for every letter text that talks about the child', () => {
    const read = (lang: string) => JSON.parse(readFileSync(join(process.cwd(), `locales/${lang}/letters.json`), 'utf8'));
    const get = (tree: unknown, key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], tree);
    const aboutChild = /\{\{\s*(name|Name|myChild)\s*\}\}|my child|parent/;
    const ownVoice = /\{\{\s*(name|Name|myChild)\s*\}\}|my child|as .*parent/;
    const used = new Set<string>(['fill.childFallback', 'fill.generic.serious-mental-health']);
    for (const tpl of LETTER_TEMPLATES) {
      for (const key of [tpl.subjectKey, tpl.recipientFallbackKey, ...Object.values(tpl.recipientFallbackKeyByNation ?? {}), ...tpl.paragraphs.map((p) => p.key)]) used.add(key);
    }
    const english = read('en');
    const welsh = read('cy');
    const flat = (o: Record<string, unknown>, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v ? flat(v as Record<string, unknown>, `${p}${k}.`) : [`${p}${k}`]));
    for (const key of flat(english.fill as Record<string, unknown>, 'fill.')) used.add(key);
    const checked: string[] = [];
    for (const key of used) {
      const base = get(english, key);
      if (typeof base !== 'string' || key.endsWith('_self') || !aboutChild.test(base)) continue;
      checked.push(key);
      const mine = get(english, `${key}_self`);
      // The paragraph only a young person under 16 gets is already in their voice, and names a parent on purpose.
      if (key.endsWith('rightYoung') || key.endsWith('askYoung')) continue;
      expect(typeof mine, `${key}_self`).toBe('string');
      expect(mine as string, `${key}_self`).not.toMatch(ownVoice);
      expect(typeof get(welsh, `${key}_self`), `cy ${key}_self`).toBe('string');
    }
    expect(checked.length).toBeGreaterThan(40);
  });

  it('asks for an EHC needs assessment as the young person’s own request under section 36(1) when they are 16 or over', () => {
    const d = draft('ehc-request', { nation: 'england', role: 'young-person', 'age-stage': 'post-16' });
    expect(d.subject).toBe('My request for an education, health and care (EHC) needs assessment');
    expect(d.paragraphs[0]).toBe('I am writing to ask the council to carry out an education, health and care (EHC) needs assessment for me.');
    expect(d.paragraphs).toContain(
      'I am making this request myself, as a young person, under section 36(1) of the Children and Families Act 2014. A diagnosis is not needed.',
    );
    expect(text(d)).toContain('I believe both are true for me.');
    expect(text(d)).toContain('within 6 weeks');
    expect(text(d)).not.toMatch(/parent/i);
    const welsh = draft('ehc-request', { nation: 'england', role: 'young-person', 'age-stage': 'post-16' }, 'cy');
    expect(welsh.paragraphs).toContain('Rwy’n gwneud y cais hwn fy hun, fel person ifanc, o dan adran 36(1) o’r Children and Families Act 2014. Nid oes angen diagnosis.');
  });

  it('asks to assess "me" but claims no right of their own to ask when the young person has not said they are 16 or over', () => {
    for (const age of ['secondary', 'primary', undefined]) {
      const answers: Answers = { nation: 'england', role: 'young-person', ...(age ? { 'age-stage': age } : {}) };
      const all = text(draft('ehc-request', answers));
      expect(all, String(age)).toContain('needs assessment for me.');
      expect(all, String(age)).toContain('a parent, a young person aged 16 to 25, or a school or college can ask the council for this assessment');
      expect(all, String(age)).toContain('My parent can also make this request for me.');
      expect(all, String(age)).not.toMatch(/making this request myself|as a young person|within 6 weeks/);
    }
  });

  it('says children of 12 to 15 in Scotland can make their own requests; in Northern Ireland claims no such right', () => {
    const scot = text(draft('asn-assessment', youngPerson('scotland')));
    expect(scot).not.toMatch(/parents can ask|If someone else needs to make this request/);
    expect(scot).toContain('I am making this request myself. In Scotland, children from the age of 12, and young people, have the right to ask the council');
    expect(text(draft('asn-assessment', youngPerson('scotland', 'secondary')))).toContain('children from the age of 12');
    const ni = text(draft('ni-statutory-assessment', youngPerson('northern-ireland')));
    expect(ni).toContain('Education (Northern Ireland) Order 1996');
    expect(ni).not.toContain('I am making this request under');
    expect(ni).toContain('If someone else needs to make this request for me, please tell me.');
  });

  it('writes the Welsh ALN letter in the young person’s own Welsh', () => {
    const d = draft('aln-decision', youngPerson('wales'), 'cy', [school]);
    expect(d.paragraphs[0]).toBe(
      'Rwy’n ysgrifennu i ofyn i chi benderfynu a oes gen i anghenion dysgu ychwanegol (ADY), ac os felly, i baratoi cynllun datblygu unigol (CDU) ar fy nghyfer. Rwy’n mynychu Hill School.',
    );
    expect(d.paragraphs.join('\n')).toContain('Mae’r anghenion hyn yn effeithio ar fy mhresenoldeb a fy nysgu. Ar hyn o bryd rwyf yn colli’r rhan fwyaf o ddyddiau.');
  });

  it('fills in the young person’s own attendance, bullying and health words', () => {
    const all = text(draft('bullying', youngPerson('england')));
    expect(all).toContain('I am writing to report that I am being bullied.');
    expect(all).toContain('bullying about who I am (prejudice-based bullying)');
    expect(all).toContain('This is affecting my attendance. At the moment I am missing most days.');
    expect(text(draft('support-meeting', youngPerson('england')))).toContain('serious worries about my mental health');
    expect(text(draft('support-meeting', youngPerson('england')))).toContain('What I have tried so far: early help for my family and seeing my GP (family doctor).');
  });
});

describe('letters written by a parent, carer or volunteer', () => {
  it('keep the parent’s wording, whatever the role or age', () => {
    for (const tpl of LETTER_TEMPLATES) {
      for (const nation of tpl.nations) {
        const base: Answers = { ...everything, nation, 'child-name': 'Sam', 'age-stage': 'post-16' };
        const unsaid = draft(tpl.id, base);
        expect(draft(tpl.id, { ...base, role: 'parent' }), `${tpl.id} ${nation}`).toEqual(unsaid);
        expect(draft(tpl.id, { ...base, role: 'volunteer' }), `${tpl.id} ${nation}`).toEqual(unsaid);
        expect(draft(tpl.id, { ...base, role: 'parent', 'age-stage': 'primary' }), `${tpl.id} ${nation}`).toEqual(unsaid);
      }
    }
    const ehc = text(draft('ehc-request', { nation: 'england', role: 'parent', 'child-name': 'Sam' }));
    expect(ehc).toContain('I am writing to ask the council to carry out an education, health and care (EHC) needs assessment for my child Sam.');
    expect(ehc).toContain('I am making this request myself, as Sam’s parent, under section 36(1) of the Children and Families Act 2014.');
    expect(ehc).toContain('within 6 weeks');
    expect(ehc).not.toMatch(/young person|My parent/);
    expect(text(draft('bullying', { nation: 'wales', role: 'parent', 'child-name': 'Sam', missed: 'all' }, 'cy'))).toContain('Ar hyn o bryd mae Sam yn methu mynd i’r ysgol o gwbl.');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LETTER_TEMPLATES, findTemplate } from '../../../src/content/letters';
import { SOURCES, SOURCE_IDS } from '../../../src/content/sources';
import { draftLetter, templatesFor, type Translate } from '../../../src/domain/letters/draft';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { NATIONS, type Nation } from '../../../src/domain/nations';
import { englishLetters } from './helpers';

let t: Translate;
beforeAll(async () => {
  t = await englishLetters();
});

const draft = (id: string, answers: Answers, contacts: ContactRecord[] = [], extra: { councilName?: string } = {}) =>
  draftLetter(findTemplate(id)!, answers, contacts, { t, language: 'en', ...extra });
const text = (d: ReturnType<typeof draft>) => [d.recipient, d.subject, d.greeting, ...d.paragraphs, d.signOff].join('\n');

const sam: Answers = {
  nation: 'england',
  'child-name': 'Sam',
  'school-type': 'academy',
  missed: 'most-days',
  barriers: ['send', 'anxiety'],
  'send-needs': ['autism', 'adhd'],
  'send-diagnosis': 'waiting',
  'anxiety-signs': ['distress-before-school', 'sleep'],
  tried: ['talked-to-senco', 'sen-support'],
  referrals: ['camhs'],
  'referrals-status': 'waiting',
  'what-helped': 'A quiet room at lunch.',
  'child-hard': 'The noise in corridors.',
};
const senco: ContactRecord = { id: 'k1', role: 'senco', name: 'Ms Patel', organisation: 'Hill Academy', createdAt: '', updatedAt: '' };
const council: ContactRecord = { id: 'k2', role: 'council-send', name: 'SEND casework team', organisation: 'Reading Borough Council', createdAt: '', updatedAt: '' };

describe('letter templates for each nation', () => {
  const shown = (nation: Nation, answers: Answers = { nation }) => templatesFor(LETTER_TEMPLATES, nation, answers).map((x) => x.id);

  it('gives England the EHC request and no other nation’s assessment letter', () => {
    expect(shown('england')).toContain('ehc-request');
    expect(shown('england')).not.toEqual(expect.arrayContaining(['aln-decision']));
    expect(shown('england').some((id) => ['aln-decision', 'asn-assessment', 'ni-statutory-assessment'].includes(id))).toBe(false);
  });

  it('gives Wales, Scotland and Northern Ireland their own assessment letter and never the EHC one', () => {
    expect(shown('wales')).toContain('aln-decision');
    expect(shown('scotland')).toContain('asn-assessment');
    expect(shown('northern-ireland')).toContain('ni-statutory-assessment');
    for (const n of ['wales', 'scotland', 'northern-ireland'] as const) expect(shown(n)).not.toContain('ehc-request');
  });

  it('offers every nation the everyday letters, suggested ones first', () => {
    for (const n of NATIONS) {
      expect(shown(n)).toEqual(expect.arrayContaining(['illness-absence', 'health-education', 'reasonable-adjustments', 'support-meeting', 'bullying', 'attendance-record']));
    }
    expect(shown('england', { nation: 'england', barriers: ['bullying'] })[0]).toBe('bullying');
  });

  it('traces each letter’s law to known sources from its own nations, with a review date', () => {
    for (const tpl of LETTER_TEMPLATES) {
      expect(tpl.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const id of tpl.sources) {
        expect(SOURCE_IDS as readonly string[], `${tpl.id}: ${id}`).toContain(id);
        const nations = SOURCES[id as keyof typeof SOURCES].nations;
        expect(tpl.nations.some((n) => nations.includes(n)), `${tpl.id}: ${id}`).toBe(true);
      }
    }
  });

  it('has English text for every key each template can use', () => {
    const en = JSON.parse(readFileSync(join(process.cwd(), 'locales/en/letters.json'), 'utf8'));
    const has = (key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], en) !== undefined;
    for (const tpl of LETTER_TEMPLATES) {
      for (const key of [tpl.titleKey, tpl.summaryKey, tpl.subjectKey, tpl.recipientFallbackKey, ...Object.values(tpl.recipientFallbackKeyByNation ?? {}), ...tpl.paragraphs.map((p) => p.key)]) {
        expect(has(key), key).toBe(true);
      }
    }
  });
});

describe('drafting a letter from the answers', () => {
  it('fills the England EHC request with the child’s name, needs, what was tried and the 6-week ask', () => {
    const d = draft('ehc-request', sam, [senco, council]);
    const all = text(d);
    expect(d.subject).toBe('Request for an education, health and care (EHC) needs assessment for Sam');
    expect(d.recipient).toBe('SEND casework team\nReading Borough Council');
    expect(d.greeting).toBe('Dear SEND casework team,');
    expect(all).toContain('Sam goes to Hill Academy.');
    expect(all).toContain('section 36(1) of the Children and Families Act 2014');
    expect(all).toContain('a diagnosis is not needed');
    expect(all).toContain('autism, ADHD (attention deficit hyperactivity disorder) and anxiety');
    expect(all).toContain('great distress before school and problems with sleep');
    expect(all).toContain('At the moment Sam is missing most days.');
    expect(all).toContain('We are waiting for an assessment or diagnosis.');
    expect(all).toContain('A quiet room at lunch.');
    expect(all).toContain('“The noise in corridors.”');
    expect(all).toContain('section 36(8)');
    expect(all).toContain('within 6 weeks');
    expect(all).not.toMatch(/\{\{|\}\}|fill\.|templates\./);
  });

  it('leaves out paragraphs about things the family has not told us, and uses the council name when no contact is saved', () => {
    const d = draft('ehc-request', { nation: 'england' }, [], { councilName: 'West Berkshire Council' });
    expect(d.recipient).toBe('The SEND team (special educational needs and disabilities)\nWest Berkshire Council');
    expect(d.greeting).toBe('Dear Sir or Madam,');
    expect(d.paragraphs[0]).toBe('I am writing to ask the council to carry out an education, health and care (EHC) needs assessment for my child.');
    expect(d.subject).toBe('Request for an education, health and care (EHC) needs assessment for my child');
    expect(text(d)).not.toContain('What has been tried');
    expect(text(d)).not.toContain('goes to');
    expect(text(d)).not.toMatch(/\{\{|\}\}/);
  });

  it('writes the Welsh letter about ALN and an IDP, citing the 2018 Act, with no English law or deadline', () => {
    const all = text(draft('aln-decision', { ...sam, nation: 'wales' }, [senco]));
    expect(all).toContain('additional learning needs (ALN)');
    expect(all).toContain('individual development plan (IDP)');
    expect(all).toContain('Additional Learning Needs and Education Tribunal (Wales) Act 2018');
    expect(all).not.toMatch(/EHC|Children and Families Act|6 weeks|Equality Act|council must/);
  });

  it('writes the Scottish letter asking for an assessment and whether a CSP is needed', () => {
    const all = text(draft('asn-assessment', { ...sam, nation: 'scotland' }));
    expect(all).toContain('coordinated support plan (CSP)');
    expect(all).toContain('Education (Additional Support for Learning) (Scotland) Act 2004');
    expect(all).not.toMatch(/EHC|Children and Families Act|weeks/);
  });

  it('writes the Northern Ireland letter to the Education Authority, stating its 6-week decision limit', () => {
    const d = draft('ni-statutory-assessment', { ...sam, nation: 'northern-ireland' });
    expect(d.recipient).toContain('Education Authority');
    expect(text(d)).toContain('Education (Northern Ireland) Order 1996');
    expect(text(d)).toContain('statement of special educational needs');
    expect(text(d)).toContain('within 6 weeks beginning with the day you receive it');
    expect(text(d)).not.toMatch(/EHC|Children and Families Act|council/);
  });

  it('cites the Equality Act for reasonable adjustments in England, Wales and Scotland, and SENDO 2005 in Northern Ireland', () => {
    for (const nation of ['england', 'wales', 'scotland'] as const) {
      const all = text(draft('reasonable-adjustments', { ...sam, nation }));
      expect(all).toContain('Equality Act 2010');
      expect(all).not.toContain('Northern Ireland');
    }
    const ni = text(draft('reasonable-adjustments', { ...sam, nation: 'northern-ireland' }));
    expect(ni).toContain('Special Educational Needs and Disability (Northern Ireland) Order 2005');
    expect(ni).not.toMatch(/Equality Act|section 20/);
  });

  it('never suggests a shorter day as an open-ended change in the reasonable-adjustments letter', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      expect(text(draft('reasonable-adjustments', { ...sam, nation }))).not.toMatch(/shorter day|part-time|later start/i);
    }
  });

  it('cites English attendance, health and bullying law only for families in England', () => {
    const eng = { ...sam, barriers: ['bullying', 'mental-health'], 'bullying-kind': ['online'], 'health-days-15': 'yes' };
    expect(text(draft('illness-absence', eng))).toContain('code I');
    expect(text(draft('health-education', eng))).toContain('Section 19 of the Education Act 1996');
    expect(text(draft('health-education', eng))).toContain('15 school days or more');
    expect(text(draft('bullying', eng))).toContain('Independent School Standards');
    expect(text(draft('bullying', { ...eng, 'school-type': 'mainstream' }))).toContain('section 89');
    expect(text(draft('bullying', { ...eng, 'school-type': 'mainstream' }))).not.toContain('Independent School Standards');
    for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) {
      for (const id of ['illness-absence', 'health-education', 'bullying', 'attendance-record', 'support-meeting']) {
        const all = text(draft(id, { ...eng, nation }));
        expect(all, `${id} in ${nation}`).not.toMatch(/Section 19 of|15 school days|code I|section 89|Independent School Standards|England|Working together/);
        // The SENCo is England's and Northern Ireland's role; Wales has an ALNCo, Scotland other roles.
        if (nation !== 'northern-ireland') expect(all, `${id} in ${nation}`).not.toContain('SENCo');
      }
    }
    // Each nation's own duty to educate a child too ill for school.
    expect(text(draft('health-education', { ...eng, nation: 'wales' }))).toContain('Section 19A of the Education Act 1996');
    expect(text(draft('health-education', { ...eng, nation: 'scotland' }))).toContain('Section 14 of the Education (Scotland) Act 1980');
    expect(text(draft('health-education', { ...eng, nation: 'northern-ireland' }))).toContain('education otherwise than at school (EOTAS)');
    // Northern Ireland's bullying law, and Scotland's national approach.
    expect(text(draft('bullying', { ...eng, nation: 'northern-ireland' }))).toContain('Addressing Bullying in Schools Act (Northern Ireland) 2016');
    expect(text(draft('bullying', { ...eng, nation: 'scotland' }))).toContain('national approach to anti-bullying');
  });

  it('never makes a family wait for 15 days to pass before asking for education while too ill for school', () => {
    const eng = { ...sam, barriers: ['mental-health'], 'health-days-15': 'yes' };
    const all = text(draft('health-education', eng));
    expect(all).toContain('There is no minimum number of days');
    expect(all).toContain('as soon as it is clear a child will miss 15 days or more');
    expect(all).toContain('missed, or is likely to miss, 15 school days or more');
  });

  it('uses the law’s own words in the EHC request: special educational provision in accordance with an EHC plan', () => {
    const all = text(draft('ehc-request', sam));
    expect(all).toContain('special educational provision to be made in accordance with an EHC plan (section 36(8))');
    expect(all).not.toContain('support to be made through an EHC plan');
  });

  it('says in the Welsh ALN letter that a child with ALN must be given an IDP, with the Code’s time limits', () => {
    const all = text(draft('aln-decision', { ...sam, nation: 'wales' }, [senco]));
    expect(all).toContain('must be given an individual development plan (IDP)');
    expect(all).toContain('35 school days');
    expect(all).toContain('12 weeks');
    expect(all).not.toMatch(/should have an IDP/);
  });

  it('asks for the attendance record with codes without claiming a legal deadline', () => {
    const all = text(draft('attendance-record', { ...sam, recorded: 'mixed' }));
    expect(all).toContain('code used for each morning and afternoon');
    expect(all).toContain('absence because of illness');
    expect(all).not.toMatch(/days|weeks|must/);
  });

  it('never puts self-harm or suicidal thoughts into a letter word for word', () => {
    const all = text(draft('ehc-request', { nation: 'england', barriers: ['mental-health'], 'mental-health': ['self-harm', 'suicidal-thoughts', 'low-mood'] }));
    expect(all).toContain('serious worries about their mental health and low mood');
    expect(all).not.toMatch(/self-harm|suicid/i);
  });

  it('never shows a raw text key when the family ticked that nothing has been tried or no referrals', () => {
    const all = text(draft('support-meeting', { nation: 'england', 'child-name': 'Sam', barriers: ['anxiety'], tried: ['none'], referrals: ['none'] }));
    expect(all).not.toMatch(/fill\.|tried\.none/);
    expect(all).not.toContain('What has been tried so far');
    expect(all).not.toContain('has been referred');
  });

  it('only says "these needs" after saying what the needs are', () => {
    const bullied = text(draft('support-meeting', { nation: 'england', 'child-name': 'Sam', barriers: ['bullying'], missed: 'most-days' }));
    expect(bullied).toContain('At the moment Sam is missing most days.');
    expect(bullied).not.toContain('These needs');
    const withNeeds = text(draft('support-meeting', { nation: 'england', 'child-name': 'Sam', barriers: ['anxiety'], missed: 'most-days' }));
    expect(withNeeds).toContain('Sam’s needs include anxiety. These needs affect Sam’s attendance and learning. At the moment Sam is missing most days.');
  });

  it('ends the family’s own words about what helped with a full stop when they typed none', () => {
    const all = text(draft('support-meeting', { nation: 'england', 'child-name': 'Sam', 'what-helped': 'A quiet room at lunch', 'what-made-worse': 'Being shouted at!' }));
    expect(all).toContain('What has helped: A quiet room at lunch. What has made things harder: Being shouted at!\n');
  });

  it('asks the Education Authority, not a council, for education while a child in Northern Ireland is unwell', () => {
    const d = draft('health-education', { nation: 'northern-ireland', 'child-name': 'Niamh', barriers: ['mental-health'] });
    expect(d.recipient).toBe('The team for children who cannot attend school because of health needs\nEducation Authority');
    expect(d.paragraphs[0]).toBe('I am writing to ask the Education Authority to arrange suitable education for my child Niamh, who cannot attend school because of health needs.');
    expect(text(d)).not.toMatch(/council/i);
    expect(draft('health-education', { nation: 'wales' }).paragraphs[0]).toContain('ask the council');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { LETTER_TEMPLATES, findTemplate } from '../../../src/content/letters';
import { draftLetter, templatesFor, type Translate } from '../../../src/domain/letters/draft';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { NATIONS, type Nation } from '../../../src/domain/nations';
import { lettersText } from './helpers';

let en: Translate;
let cy: Translate;
beforeAll(async () => {
  en = await lettersText('en');
  cy = await lettersText('cy');
});

const family = (nation: Nation, over: Answers = {}): Answers => ({
  nation,
  'child-name': 'Sam',
  'school-type': 'mainstream',
  missed: 'most-days',
  barriers: ['send', 'anxiety', 'bullying'],
  'send-needs': ['autism'],
  'attendance-action': ['fine-warning'],
  'bullying-reported': 'yes',
  'bullying-response': 'nothing',
  'child-hard': 'The noise.',
  ...over,
});
const text = (id: string, answers: Answers, t: Translate = en, language = 'en') => {
  const d = draftLetter(findTemplate(id)!, answers, [], { t, language, details: { fullName: 'Sam Jones', school: 'Hill School', yearGroup: 'Year 8' } });
  return [d.recipient, d.subject, d.greeting, ...d.paragraphs, d.signOff].join('\n');
};

describe('a reply to an attendance or fine-warning letter', () => {
  it('is offered in every nation, first for a family with a fine warning', () => {
    for (const n of NATIONS) expect(templatesFor(LETTER_TEMPLATES, n, family(n))[0]?.id).toBe('attendance-reply');
  });

  it('puts support first, asks for support and for the record with codes, in every nation', () => {
    for (const n of NATIONS) {
      const all = text('attendance-reply', family(n));
      expect(all, n).toContain('Thank you for your letter about Sam’s attendance.');
      expect(all, n).toContain('The support we are asking for is: a meeting with us to agree a written support plan');
      expect(all, n).toContain('with the code used for each morning and afternoon');
      expect(all, n).toContain('full name Sam Jones');
      expect(all, n).toContain('The attendance lead\nHill School');
    }
  });

  it('asks for illness absence to be authorised, citing code I only in England', () => {
    expect(text('attendance-reply', family('england'))).toContain('the absence should be authorised as illness (code I)');
    for (const n of ['wales', 'scotland', 'northern-ireland'] as const) {
      const all = text('attendance-reply', family(n));
      expect(all, n).toContain('please record the absence as absence because of illness');
      expect(all, n).not.toContain('code I');
    }
  });

  it('uses each nation’s own law and never another nation’s', () => {
    const england = text('attendance-reply', family('england'));
    expect(england).toContain('Working together to improve school attendance');
    expect(england).toContain('a penalty notice is only considered, never automatic');
    const wales = text('attendance-reply', family('wales'));
    expect(wales).toContain('Education (Penalty Notices) (Wales) Regulations 2013');
    expect(wales).not.toContain('Working together');
    const scotland = text('attendance-reply', family('scotland'));
    expect(scotland).toContain('Included, Engaged and Involved');
    const ni = text('attendance-reply', family('northern-ireland'));
    for (const [n, all] of [['scotland', scotland], ['northern-ireland', ni]] as const) {
      expect(all, n).not.toMatch(/penalty|fine\b|Working together|Wales\)/i);
    }
  });

  it('names no fine amount anywhere, in English or Welsh', () => {
    for (const n of NATIONS) {
      expect(text('attendance-reply', family(n))).not.toMatch(/£|\bpounds?\b/);
      expect(text('attendance-reply', family(n), cy, 'cy')).not.toMatch(/£|\bpunt\b/);
    }
  });
});

describe('a complaint to the school', () => {
  it('makes a formal complaint under the school’s procedure, asking for a copy of it', () => {
    for (const n of NATIONS) {
      const all = text('complaint', family(n));
      expect(all, n).toContain('formal complaint under the school’s complaints procedure');
      expect(all, n).toContain('Please send me a copy of the school’s complaints procedure');
      expect(all, n).toContain('We have told the school about bullying, and it has not stopped.');
    }
  });

  it('gives England’s next step by the kind of school, and elsewhere only the school’s own next stage', () => {
    expect(text('complaint', family('england'))).toContain('heard by the governing body');
    const academy = text('complaint', family('england', { 'school-type': 'academy' }));
    expect(academy).toContain('ask the Department for Education');
    expect(academy).not.toContain('governing body');
    for (const n of ['wales', 'scotland', 'northern-ireland'] as const) {
      const all = text('complaint', family(n));
      expect(all, n).toContain('the next stage of the school’s procedure');
      expect(all, n).not.toMatch(/Department for Education|governing body|Ombudsman/);
    }
  });

  it('is written in Welsh when the letter is Welsh', () => {
    const all = text('complaint', family('wales'), cy, 'cy');
    expect(all).toContain('Rwy’n ysgrifennu i wneud cwyn ffurfiol');
    expect(all).toContain('gam nesaf gweithdrefn yr ysgol');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../../src/content/letters';
import { draftLetter, joinParagraphs, openingAndClosing, unquote, type Translate } from '../../../src/domain/letters/draft';
import type { ContactRecord } from '../../../src/domain/contacts/types';
import type { Answers, ChildDetails } from '../../../src/domain/questionnaire/types';
import { lettersText } from './helpers';

let en: Translate;
let cy: Translate;
beforeAll(async () => {
  en = await lettersText('en');
  cy = await lettersText('cy');
});

const sam: Answers = {
  nation: 'england',
  'child-name': 'Sam',
  barriers: ['send', 'anxiety'],
  'send-needs': ['autism'],
  'send-diagnosis': 'waiting',
  missed: 'most-days',
  'anxiety-signs': ['sleep'],
  'child-hard': '"The noise in the corridors."',
  'child-helps': '“A quiet room.”',
};
const details: ChildDetails = { fullName: 'Sam Jones', dateOfBirth: '2013-03-03', school: 'Hill School', yearGroup: 'Year 8', parentName: 'Ann Jones' };
const senco: ContactRecord = { id: 'k1', role: 'senco', name: 'Ms Patel', organisation: 'Hill School', createdAt: '', updatedAt: '' };
const draft = (id: string, answers: Answers, contacts: ContactRecord[] = [], extra: { details?: ChildDetails; t?: Translate; language?: string } = {}) =>
  draftLetter(findTemplate(id)!, answers, contacts, { t: extra.t ?? en, language: extra.language ?? 'en', details: extra.details, formatDate: (d) => `[${d}]` });

describe('openings and closings', () => {
  it('pairs "Dear Sir or Madam" with "Yours faithfully" and a named person with "Yours sincerely"', () => {
    expect(openingAndClosing(en, '')).toEqual({ greeting: 'Dear Sir or Madam,', signOff: 'Yours faithfully,' });
    expect(openingAndClosing(en, '  Ms Patel ')).toEqual({ greeting: 'Dear Ms Patel,', signOff: 'Yours sincerely,' });
    expect(openingAndClosing(cy, '')).toEqual({ greeting: 'Annwyl Syr neu Fadam,', signOff: 'Yn gywir,' });
    expect(openingAndClosing(cy, 'Ms Patel')).toEqual({ greeting: 'Annwyl Ms Patel,', signOff: 'Yn ddiffuant,' });
  });

  it('drafts each letter with the closing that matches whether the recipient is named', () => {
    const unnamed = draft('ehc-request', sam);
    expect([unnamed.greeting, unnamed.signOff]).toEqual(['Dear Sir or Madam,', 'Yours faithfully,']);
    const named = draft('support-meeting', sam, [senco]);
    expect([named.greeting, named.signOff]).toEqual(['Dear Ms Patel,', 'Yours sincerely,']);
    const team = draft('support-meeting', sam, [{ ...senco, name: '' }]);
    expect([team.greeting, team.signOff]).toEqual(['Dear Sir or Madam,', 'Yours faithfully,']);
  });
});

describe('the child’s own words', () => {
  it('takes off quotation marks typed around the whole of them', () => {
    expect(unquote('"The noise."')).toBe('The noise.');
    expect(unquote('  “A quiet room.” ')).toBe('A quiet room.');
    expect(unquote("'‘Loud bells’'")).toBe('Loud bells');
    expect(unquote('No quotes here')).toBe('No quotes here');
    expect(unquote('"Loud" and "busy"')).toBe('"Loud" and "busy"');
  });

  it('never shows doubled quotes in a letter', () => {
    const all = draft('support-meeting', sam).paragraphs.join('\n');
    expect(all).toContain('what is hard: “The noise in the corridors.”');
    expect(all).toContain('what helps: “A quiet room.”');
    expect(all).not.toMatch(/“["“]|["”]”/);
  });
});

describe('paragraphs that read as a letter', () => {
  it('joins sentences of one group that follow each other, and keeps groups apart', () => {
    expect(
      joinParagraphs([
        { text: 'A.', group: 'x' },
        { text: 'B.', group: 'x' },
        { text: '', group: 'x' },
        { text: 'C.' },
        { text: 'D.', group: 'x' },
        { text: 'E.', group: 'y' },
      ]),
    ).toEqual(['A. B.', 'C.', 'D.', 'E.']);
  });

  it('has no run of one-sentence paragraphs about the child', () => {
    const d = draft('ehc-request', sam, [], { details });
    expect(d.paragraphs).toContain(
      'Sam’s needs include autism and anxiety. We are waiting for an assessment or diagnosis. Signs we see include problems with sleep. These needs affect Sam’s attendance and learning. At the moment Sam is missing most days.',
    );
    expect(d.paragraphs[0]).toBe(
      'I am writing to ask the council to carry out an education, health and care (EHC) needs assessment for my child Sam. Sam goes to Hill School.',
    );
    expect(d.paragraphs.length).toBeLessThan(10);
  });
});

describe('details asked once, used in letters', () => {
  it('puts the child’s full name, date of birth, year group and school in the EHC request', () => {
    const d = draft('ehc-request', sam, [], { details });
    const all = d.paragraphs.join('\n');
    expect(all).toContain('To help you find Sam’s records: full name Sam Jones; date of birth [2013-03-03]; year group Year 8.');
    expect(all).toContain('Sam goes to Hill School.');
  });

  it('leaves the details sentence out when none were given, and says it in Welsh when the letter is Welsh', () => {
    expect(draft('ehc-request', sam).paragraphs.join('\n')).not.toContain('records');
    const d = draft('aln-decision', { ...sam, nation: 'wales' }, [], { details, t: cy, language: 'cy' });
    expect(d.paragraphs.join('\n')).toContain('I’ch helpu i ddod o hyd i gofnodion Sam: enw llawn Sam Jones; dyddiad geni [2013-03-03]; blwyddyn ysgol Year 8.');
  });

  it('uses the first word of the full name when the questions gave no name', () => {
    const d = draft('ehc-request', { nation: 'england' }, [], { details: { fullName: 'Sam Jones' } });
    expect(d.paragraphs[0]).toContain('for my child Sam.');
  });
});

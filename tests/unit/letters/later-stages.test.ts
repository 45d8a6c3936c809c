import { beforeAll, describe, expect, it } from 'vitest';
import { clockFor, findTemplate } from '../../../src/content/letters';
import { draftLetter, joinList, type Translate } from '../../../src/domain/letters/draft';
import { laterFacts } from '../../../src/domain/letters/later';
import type { LetterRecord } from '../../../src/domain/letters/types';
import type { Answers } from '../../../src/domain/questionnaire/types';
import { NATIONS, type Nation } from '../../../src/domain/nations';
import { lettersText } from './helpers';

let en: Translate;
let cy: Translate;
beforeAll(async () => {
  en = await lettersText('en');
  cy = await lettersText('cy');
});

const LATER = ['draft-comments', 'mediation', 'review-views', 'early-review', 'complaint-late', 'ombudsman', 'records-request'] as const;

const answers = (nation: Nation): Answers => ({
  nation,
  'child-name': 'Sam',
  barriers: ['send', 'anxiety'],
  'send-needs': ['autism'],
  missed: 'most-days',
  'child-hard': 'The noise in the corridors.',
  'child-helps': 'Quiet at lunch.',
});
/** Every fact a later letter can be filled with, so every paragraph that needs one is shown. */
const later = { requestDate: '5 January 2026', decisionDate: '2 March 2026', draftDate: '20 April 2026', lateDates: 'deciding whether to assess Sam (due by 16 February 2026)' };

const write = (id: string, nation: Nation, lang: 'en' | 'cy' = 'en') => {
  const d = draftLetter(findTemplate(id)!, answers(nation), [], { t: lang === 'en' ? en : cy, language: lang, councilName: 'Hill Council', later });
  return [d.recipient, d.subject, ...d.paragraphs].join('\n');
};

/** Words that belong to one nation's law and routes only. */
const OWN: Record<Nation, RegExp> = {
  england: /EHC|SEND Regulations|First-tier Tribunal \(SEND\)|section [BFI]\b|Local Government and Social Care Ombudsman|educational record|mediation adviser/,
  wales: /IDP|individual development plan|Education Tribunal for Wales|SNAP Cymru|Ombudsman for Wales|Code for Wales|reconsider/,
  scotland: /CSP|coordinated support plan|Enquire|adjudication|Health and Education Chamber|SPSO|stage 1/,
  'northern-ireland': /Education Authority|proposed statement|DARS|SENDIST|NIPSO|Part [234]\b|Northern Ireland/,
};

describe('the letters for later stages, nation by nation', () => {
  for (const id of LATER) {
    for (const nation of NATIONS) {
      it(`${id} in ${nation} says nothing of another nation’s law, and has no gaps or raw keys`, () => {
        expect(findTemplate(id)?.nations).toContain(nation);
        const text = write(id, nation);
        for (const other of NATIONS.filter((n) => n !== nation)) expect(text, `${other} in ${nation}`).not.toMatch(OWN[other]);
        expect(text).not.toMatch(/\{\{|\}\}|templates\.|fill\.|_self/);
        const welsh = write(id, nation, 'cy');
        expect(welsh).not.toMatch(/\{\{|\}\}|templates\.|fill\.|_self/);
        expect(welsh).not.toBe(text);
      });
    }
  }

  it('England: the mediation letter asks for the certificate within 3 working days, with the 2-month and 1-month appeal times and the decision date', () => {
    const text = write('mediation', 'england');
    expect(text).toContain('The mediation adviser named in the council’s decision letter');
    expect(text).toContain('The decision letter is dated 2 March 2026.');
    expect(text).toMatch(/mediation certificate\. I understand it should come within 3 working days/);
    expect(text).toMatch(/within 2 months of the date on the decision letter, or 1 month from the certificate, whichever is later/);
    expect(text).toMatch(/within 30 days/);
  });

  it('Wales: asks the council to reconsider a school’s decision and to help resolve it, pointing to SNAP Cymru for the Tribunal’s time limit', () => {
    const text = write('mediation', 'wales');
    expect(text).toMatch(/ask the council to reconsider it/);
    expect(text).toMatch(/independent advocacy/);
    expect(text).toMatch(/Education Tribunal for Wales\. I am checking the time limit with SNAP Cymru/);
    expect(text).not.toMatch(/certificate/);
  });

  it('Scotland: asks for free mediation and names independent adjudication, with Enquire for time limits', () => {
    const text = write('mediation', 'scotland');
    expect(text).toMatch(/free mediation/);
    expect(text).toMatch(/independent adjudication/);
    expect(text).toMatch(/Enquire/);
    expect(text).not.toMatch(/certificate/);
  });

  it('Northern Ireland: goes to DARS, says there is no mediation certificate and that the 2 months for SENDIST keep running', () => {
    const text = write('mediation', 'northern-ireland');
    expect(text).toMatch(/^Dispute Avoidance and Resolution Service \(DARS\)\nEducation Authority/);
    expect(text).toMatch(/There is no mediation certificate in Northern Ireland/);
    expect(text).toMatch(/does not stop the time to appeal to SENDIST\. That is 2 months/);
  });

  it('comments on a draft plan: England names sections B, F and I, a meeting and the 15 days; Northern Ireland Parts 2–4 and a further 15 days', () => {
    const england = write('draft-comments', 'england');
    expect(england).toMatch(/section B/);
    expect(england).toMatch(/section F\): each need should have support that says who will give it, what it is, how often and for how long/);
    expect(england).toMatch(/section I/);
    expect(england).toMatch(/at least 15 days/);
    expect(england).toMatch(/The covering letter is dated 20 April 2026/);
    expect(england).toMatch(/I would like a meeting/);
    const ni = write('draft-comments', 'northern-ireland');
    expect(ni).toMatch(/Part 2.*\n.*Part 3.*\n.*Part 4/);
    expect(ni).toMatch(/a further 15 days after the meeting/);
    expect(write('draft-comments', 'wales')).not.toMatch(/15 days|The covering letter/);
    expect(write('draft-comments', 'scotland')).not.toMatch(/15 days|The covering letter/);
  });

  it('views for a review: the family’s views and a section for the child’s own words, quoted as they gave them', () => {
    const text = write('review-views', 'england');
    expect(text).toMatch(/What has gone well this year/);
    expect(text).toMatch(/Sam’s own views, in their own words: “The noise in the corridors\.” “Quiet at lunch\.”/);
    expect(text).toMatch(/within 4 weeks of the meeting/);
    const none = draftLetter(findTemplate('review-views')!, { nation: 'wales', 'child-name': 'Sam' }, [], { t: en, language: 'en' });
    expect(none.paragraphs.join('\n')).toMatch(/\[Write Sam’s words here/);
    expect(none.paragraphs.join('\n')).not.toMatch(/4 weeks/);
  });

  it('an early review: in Wales the IDP must be reviewed when a parent asks; elsewhere no such rule is claimed', () => {
    expect(write('early-review', 'wales')).toMatch(/must be reviewed when a parent asks, unless a review is not needed/);
    for (const nation of ['england', 'scotland', 'northern-ireland'] as const) expect(write('early-review', nation)).not.toMatch(/must be reviewed/);
  });

  it('a date has passed: the complaint names the dates, the nation’s rules and its own ombudsman as the next step', () => {
    expect(write('complaint-late', 'england')).toMatch(/I sent my request on 5 January 2026\. These dates have now passed: deciding whether to assess Sam/);
    expect(write('complaint-late', 'england')).toMatch(/SEND Regulations 2014[\s\S]*Local Government and Social Care Ombudsman/);
    expect(write('complaint-late', 'wales')).toMatch(/Public Services Ombudsman for Wales/);
    expect(write('complaint-late', 'scotland')).toMatch(/stage 1 within 5 working days, and at stage 2 within 20 working days[\s\S]*SPSO/);
    expect(write('complaint-late', 'northern-ireland')).toMatch(/^Complaints\nEducation Authority[\s\S]*NIPSO/);
  });

  it('the ombudsman letter goes to the nation’s own ombudsman with its own time limit', () => {
    expect(write('ombudsman', 'england')).toMatch(/^Local Government and Social Care Ombudsman[\s\S]*should normally be made within 12 months/);
    expect(write('ombudsman', 'wales')).toMatch(/^Public Services Ombudsman for Wales[\s\S]*within one year of first knowing/);
    expect(write('ombudsman', 'scotland')).toMatch(/^Scottish Public Services Ombudsman \(SPSO\)[\s\S]*within 12 months of first knowing/);
    expect(write('ombudsman', 'northern-ireland')).toMatch(/^Northern Ireland Public Services Ombudsman \(NIPSO\)[\s\S]*within 6 months of the final reply/);
  });

  it('the records letter asks for the whole record under data protection law everywhere, and the educational record in 15 school days only in England', () => {
    expect(write('records-request', 'england')).toMatch(/educational record\. I understand a maintained school must give it within 15 school days/);
    for (const nation of NATIONS) expect(write('records-request', nation)).toMatch(/subject access request .*UK GDPR.*within one month/);
    for (const nation of ['wales', 'scotland', 'northern-ireland'] as const) expect(write('records-request', nation)).not.toMatch(/15 school days/);
  });
});

describe('dates from the family’s earlier letters', () => {
  const letter = (over: Partial<LetterRecord>): LetterRecord => ({
    id: 'l1', childId: 'c1', templateId: 'ehc-request', createdAt: '', updatedAt: '', nation: 'england', senderName: '', senderAddress: '',
    recipient: '', subject: '', greeting: '', paragraphs: [], signOff: '', ...over,
  });
  const facts = (letters: LetterRecord[], today = '2026-06-01') =>
    laterFacts(letters, {
      t: (key, values) => en(key, values),
      formatDate: (iso) => iso,
      join: (items) => joinList(items, 'en'),
      today,
      childId: 'c1',
      name: 'Sam',
      clockOf: (l) => clockFor(l.templateId, { nation: l.nation }),
    });

  it('gives the day the request was sent, the dates on a decision and a draft, and the council’s dates that have passed', () => {
    const got = facts([letter({ sentOn: '2026-01-05', draftOn: '2026-04-20' }), letter({ id: 'l2', templateId: 'bullying', decisionOn: '2026-03-02' })]);
    expect(got.requestDate).toBe('2026-01-05');
    expect(got.decisionDate).toBe('2026-03-02');
    expect(got.draftDate).toBe('2026-04-20');
    // 6 weeks (decide whether to assess) has passed on 1 June; 20 weeks (the final plan, 25 May) too.
    expect(got.lateDates).toBe('deciding whether to assess Sam (due by 2026-02-16) and issuing the final plan (due by 2026-05-25)');
  });

  it('once a decision is recorded, names only the dates that passed before it came: a refusal means no plan is due', () => {
    // Decided late (2 March, after the 16 February date), then nothing more is due.
    expect(facts([letter({ sentOn: '2026-01-05', decisionOn: '2026-03-02' })]).lateDates).toBe('deciding whether to assess Sam (due by 2026-02-16)');
    // Decided in time: no date was missed.
    expect(facts([letter({ sentOn: '2026-01-05', decisionOn: '2026-02-10' })]).lateDates).toBeUndefined();
  });

  it('names no date that is still to come, nor the family’s own last days, nor another child’s letters', () => {
    expect(facts([letter({ sentOn: '2026-01-05' })], '2026-02-16').lateDates).toBeUndefined();
    expect(facts([letter({ childId: 'c2', sentOn: '2025-01-05', decisionOn: '2025-03-01' })])).toEqual({});
    const ni = facts([letter({ templateId: 'ni-statutory-assessment', nation: 'northern-ireland', sentOn: '2026-01-05', draftOn: '2026-02-01' })], '2026-08-01');
    expect(ni.lateDates).toMatch(/deciding whether to assess Sam .* and finishing the statutory assessment/);
    expect(ni.lateDates).not.toMatch(/comment/);
  });

  it('ignores letters not yet sent and letters that start no clock', () => {
    expect(facts([letter({}), letter({ id: 'l2', templateId: 'bullying', sentOn: '2026-01-05' })])).toEqual({});
  });
});

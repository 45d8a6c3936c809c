import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import en from '../../../locales/en/letters.json';
import cy from '../../../locales/cy/letters.json';
import { EN_DATES, CY_DATES } from '../../support/dates';
import { joinList, draftLetter } from '../../../src/domain/letters/draft';
import { findTemplate } from '../../../src/content/letters';
import { contentT } from '../../../src/ui/i18n/contentText';
import { recordFacts, type RecordSentenceOptions } from '../../../src/domain/records/letter';
import { contact, day, twoWeeks } from './helpers';

const i18n = i18next.createInstance();
await i18n.init({ lng: 'en', resources: { en: { letters: en }, cy: { letters: cy } }, defaultNS: 'letters', interpolation: { escapeValue: false } });

const options = (language = 'en'): RecordSentenceOptions => {
  const t = contentT(i18n.getFixedT(language, 'letters'));
  return {
    t: (key, values) => t(key, values ?? {}),
    dates: language === 'cy' ? CY_DATES : EN_DATES,
    today: '2026-03-20',
    name: 'Sam',
    join: (items) => joinList(items, language),
    reason: (id) => ({ anxiety: 'Worry or anxiety about school', 'physical-health': 'Physical health' })[id] ?? id,
  };
};

const diary = () => [
  ...twoWeeks(['not-in', 'in', 'part', 'in', 'in', 'not-in', 'in', 'in', 'in', 'late'], { reason: 'anxiety' }),
  day('2026-03-16', 'not-in', { reason: 'physical-health', schoolCode: 'O' }),
];

describe('letter sentences from the diary', () => {
  it('says since when, how many days were missed, the share attended, the hardest day and the reasons', () => {
    const facts = recordFacts(diary(), [], options());
    expect(facts.recordAttendance).toBe(
      'Since 2 March 2026, Sam has missed 3 of the 11 school days I have recorded in my diary, and was in school for 68% of them. ' +
        'Days they could manage only part of the day: 1. Days they got in late: 1. The hardest day is usually Monday. ' +
        'The reasons I noted most were worry or anxiety about school and physical health.',
    );
  });

  it('lists the days the register shows illness as unauthorised, and asks the school to check', () => {
    const facts = recordFacts(diary(), [], options());
    expect(facts.recordMismatch).toBe(
      'Days I told the school Sam was ill, but the register shows an unauthorised absence: 16 March 2026. Please check these days and tell me what code was used and why.',
    );
  });

  it('says nothing when the diary is empty or only holds days after today, so the paragraph is left out', () => {
    expect(recordFacts([day('2026-04-01', 'not-in')], [], options())).toEqual({ recordAttendance: '', recordMismatch: '', recordContacts: '' });
  });

  it('writes the sentences in Welsh, with Welsh month and day names', () => {
    const facts = recordFacts(diary(), [], options('cy'));
    expect(facts.recordAttendance).toContain('Ers 2 Mawrth 2026, mae Sam wedi colli 3 o’r 11 diwrnod ysgol');
    expect(facts.recordAttendance).toContain('Y diwrnod anoddaf fel arfer yw Dydd Llun.');
  });
});

describe('letter sentences from the contact log', () => {
  it('quotes the key contacts: when, who, how, what was said and agreed, and when a reply is due', () => {
    const log = [
      contact('2026-03-05', { how: 'call', who: 'Mr Jones', said: 'asked for a meeting' }),
      contact('2026-03-10', { how: 'email', who: 'Ms Patel', said: 'I asked in writing for an assessment', agreed: 'She will ask the SENCo', followUpOn: '2026-03-17', key: true }),
    ];
    expect(recordFacts([], log, options()).recordContacts).toBe(
      'I have kept a log of 2 contacts with the school and others. The most important are these. ' +
        'On 10 March 2026 I emailed Ms Patel. What I said or asked: I asked in writing for an assessment. What was agreed: She will ask the SENCo. I was due to hear back by 17 March 2026.',
    );
  });

  it('keeps words with markup or right-to-left characters as text', () => {
    const log = [contact('2026-03-10', { who: '<b>Ms Patel</b>', said: 'شكرا <script>x</script>' })];
    const text = recordFacts([], log, options()).recordContacts!;
    expect(text).toContain('<b>Ms Patel</b>');
    expect(text).toContain('شكرا <script>x</script>.');
  });
});

describe('letters that quote the record', () => {
  const draft = (id: string, record: ReturnType<typeof recordFacts>) => {
    const t = contentT(i18n.getFixedT('en', 'letters'));
    return draftLetter(findTemplate(id)!, { nation: 'england', 'child-name': 'Sam', barriers: ['send'] }, [], {
      t: (key, values) => t(key, values ?? {}),
      language: 'en',
      record,
    }).paragraphs.join('\n');
  };

  it('the attendance-record letter, the illness-absence letter and the EHC request carry the diary and the log', () => {
    const record = recordFacts(diary(), [contact('2026-03-10', { who: 'Ms Patel', said: 'asked for an assessment' })], options());
    expect(draft('attendance-record', record)).toContain('From my attendance diary: Since 2 March 2026, Sam has missed 3');
    expect(draft('attendance-record', record)).toContain('the register shows an unauthorised absence: 16 March 2026');
    expect(draft('illness-absence', record)).toContain('From my attendance diary:');
    expect(draft('illness-absence', record)).toContain('What has happened so far: On 10 March 2026 I emailed Ms Patel.');
    expect(draft('ehc-request', record)).toContain('From my attendance diary: Since 2 March 2026');
    expect(draft('ehc-request', record)).toContain('What has happened so far: On 10 March 2026 I emailed Ms Patel.');
  });

  it('leaves the record paragraphs out when there is no record', () => {
    expect(draft('ehc-request', {})).not.toContain('attendance diary');
    expect(draft('attendance-record', {})).not.toContain('attendance diary');
  });
});

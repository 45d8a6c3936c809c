import type { UrgentRule } from '../domain/questionnaire/urgent';
import type { KnownCondition } from './questions';

/**
 * Urgent help shown at once when an answer shows immediate risk (URGENT_CONDITION in questions.ts).
 * Only well-established national services, and only numbers checked against a published page: the
 * service's own, its parent charity's, an NHS body's or a government's, or a news page quoting one.
 * Each nation's own crisis lines are shown only there: NHS 111 mental health option (England), 111
 * press 2 and Samaritans' Welsh-language line (Wales), NHS 24 on 111 and Breathing Space
 * (Scotland), Lifeline (Northern Ireland). Text lives in locales/en/questionnaire.json under
 * `urgent.services.<id>`. `source` is for reviewers; it is not shown or fetched.
 *
 * A line that is not open round the clock says so: `hours` shows its opening hours as published
 * (`urgent.services.<id>.hours`), so a family in the night is never sent to a closed line without
 * knowing. Other hours are not stated (some services' hours have changed over time). In each nation
 * a line open at any time comes before one with set hours (NHS 24 on 111 before Breathing Space).
 */
export interface UrgentService extends UrgentRule {
  id: string;
  /** Shown when this holds (always when absent). */
  when?: KnownCondition;
  /** Number to call (shown as written, dialled without spaces). */
  phone?: string;
  /** Text-message service: the number and the word to send. */
  sms?: { number: string; keyword: string };
  /** Not open round the clock: its opening hours, read on `source`, are shown with it. */
  hours?: true;
  source: { title: string; publisher: string; url: string; checked: string };
}

// "Someone is not safe" on the short way in may mean either, so it shows both sets of services.
const SAFETY: KnownCondition = { q: 'urgent', is: 'safety' };
const RISK_TO_LIFE: KnownCondition = { any: [SAFETY, { q: 'mental-health', anyOf: ['self-harm', 'suicidal-thoughts'] }] };
const HARM: KnownCondition = { any: [SAFETY, { q: 'family', is: 'someone-hurting-them' }] };

export const URGENT_SERVICES: UrgentService[] = [
  {
    id: 'emergency',
    phone: '999',
    source: {
      title: 'Report abuse (If you think a child is in immediate danger, call the police on 999)',
      publisher: 'NSPCC',
      url: 'https://www.nspcc.org.uk/what-you-can-do/report-abuse/',
      checked: '2026-11-22',
    },
  },
  {
    id: 'nhs-111',
    phone: '111',
    nations: ['england'],
    when: RISK_TO_LIFE,
    source: {
      title: 'NHS 111 available for mental health across north London (national NHS 111 mental health option)',
      publisher: 'North London NHS Foundation Trust',
      url: 'https://northlondonmentalhealth.nhs.uk/news/nhs-111-available-for-mental-health-across-north-london-5150',
      checked: '2026-11-22',
    },
  },
  {
    id: 'nhs-111-wales',
    phone: '111',
    nations: ['wales'],
    when: RISK_TO_LIFE,
    source: {
      title: 'More than 200,000 calls to urgent mental health service (111 press 2)',
      publisher: 'Welsh Government (via Wired-Gov)',
      url: 'https://www.wired-gov.net/wg/news.nsf/articles/more+than+200000+calls+to+urgent+mental+health+service+10102025161000?open',
      checked: '2026-12-01',
    },
  },
  {
    id: 'nhs-24',
    phone: '111',
    nations: ['scotland'],
    when: RISK_TO_LIFE,
    source: {
      title: 'Agencies unite to enhance mental health support (the NHS 24 Mental Health Hub on 111)',
      publisher: 'NEN (North Edinburgh News), reporting NHS 24',
      url: 'https://nen.press/tag/mental-health-hub',
      checked: '2026-12-01',
    },
  },
  {
    id: 'lifeline',
    phone: '0808 808 8000',
    nations: ['northern-ireland'],
    when: RISK_TO_LIFE,
    source: {
      title: 'Public Health Agency urges those in distress to use Lifeline',
      publisher: 'Public Health Agency (Northern Ireland), via HealthCanal',
      url: 'https://www.healthcanal.com/public-health-safety/20568-public-health-agency-urges-those-in-distress-to-use-lifeline.html',
      checked: '2026-12-01',
    },
  },
  {
    id: 'childline',
    phone: '0800 1111',
    source: {
      title: 'ChildLine services: media briefing',
      publisher: 'NSPCC',
      url: 'http://www.nspcc.org.uk/news-and-views/media-centre/media-briefings/services-briefings/childline-services/childline-services-briefing_wda73888.html',
      checked: '2026-11-22',
    },
  },
  {
    id: 'samaritans',
    phone: '116 123',
    when: RISK_TO_LIFE,
    source: {
      title: 'Contact a Samaritan',
      publisher: 'Samaritans',
      url: 'https://www.samaritans.org/how-we-can-help/contact-samaritan/',
      checked: '2026-11-22',
    },
  },
  {
    id: 'samaritans-welsh',
    phone: '0808 164 0123',
    nations: ['wales'],
    when: RISK_TO_LIFE,
    source: {
      title: 'Talk to Us #WeListen (Samaritans Cymru: talk to Samaritans in Welsh on 0808 164 0123)',
      publisher: 'Nation Radio Wales, quoting Samaritans Cymru',
      url: 'https://campaign.nationradio.wales/?utm_source=rss&utm_medium=rss&utm_campaign=samaritans-talk-to-us',
      checked: '2026-12-01',
    },
  },
  {
    id: 'breathing-space',
    phone: '0800 83 85 87',
    nations: ['scotland'],
    when: RISK_TO_LIFE,
    hours: true,
    source: {
      title: 'Breathing Space: need help now? Call free on 0800 83 85 87 (opening hours: Monday–Thursday 6pm to 2am; Friday 6pm–Monday 6am)',
      publisher: 'Breathing Space (NHS 24)',
      url: 'https://www.breathingspace.scot/news/2022/springfield-unveils-breathing-space-bench-in-blairgowrie/',
      checked: '2026-12-07',
    },
  },
  {
    id: 'papyrus',
    phone: '0800 068 4141',
    when: RISK_TO_LIFE,
    source: {
      title: 'HOPELINEUK FAQs',
      publisher: 'PAPYRUS Prevention of Young Suicide',
      url: 'https://www.papyrus-uk.org/hopelineuk-faqs/',
      checked: '2026-11-22',
    },
  },
  {
    id: 'shout',
    sms: { number: '85258', keyword: 'SHOUT' },
    when: RISK_TO_LIFE,
    source: {
      title: 'FAQ',
      publisher: 'Shout 85258 (Mental Health Innovations)',
      url: 'https://giveusashout.org/about-us/faq/',
      checked: '2026-11-22',
    },
  },
  {
    id: 'nspcc',
    phone: '0808 800 5000',
    when: HARM,
    source: {
      title: 'Report abuse',
      publisher: 'NSPCC',
      url: 'https://www.nspcc.org.uk/what-you-can-do/report-abuse/',
      checked: '2026-11-22',
    },
  },
];

/** Digits to dial for a phone number as written. */
export function dialable(phone: string): string {
  return phone.replace(/\s+/g, '');
}

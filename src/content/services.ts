import { NATIONS, type Nation } from '../domain/nations';

/**
 * National services a family can turn to, by nation. Names, what each does and search phrases are
 * text in locales/<lang>/services.json under `national.<id>.*`.
 *
 * THE RULE: a phone number, email address or web address appears here only as a `ContactDetail`
 * with the source where someone saw it (the organisation's own page, or FACTS.md), and the date it
 * was checked. tests/unit/services/contact-details.test.ts fails if any detail lacks a source, and
 * if any locale text for this feature contains a phone number, email or web address that is not one
 * of these sourced details. Where nothing was checked, the app tells the family what to search for.
 */

import type { ContactDetail, ServiceSource } from '../domain/councils/sources';
export type { ContactDetail, ServiceSource } from '../domain/councils/sources';

export interface NationalService {
  /** Text keys: national.<id>.name, .what, .when, .search */
  id: string;
  nations: Nation[];
  contacts: ContactDetail[];
  /** Where the description of the service comes from. */
  sources: ServiceSource[];
  reviewed: string;
}

const CHECKED = '2026-11-22';
const FACTS_MD: ServiceSource = {
  title: 'Facts checked by the Barriers Navigator team (FACTS.md)',
  publisher: 'Barriers Navigator',
  url: '/work/shared/FACTS.md',
  checked: CHECKED,
};

const ipseaPage: ServiceSource = {
  title: 'Helplines terms and conditions',
  publisher: 'IPSEA (Independent Provider of Special Education Advice)',
  url: 'https://www.ipsea.org.uk/helplines-terms-and-conditions',
  checked: CHECKED,
};
const contactPage: ServiceSource = {
  title: 'Contact’s BBC Radio 4 Appeal: transcript',
  publisher: 'Contact',
  url: 'https://contact.org.uk/support-us/radio-4-appeal/contacts-bbc-radio-4-appeal-transcript-of-jane-garveys-recording/',
  checked: CHECKED,
};
const snapPage: ServiceSource = {
  title: 'How we support families',
  publisher: 'SNAP Cymru',
  url: 'http://www.snapcymru.org/help-for-families/',
  checked: CHECKED,
};
const enquireRights: ServiceSource = {
  title: 'Understanding parents’ and carers’ rights',
  publisher: 'Enquire',
  url: 'https://enquire.org.uk/professionals/understanding-additional-support-learning-framework-parents-carers-rights/',
  checked: CHECKED,
};
const enquireHelplinePage: ServiceSource = {
  title: 'Hearing and sharing views (page footer shows the helpline)',
  publisher: 'Enquire',
  url: 'http://enquire.org.uk/blog/hearing-and-sharing-views',
  checked: CHECKED,
};
const eaPage: ServiceSource = {
  title: 'Provisional criteria for statutory assessments and statements',
  publisher: 'Education Authority (Northern Ireland)',
  url: 'https://www.eani.org.uk/parents/special-educational-needs-sen/useful-publications/provisional-criteria-for-statutory',
  checked: CHECKED,
};
const nidirectPage: ServiceSource = {
  title: 'Special educational needs: assessments',
  publisher: 'nidirect',
  url: 'https://www.nidirect.gov.uk/articles/special-educational-needs-assessments',
  checked: CHECKED,
};
const notFinePage: ServiceSource = {
  title: 'Frequently asked questions',
  publisher: 'Not Fine in School',
  url: 'https://notfineinschool.co.uk/faq',
  checked: CHECKED,
};
const squarePegPage: ServiceSource = {
  title: 'Consequences for families',
  publisher: 'Square Peg',
  url: 'https://www.teamsquarepeg.org/consequences',
  checked: CHECKED,
};
const sendiassStandards: ServiceSource = {
  title: 'Minimum standards for SEND Information, Advice and Support Services',
  publisher: 'Council for Disabled Children',
  url: 'https://councilfordisabledchildren.org.uk/what-we-do-0/networks/information-advice-and-support-programme/research-policy-and-practice/minimum',
  checked: CHECKED,
};

const ALL: Nation[] = [...NATIONS];

export const NATIONAL_SERVICES: NationalService[] = [
  {
    id: 'ipsea',
    nations: ['england'],
    contacts: [{ kind: 'website', value: 'ipsea.org.uk', source: ipseaPage }],
    sources: [ipseaPage, FACTS_MD],
    reviewed: CHECKED,
  },
  {
    id: 'sendiass-network',
    nations: ['england'],
    contacts: [],
    sources: [sendiassStandards, FACTS_MD],
    reviewed: CHECKED,
  },
  {
    id: 'snap-cymru',
    nations: ['wales'],
    contacts: [{ kind: 'website', value: 'snapcymru.org', source: snapPage }],
    sources: [snapPage, FACTS_MD],
    reviewed: CHECKED,
  },
  {
    id: 'enquire',
    nations: ['scotland'],
    contacts: [
      { kind: 'website', value: 'enquire.org.uk', source: enquireRights },
      { kind: 'phone', value: '0345 123 2303', source: enquireHelplinePage },
    ],
    sources: [enquireRights, FACTS_MD],
    reviewed: CHECKED,
  },
  {
    id: 'education-authority-ni',
    nations: ['northern-ireland'],
    contacts: [{ kind: 'website', value: 'eani.org.uk', source: eaPage }],
    sources: [eaPage, nidirectPage, FACTS_MD],
    reviewed: CHECKED,
  },
  {
    id: 'contact',
    nations: ALL,
    contacts: [{ kind: 'website', value: 'contact.org.uk', source: contactPage }],
    sources: [contactPage],
    reviewed: CHECKED,
  },
  {
    id: 'define-fine',
    nations: ALL,
    contacts: [
      { kind: 'website', value: 'definefine.org.uk', source: FACTS_MD },
      { kind: 'email', value: 'team@definefine.org.uk', source: FACTS_MD },
    ],
    sources: [FACTS_MD],
    reviewed: CHECKED,
  },
  {
    id: 'not-fine-in-school',
    nations: ALL,
    contacts: [{ kind: 'website', value: 'notfineinschool.co.uk', source: notFinePage }],
    sources: [notFinePage],
    reviewed: CHECKED,
  },
  {
    id: 'square-peg',
    nations: ['england'],
    contacts: [{ kind: 'website', value: 'teamsquarepeg.org', source: squarePegPage }],
    sources: [squarePegPage],
    reviewed: CHECKED,
  },
];

/** The services for one nation: the nation's own advice service first, then UK-wide groups. */
export function nationalServicesFor(nation: Nation): NationalService[] {
  return NATIONAL_SERVICES.filter((s) => s.nations.includes(nation));
}

/**
 * What the council page says about each nation: which local information to look for and which
 * advice service helps. Text keys: council.<nation>.* in services.json.
 */
export const COUNCIL_GUIDANCE_SOURCES: Record<Nation, ServiceSource[]> = {
  england: [FACTS_MD, sendiassStandards],
  wales: [FACTS_MD, snapPage],
  scotland: [FACTS_MD, enquireRights],
  'northern-ireland': [FACTS_MD, nidirectPage, eaPage],
};

export const SERVICES_REVIEWED = CHECKED;

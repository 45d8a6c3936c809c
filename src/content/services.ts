import { NATIONS, type Nation } from '../domain/nations';

/**
 * National services a family can turn to, by nation. Names, what each does and search phrases are
 * text in locales/<lang>/services.json under `national.<id>.*`.
 *
 * THE RULE: a phone number, email address or web address appears here only as a `ContactDetail`
 * with the source where someone saw it (the organisation's own page, or a government page about
 * it), and the date it was checked. tests/unit/services/contact-details.test.ts fails if any detail lacks a source, and
 * if any locale text for this feature contains a phone number, email or web address that is not one
 * of these sourced details. Where nothing was checked, the app tells the family what to search for.
 */

import { normaliseDetail, type ContactDetail, type ServiceSource } from '../domain/councils/sources';
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
/** Pages read again, or for the first time, for the four-nations review. */
const RECHECKED = '2026-12-01';
const defineFinePage: ServiceSource = {
  title: 'Define Fine: Parent Peer Support for School Attendance Difficulties (and its leaflet “Barriers to School Attendance”)',
  publisher: 'Define Fine',
  url: 'https://definefine.org.uk/',
  checked: RECHECKED,
};
const sendCodePage: ServiceSource = {
  title: 'SEND code of practice: 0 to 25 years',
  publisher: 'Department for Education (GOV.UK)',
  url: 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25',
  checked: RECHECKED,
};
const snapLaPage: ServiceSource = {
  title: 'How the Local Authority (LA) should help',
  publisher: 'SNAP Cymru',
  url: 'https://www.snapcymru.org/get-support/la-help/',
  checked: RECHECKED,
};
const alnetPage: ServiceSource = {
  title: 'Additional Learning Needs and Education Tribunal (Wales) Act 2018',
  publisher: 'legislation.gov.uk',
  url: 'https://www.legislation.gov.uk/anaw/2018/2/contents',
  checked: RECHECKED,
};
const chamberPage: ServiceSource = {
  title: 'Help and advice before a hearing (Enquire, Let’s Talk ASN, free mediation)',
  publisher: 'First-tier Tribunal for Scotland, Health and Education Chamber',
  url: 'https://healthandeducationchamber.scot/node/69',
  checked: RECHECKED,
};
const myRightsPage: ServiceSource = {
  title: 'Solving problems',
  publisher: 'My Rights, My Say',
  url: 'https://myrightsmysay.scot/solving-problems/',
  checked: RECHECKED,
};
const respectmePage: ServiceSource = {
  title: 'News (respectme, Scotland’s Anti-Bullying Service)',
  publisher: 'respectme',
  url: 'https://respectme.org.uk/news/',
  checked: RECHECKED,
};
const aslPage: ServiceSource = {
  title: 'Education (Additional Support for Learning) (Scotland) Act 2004',
  publisher: 'legislation.gov.uk',
  url: 'https://www.legislation.gov.uk/asp/2004/4/contents',
  checked: RECHECKED,
};
const darsPage: ServiceSource = {
  title: 'Dispute Avoidance and Resolution Service (DARS)',
  publisher: 'Education Authority (Northern Ireland)',
  url: 'https://www.eani.org.uk/help-available/dispute-avoidance-and-resolution-service-dars',
  checked: RECHECKED,
};
const eaDisagreePage: ServiceSource = {
  title: 'What if you disagree with what the Education Authority says?',
  publisher: 'Education Authority (Northern Ireland)',
  url: 'https://www.eani.org.uk/parents/special-educational-needs-sen/what-if-you-disagree-with-what-the-education-authority-says',
  checked: RECHECKED,
};
const clcPage: ServiceSource = {
  title: 'News',
  publisher: 'Children’s Law Centre',
  url: 'https://childrenslawcentre.org.uk/category/news/page/3',
  checked: RECHECKED,
};
const senacPage: ServiceSource = {
  title: 'How to request a Statutory Assessment of my child’s needs in school?',
  publisher: 'SENAC',
  url: 'https://senac.co.uk/advice/how-to-request-a-statutory-assessment-of-my-childs-needs-in-school/',
  checked: RECHECKED,
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
  url: 'https://www.snapcymru.org/help-for-families/',
  checked: RECHECKED,
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
  url: 'https://enquire.org.uk/blog/hearing-and-sharing-views',
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
    sources: [ipseaPage],
    reviewed: CHECKED,
  },
  {
    id: 'sendiass-network',
    nations: ['england'],
    contacts: [],
    sources: [sendiassStandards, sendCodePage],
    reviewed: CHECKED,
  },
  {
    id: 'snap-cymru',
    nations: ['wales'],
    contacts: [{ kind: 'website', value: 'snapcymru.org', source: snapPage }],
    sources: [snapPage, snapLaPage],
    reviewed: CHECKED,
  },
  {
    id: 'enquire',
    nations: ['scotland'],
    contacts: [
      { kind: 'website', value: 'enquire.org.uk', source: enquireRights },
      { kind: 'phone', value: '0345 123 2303', source: enquireHelplinePage },
    ],
    sources: [enquireRights, chamberPage],
    reviewed: CHECKED,
  },
  {
    id: 'lets-talk-asn',
    nations: ['scotland'],
    contacts: [],
    sources: [chamberPage],
    reviewed: RECHECKED,
  },
  {
    id: 'my-rights-my-say',
    nations: ['scotland'],
    contacts: [{ kind: 'website', value: 'myrightsmysay.scot', source: myRightsPage }],
    sources: [myRightsPage],
    reviewed: RECHECKED,
  },
  {
    id: 'respectme',
    nations: ['scotland'],
    contacts: [{ kind: 'website', value: 'respectme.org.uk', source: respectmePage }],
    sources: [respectmePage],
    reviewed: RECHECKED,
  },
  {
    id: 'dars-ni',
    nations: ['northern-ireland'],
    contacts: [{ kind: 'phone', value: '028 9072 6060', source: darsPage }],
    sources: [darsPage, eaDisagreePage],
    reviewed: RECHECKED,
  },
  {
    id: 'childrens-law-centre',
    nations: ['northern-ireland'],
    contacts: [{ kind: 'website', value: 'childrenslawcentre.org.uk', source: clcPage }],
    sources: [clcPage],
    reviewed: RECHECKED,
  },
  {
    id: 'senac',
    nations: ['northern-ireland'],
    contacts: [{ kind: 'website', value: 'senac.co.uk', source: senacPage }],
    sources: [senacPage],
    reviewed: RECHECKED,
  },
  {
    id: 'education-authority-ni',
    nations: ['northern-ireland'],
    contacts: [{ kind: 'website', value: 'eani.org.uk', source: eaPage }],
    sources: [eaPage, nidirectPage],
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
      { kind: 'website', value: 'definefine.org.uk', source: defineFinePage },
      { kind: 'email', value: 'team@definefine.org.uk', source: defineFinePage },
    ],
    sources: [defineFinePage],
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
  england: [sendCodePage, sendiassStandards],
  wales: [alnetPage, snapLaPage, snapPage],
  scotland: [aslPage, chamberPage, enquireRights],
  'northern-ireland': [nidirectPage, eaPage, eaDisagreePage, darsPage],
};

/**
 * The national service the council page's "advice" part is about. When that service has checked
 * contact details they are shown once, in the list of national services on the same page, and the
 * advice part points there instead of asking the family to search (one truth per service).
 */
export const COUNCIL_ADVICE_SERVICE: Record<Nation, string> = {
  england: 'sendiass-network',
  wales: 'snap-cymru',
  scotland: 'enquire',
  'northern-ireland': 'dars-ni',
};

/**
 * National services already shown, with the same checked details, in a council's own directory entry
 * (e.g. DARS on the Education Authority's page): listed once, not twice.
 */
export function servicesShownByDirectory(nation: Nation, values: string[]): string[] {
  const shown = new Set(values.map(normaliseDetail));
  return nationalServicesFor(nation)
    .filter((s) => s.contacts.some((c) => shown.has(normaliseDetail(c.value))))
    .map((s) => s.id);
}

/** Whether the council page's advice service has checked contact details (shown in the national list). */
export function adviceServiceHasDetails(nation: Nation): boolean {
  return (NATIONAL_SERVICES.find((s) => s.id === COUNCIL_ADVICE_SERVICE[nation])?.contacts.length ?? 0) > 0;
}

export const SERVICES_REVIEWED = RECHECKED;

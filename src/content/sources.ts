import { NATIONS, type Nation } from '../domain/nations';

/**
 * Every document the support content, guides and letters rest on. Each is a public page a person can
 * open: an Act or regulation on legislation.gov.uk, a government page (gov.uk, gov.wales, gov.scot,
 * eani.org.uk, nidirect), or a charity's or council's own page. `url` is that address and `checked`
 * the day its text was read against what we say. Titles and publishers are text, so they live in
 * locales/<lang>/support.json under `sources.<id>.title` and `sources.<id>.publisher`.
 */
export const SOURCES_CHECKED = '2026-12-01';
/** The day the later stages in Wales, Scotland and Northern Ireland (complaints, court, appeals) were checked. */
export const LATER_STAGES_CHECKED = '2026-12-07';

export const SOURCE_IDS = [
  // England
  'cfa-2014',
  'send-regs-2014',
  'send-code-2015',
  'equality-act-2010',
  'working-together-attendance',
  'illness-code-i',
  'education-act-1996',
  'health-needs-guidance-2023',
  'cfa-2014-s100',
  'medical-conditions-england',
  'children-act-1989',
  'eia-2006',
  'preventing-bullying',
  'school-complaints-england',
  'informal-exclusion-england',
  'cwsa-2026',
  'white-paper-2026',
  'send-regs-2014-reviews',
  'hesc-rules-2008',
  // Wales
  'alnet-2018',
  'alnet-notes',
  'aln-code-wales',
  'school-complaints-wales',
  'snap-cymru-la',
  'education-act-1996-s19a',
  'penalty-notices-wales',
  'penalty-notices-pembrokeshire',
  'informal-exclusion-wales',
  'snap-cymru-health',
  // Scotland
  'asl-scotland-2004',
  'health-education-chamber',
  'my-rights-my-say',
  'ill-health-scotland',
  'home-education-scotland',
  'included-engaged-involved',
  'respectme',
  'spso',
  'healthcare-needs-scotland',
  // Northern Ireland
  'education-ni-order-1996',
  'ea-statutory-assessment',
  'ea-timeline',
  'ea-disagree',
  'sendo-2005',
  'nidirect-rights',
  'abs-act-ni-2016',
  'eotas-ni',
  'dars-ni',
  'education-ni-order-1998',
  'ea-ews-legal',
  'nipso-act-2016',
  'medication-needs-ni',
  'medical-needs-ea',
  'sen-regs-ni-2005',
  // Everywhere (peer and local advice)
  'define-fine',
  'hf-attendance-strategy',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

export interface Source {
  id: SourceId;
  /** The nations whose law or guidance it is. Peer and local documents apply to all as general advice. */
  nations: Nation[];
  /** Law, statutory guidance, government advice, or advice from a charity or council. */
  kind: 'law' | 'statutory-guidance' | 'guidance' | 'advice';
  /** The public page, read when `checked`. */
  url: string;
  checked: string;
}

const E: Nation[] = ['england'];
const W: Nation[] = ['wales'];
const S: Nation[] = ['scotland'];
const NI: Nation[] = ['northern-ireland'];
const ALL: Nation[] = [...NATIONS];

function src(id: SourceId, nations: Nation[], kind: Source['kind'], url: string, checked = SOURCES_CHECKED): Source {
  return { id, nations, kind, url, checked };
}

/** The day the sources of the case's stages (reviews, the SEN appeal's time limit, NI's SEN regulations) were read. */
const CASE_STAGES_CHECKED = '2026-12-07';

/** Sources read for supporting a child's health at school (each nation's own guidance). */
const HEALTH_AT_SCHOOL_CHECKED = '2026-12-07';

export const SOURCES: Record<SourceId, Source> = {
  'cfa-2014': src('cfa-2014', E, 'law', 'https://www.legislation.gov.uk/ukpga/2014/6/section/36'),
  'send-regs-2014': src('send-regs-2014', E, 'law', 'https://www.legislation.gov.uk/uksi/2014/1530/regulation/13/made'),
  'send-code-2015': src('send-code-2015', E, 'statutory-guidance', 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25'),
  // The Equality Act 2010 covers England, Wales and Scotland (not Northern Ireland).
  'equality-act-2010': src('equality-act-2010', ['england', 'wales', 'scotland'], 'law', 'https://www.legislation.gov.uk/ukpga/2010/15/section/20'),
  'working-together-attendance': src(
    'working-together-attendance',
    E,
    'statutory-guidance',
    'https://www.gov.uk/government/publications/working-together-to-improve-school-attendance',
  ),
  'illness-code-i': src('illness-code-i', E, 'guidance', 'https://schools.essex.gov.uk/essex-schools-infolink/attendance/attendance-coding'),
  'education-act-1996': src('education-act-1996', E, 'law', 'https://www.legislation.gov.uk/ukpga/1996/56/section/19'),
  'health-needs-guidance-2023': src(
    'health-needs-guidance-2023',
    E,
    'statutory-guidance',
    'https://www.gov.uk/government/publications/education-for-children-with-health-needs-who-cannot-attend-school',
  ),
  // A school's duty to support pupils with medical conditions, and the guidance it must have regard to.
  'cfa-2014-s100': src('cfa-2014-s100', E, 'law', 'https://www.legislation.gov.uk/ukpga/2014/6/section/100', HEALTH_AT_SCHOOL_CHECKED),
  'medical-conditions-england': src(
    'medical-conditions-england',
    E,
    'statutory-guidance',
    'https://www.gov.uk/government/publications/supporting-pupils-at-school-with-medical-conditions--3',
    HEALTH_AT_SCHOOL_CHECKED,
  ),
  'children-act-1989': src('children-act-1989', E, 'law', 'https://www.legislation.gov.uk/ukpga/1989/41/section/17'),
  'eia-2006': src('eia-2006', E, 'law', 'https://www.legislation.gov.uk/ukpga/2006/40/section/89'),
  'preventing-bullying': src('preventing-bullying', E, 'guidance', 'https://www.gov.uk/government/publications/preventing-and-tackling-bullying'),
  'school-complaints-england': src(
    'school-complaints-england',
    E,
    'advice',
    'https://childlawadvice.org.uk/information-pages/complaints-to-maintained-schools/',
  ),
  'informal-exclusion-england': src('informal-exclusion-england', E, 'advice', 'https://www.staffs-iass.org/Exclusions/Unofficial-exclusions.aspx'),
  'cwsa-2026': src('cwsa-2026', E, 'law', 'https://www.legislation.gov.uk/ukpga/2026/21/section/38/enacted'),
  'send-regs-2014-reviews': src(
    'send-regs-2014-reviews',
    E,
    'law',
    'https://www.legislation.gov.uk/uksi/2014/1530/part/2/crossheading/reviews-and-reassessments',
    CASE_STAGES_CHECKED,
  ),
  // Rule 20(1)(c): a SEN appeal within 2 months after notice of the decision was sent, or 1 month from a mediation certificate if later.
  'hesc-rules-2008': src('hesc-rules-2008', E, 'law', 'https://www.legislation.gov.uk/uksi/2008/2699/article/20', CASE_STAGES_CHECKED),
  'white-paper-2026': src('white-paper-2026', E, 'advice', 'https://www.kids.org.uk/qteg'),

  'alnet-2018': src('alnet-2018', W, 'law', 'https://www.legislation.gov.uk/anaw/2018/2/contents'),
  'alnet-notes': src('alnet-notes', W, 'law', 'https://www.legislation.gov.uk/anaw/2018/2/notes/division/3/2/1/2'),
  // The ALN Code for Wales 2021 is made under s4 of the Act, which requires the Code to set the time
  // limits for a decision and an IDP; the Code makes them requirements ("must").
  'aln-code-wales': src('aln-code-wales', W, 'statutory-guidance', 'https://www.legislation.gov.uk/anaw/2018/2/section/4', LATER_STAGES_CHECKED),
  'school-complaints-wales': src(
    'school-complaints-wales',
    W,
    'statutory-guidance',
    'https://gov.wales/school-complaints-procedures-guidance-html',
    LATER_STAGES_CHECKED,
  ),
  'snap-cymru-la': src('snap-cymru-la', W, 'advice', 'https://www.snapcymru.org/get-support/la-help/'),
  'education-act-1996-s19a': src('education-act-1996-s19a', W, 'law', 'https://www.legislation.gov.uk/asc/2021/4/schedule/2/paragraph/4'),
  'penalty-notices-wales': src('penalty-notices-wales', W, 'law', 'https://www.legislation.gov.uk/wsi/2013/1983/crossheading/codes-of-conduct/made'),
  'penalty-notices-pembrokeshire': src(
    'penalty-notices-pembrokeshire',
    W,
    'advice',
    'https://cms.pembrokeshire.gov.uk/school-attendance-and-pupil-welfare/penalty-notices',
  ),
  'informal-exclusion-wales': src('informal-exclusion-wales', W, 'advice', 'https://www.snapcymru.org/school-exclusions/informal-unofficial/'),
  // Wales's own guidance on health needs at school was not read on gov.wales, so only SNAP Cymru's page is cited.
  'snap-cymru-health': src('snap-cymru-health', W, 'advice', 'https://www.snapcymru.org/get-support/health-support/', HEALTH_AT_SCHOOL_CHECKED),

  'asl-scotland-2004': src('asl-scotland-2004', S, 'law', 'https://www.legislation.gov.uk/asp/2004/4/contents'),
  'health-education-chamber': src('health-education-chamber', S, 'guidance', 'https://healthandeducationchamber.scot/node/69'),
  'my-rights-my-say': src('my-rights-my-say', S, 'advice', 'https://childreninscotland.org.uk/my-rights-my-say/'),
  'ill-health-scotland': src(
    'ill-health-scotland',
    S,
    'statutory-guidance',
    'https://www.gov.scot/publications/guidance-education-children-unable-attend-school-due-ill-health/pages/11/',
  ),
  'home-education-scotland': src('home-education-scotland', S, 'statutory-guidance', 'https://www.gov.scot/publications/home-education-guidance/pages/3/'),
  'included-engaged-involved': src(
    'included-engaged-involved',
    S,
    'guidance',
    'https://www.gov.scot/publications/included-engaged-involved-part-1-positive-approach-promotion-management-attendance-scottish-schools/',
  ),
  respectme: src('respectme', S, 'advice', 'https://respectme.org.uk/news/'),
  spso: src('spso', S, 'guidance', 'https://www.spso.org.uk/faqs', LATER_STAGES_CHECKED),
  'healthcare-needs-scotland': src(
    'healthcare-needs-scotland',
    S,
    'guidance',
    'https://www.gov.scot/publications/supporting-children-young-people-healthcare-needs-schools/',
    HEALTH_AT_SCHOOL_CHECKED,
  ),

  'education-ni-order-1996': src('education-ni-order-1996', NI, 'law', 'https://www.legislation.gov.uk/nisi/1996/274/contents'),
  'ea-statutory-assessment': src(
    'ea-statutory-assessment',
    NI,
    'guidance',
    'https://www.eani.org.uk/parents/special-educational-needs-sen/questions-you-may-have-about-statutory-assessment',
  ),
  'ea-timeline': src('ea-timeline', NI, 'guidance', 'https://send.eani.org.uk/statutory-assessment/information-schools/timeline'),
  'ea-disagree': src(
    'ea-disagree',
    NI,
    'guidance',
    'https://www.eani.org.uk/parents/special-educational-needs-sen/what-if-you-disagree-with-what-the-education-authority-says',
  ),
  'sendo-2005': src('sendo-2005', NI, 'law', 'https://www.legislation.gov.uk/nisi/2005/1117/memorandum/contents'),
  'nidirect-rights': src('nidirect-rights', NI, 'guidance', 'https://www.nidirect.gov.uk/articles/learning-and-your-rights'),
  'abs-act-ni-2016': src('abs-act-ni-2016', NI, 'guidance', 'https://www.education-ni.gov.uk/articles/addressing-bullying-schools'),
  'eotas-ni': src('eotas-ni', NI, 'guidance', 'https://www.education-ni.gov.uk/articles/education-otherwise-school'),
  'dars-ni': src('dars-ni', NI, 'guidance', 'https://www.eani.org.uk/help-available/dispute-avoidance-and-resolution-service-dars'),
  // Article 86 of the 1998 Order, as amended by Article 34 of the Education (NI) Order 2006: the
  // Education Authority must arrange suitable education for a child who, because of illness or
  // otherwise, may not receive it.
  'education-ni-order-1998': src('education-ni-order-1998', NI, 'law', 'https://www.legislation.gov.uk/nisi/2006/1915/article/34', LATER_STAGES_CHECKED),
  'ea-ews-legal': src(
    'ea-ews-legal',
    NI,
    'guidance',
    'https://www.eani.org.uk/services/education-welfare-service/ews-legal-information',
    LATER_STAGES_CHECKED,
  ),
  'nipso-act-2016': src('nipso-act-2016', NI, 'law', 'https://www.legislation.gov.uk/nia/2016/4/section/26', LATER_STAGES_CHECKED),
  'medication-needs-ni': src('medication-needs-ni', NI, 'guidance', 'https://www.education-ni.gov.uk/articles/support-pupils-medication-needs', HEALTH_AT_SCHOOL_CHECKED),
  'medical-needs-ea': src(
    'medical-needs-ea',
    NI,
    'guidance',
    'https://www.eani.org.uk/parents/special-educational-needs-sen/children-with-medical-needs',
    HEALTH_AT_SCHOOL_CHECKED,
  ),
  'sen-regs-ni-2005': src('sen-regs-ni-2005', NI, 'law', 'https://www.legislation.gov.uk/nisr/2005/384/contents', CASE_STAGES_CHECKED),

  'define-fine': src('define-fine', ALL, 'advice', 'https://definefine.org.uk/'),
  'hf-attendance-strategy': src(
    'hf-attendance-strategy',
    ALL,
    'advice',
    'https://lbhf.gov.uk/children-and-young-people/schools-and-colleges/hf-school-attendance-strategy-2024-2029/appendix-1-services-working-ensure-good-attendance',
  ),
};

/** A source as cited by one piece of content: the document, and where in it (e.g. "s36(8)", "reg 5"). */
export interface SourceRef {
  source: SourceId;
  /** A citation within the document, written the way lawyers write it; optional. */
  section?: string;
}

/** Where a detail or fact was seen: the organisation's own page, or a government page about it. */
export interface ServiceSource {
  title: string;
  publisher: string;
  /** The page that showed it. */
  url: string;
  /** YYYY-MM-DD: the day someone checked the detail against this source. */
  checked: string;
}

/** A phone number, email address or web address, always with where it was checked. */
export interface ContactDetail {
  kind: 'website' | 'phone' | 'email';
  /** Exactly as shown to the family (a website without "https://", a phone number with spaces). */
  value: string;
  source: ServiceSource;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Problems with a source, in plain words (empty when it is complete). */
export function sourceProblems(source: ServiceSource | undefined, where: string): string[] {
  if (!source) return [`${where}: no source`];
  const problems: string[] = [];
  if (!source.title?.trim()) problems.push(`${where}: source has no title`);
  if (!source.publisher?.trim()) problems.push(`${where}: source has no publisher`);
  if (!source.url?.trim()) problems.push(`${where}: source has no address or file`);
  if (!DATE.test(source.checked ?? '') || Number.isNaN(Date.parse(source.checked))) {
    problems.push(`${where}: source has no valid checked date (YYYY-MM-DD)`);
  }
  return problems;
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/g;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org\.uk|co\.uk|gov\.uk|ac\.uk|nhs\.uk|com|org|net|uk|cymru|scot|wales)\b(?:\/\S*)?/gi;
// UK-style numbers: 0 or +44 followed by at least 9 more digits, spaces allowed.
const PHONE = /(?:\+44\s?|\b0)(?:\d[\s-]?){9,10}\b/g;

/**
 * Every phone number, email address and web address found in a piece of text, as written.
 * Used to make sure no text states a contact detail that is not a sourced ContactDetail.
 */
export function findContactDetails(text: string): string[] {
  const found = new Set<string>();
  const emails = text.match(EMAIL) ?? [];
  emails.forEach((e) => found.add(e));
  const withoutEmails = emails.reduce((t, e) => t.split(e).join(' '), text);
  for (const m of withoutEmails.match(URL_LIKE) ?? []) found.add(m.replace(/[.,;:)]+$/, ''));
  for (const m of text.match(PHONE) ?? []) found.add(m.trim());
  return [...found];
}

/** The same detail written two ways ("https://www.x.org/", "x.org") counts as one. */
export function normaliseDetail(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.includes('@') && !v.includes('/')) return v;
  if (/^[+\d][\d\s-]+$/.test(v)) return v.replace(/[\s-]/g, '').replace(/^\+44/, '0');
  return v.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
}

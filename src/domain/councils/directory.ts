import type { Nation } from '../nations';

/**
 * The checked directory of each education authority's own pages and its local information and
 * advice service. Every detail carries where it was read (a page of the organisation itself) and
 * when, so that a family can see how fresh it is and the team can re-check it.
 *
 * What `page` and `advice` mean depends on the nation:
 * - England: the council's SEND Local Offer, and its SENDIASS;
 * - Wales: the council's additional learning needs (ALN) page, and the ALN advice service it names;
 * - Scotland: the council's additional support for learning page (and a local service, if it names one);
 * - Northern Ireland: the Education Authority's SEN pages, and its dispute avoidance and resolution service.
 */
export interface CheckedDetail<T = string> {
  value: T;
  /** The https address of the page where the detail was read. */
  source: string;
  /**
   * YYYY-MM-DD: the day it was read there, or, when the page shows its own date (a news item, an
   * update, "last updated …"), that date: never later than `sourceDated`.
   */
  checked: string;
  /** YYYY-MM-DD: the date the page itself shows, when it shows one. */
  sourceDated?: string;
}

export interface AdviceService {
  name?: CheckedDetail;
  url?: CheckedDetail;
  phone?: CheckedDetail;
  email?: CheckedDetail;
}

export interface DirectoryEntry {
  councilId: string;
  page?: CheckedDetail;
  advice?: AdviceService;
  /** Towns and districts the council's own page names as in its area (used only for searching). */
  towns?: CheckedDetail<string[]>;
  /** For the team only: why something is missing. Kept in docs/directory-notes/, never in the app's files. */
  notes?: string;
}

export interface DirectoryFile {
  nation: Nation;
  checkedBy?: string;
  councils: DirectoryEntry[];
}

export type DetailPath = 'page' | 'advice.name' | 'advice.url' | 'advice.phone' | 'advice.email' | 'towns';

/** Every detail of an entry with its path, for checks and re-check lists. */
export function detailsOf(entry: DirectoryEntry): { path: DetailPath; detail: CheckedDetail<unknown> }[] {
  const out: { path: DetailPath; detail: CheckedDetail<unknown> }[] = [];
  if (entry.page) out.push({ path: 'page', detail: entry.page });
  for (const key of ['name', 'url', 'phone', 'email'] as const) {
    const d = entry.advice?.[key];
    if (d) out.push({ path: `advice.${key}`, detail: d });
  }
  if (entry.towns) out.push({ path: 'towns', detail: entry.towns });
  return out;
}

/** What a family can use right away: a page, and a way to reach the advice service. */
export interface Coverage {
  councils: number;
  page: number;
  adviceUrl: number;
  advicePhone: number;
  adviceEmail: number;
  /** A web address or a phone number for the advice service. */
  adviceReachable: number;
  nothing: number;
}

export function coverage(file: DirectoryFile, councilIds: readonly string[]): Coverage {
  const byId = new Map(file.councils.map((e) => [e.councilId, e]));
  const c: Coverage = { councils: councilIds.length, page: 0, adviceUrl: 0, advicePhone: 0, adviceEmail: 0, adviceReachable: 0, nothing: 0 };
  for (const id of councilIds) {
    const e = byId.get(id);
    if (e?.page) c.page++;
    if (e?.advice?.url) c.adviceUrl++;
    if (e?.advice?.phone) c.advicePhone++;
    if (e?.advice?.email) c.adviceEmail++;
    if (e?.advice?.url || e?.advice?.phone) c.adviceReachable++;
    if (!e || detailsOf(e).filter((d) => d.path !== 'towns').length === 0) c.nothing++;
  }
  return c;
}

/** Whole months from one YYYY-MM-DD date to another (the day of the month counts). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months--;
  return months;
}

/** The details checked more than `maxMonths` ago (or with no valid date), to re-check. */
export function staleDetails(
  files: readonly DirectoryFile[],
  today: string,
  maxMonths: number,
): { councilId: string; path: DetailPath; checked: string; source: string }[] {
  const out: { councilId: string; path: DetailPath; checked: string; source: string }[] = [];
  for (const file of files) {
    for (const entry of file.councils) {
      for (const { path, detail } of detailsOf(entry)) {
        const valid = /^\d{4}-\d{2}-\d{2}$/.test(detail.checked);
        if (!valid || monthsBetween(detail.checked, today) > maxMonths) {
          out.push({ councilId: entry.councilId, path, checked: detail.checked, source: detail.source });
        }
      }
    }
  }
  return out;
}

/** A UK phone number as people write it: 01/02/03/05/07/08 numbers of 10 or 11 digits, with spaces. */
export function isUkPhone(value: string): boolean {
  if (!/^[0-9 ]+$/.test(value) || /\s{2,}/.test(value) || value !== value.trim()) return false;
  const digits = value.replace(/ /g, '');
  return /^0[123578]\d{8,9}$/.test(digits);
}

export function isHttpsAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

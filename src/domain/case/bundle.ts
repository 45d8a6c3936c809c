import { addDays, weekday, type IsoDate } from '../dates';
import type { BundleAsk, CaseBundle } from './types';

/*
 * The evidence bundle: the items a family chose (by reference, in their order), what they ask for
 * and which items support each ask, and the page each item starts on when printed. Pure: the screen
 * measures the printed layout and passes the heights in.
 */

export const EMPTY_BUNDLE: CaseBundle = { items: [], asks: [] };

export type BundleKind = 'diary' | 'log' | 'letter' | 'report' | 'plan';

/** A week of the attendance diary, by its Monday: 'diary:week:2026-03-02'. */
export const weekRef = (monday: IsoDate): string => `diary:week:${monday}`;

/** The Monday of the week a date is in. */
export function mondayOf(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) + 6) % 7));
}

export function refParts(ref: string): { kind: BundleKind; id: string } | undefined {
  const at = ref.indexOf(':');
  const kind = ref.slice(0, at);
  if (at < 1 || !['diary', 'log', 'letter', 'report', 'plan'].includes(kind)) return undefined;
  return { kind: kind as BundleKind, id: ref.slice(at + 1) };
}

/** Adds an item at the end, or takes it out (and out of the evidence of every ask). */
export function toggleItem(bundle: CaseBundle, ref: string): CaseBundle {
  if (bundle.items.includes(ref)) {
    return { items: bundle.items.filter((r) => r !== ref), asks: bundle.asks.map((a) => ({ ...a, evidence: a.evidence.filter((r) => r !== ref) })) };
  }
  return { ...bundle, items: [...bundle.items, ref] };
}

/** Moves the item at `index` one place up (-1) or down (+1); at either end nothing moves. */
export function moveItem(bundle: CaseBundle, index: number, delta: -1 | 1): CaseBundle {
  const to = index + delta;
  if (index < 0 || index >= bundle.items.length || to < 0 || to >= bundle.items.length) return bundle;
  const items = [...bundle.items];
  [items[index], items[to]] = [items[to]!, items[index]!];
  return { ...bundle, items };
}

/** An ask changed by `change`, the others as they were. */
export function changeAsk(bundle: CaseBundle, id: string, change: (ask: BundleAsk) => BundleAsk): CaseBundle {
  return { ...bundle, asks: bundle.asks.map((a) => (a.id === id ? change(a) : a)) };
}

/**
 * The page each item starts on and the pages in all, when the front pages (summary and index) come
 * first and every item starts on a new page. Heights are of the printed layout, in the same unit as
 * `pageHeight` (the printable height of one A4 page). An estimate: the browser decides the real breaks.
 */
export function pageNumbers(frontHeight: number, itemHeights: number[], pageHeight: number): { starts: number[]; total: number } {
  const pagesOf = (h: number) => Math.max(1, Math.ceil(Math.max(0, h) / pageHeight - 0.02));
  let page = pagesOf(frontHeight);
  const starts = itemHeights.map((h) => {
    const start = page + 1;
    page += pagesOf(h);
    return start;
  });
  return { starts, total: page };
}

import { givenName, type ChildRecord } from './questionnaire/types';

/** The title with every child's name taken out (during a session the browser's history must not keep them). */
export function withoutNames(title: string, names: string[], replacement: string): string {
  let out = title;
  for (const name of names.filter((n) => n.trim()).sort((a, b) => b.length - a.length)) {
    out = out.replace(new RegExp(name.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), replacement);
  }
  return out;
}

/** A page's title during a session: every child's name (as the family typed it, and as answered) taken out. */
export function titleWithoutNames(title: string, children: ChildRecord[], replacement: string): string {
  return withoutNames(
    title,
    children.flatMap((c) => [c.displayName, givenName(c.answers)]),
    replacement,
  );
}

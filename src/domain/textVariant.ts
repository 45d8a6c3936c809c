import type { Nation } from './nations';
import { nationOf, type Answers } from './questionnaire/types';

/**
 * One way to choose which wording of a text a person reads.
 *
 * A text has a base key (`q.missed.title`) and may have variants named by suffixes, always in this
 * order: `<key>[_<audience>][_<nation>][_noCouncil]`, for example `q.missed.title_self`,
 * `q.barriers.options.send_wales`, `signposts.family-support.contact_noCouncil`.
 *
 * - audience: `_self` when the young person answers for themselves; `_volunteer` for a volunteer
 *   filling it in with a family. A volunteer speaks for the family, so without a `_volunteer`
 *   variant they read the parent's wording (the base key); they never fall back to `_self`.
 * - nation: `_england`, `_wales`, `_scotland`, `_northern-ireland`, when the nation is known.
 * - `_noCouncil`: when the family's council is not known (so a text can say "your council's name"
 *   instead of putting "your council" inside a search).
 *
 * The most specific key that exists wins; a variant with a more important part beats any variant
 * without it (audience before nation before council). For a young person in Wales with no council:
 * `key_self_wales_noCouncil` > `key_self_wales` > `key_self_noCouncil` > `key_self` >
 * `key_wales_noCouncil` > `key_wales` > `key_noCouncil` > `key`.
 *
 * A text attached to another (an option's hint, `<key><suffixes>_hint`) goes with its label: it is
 * looked up with the same nation as the label's chosen wording, so a nation's own label carries
 * its own hint or none, never the general one.
 *
 * Pure: no React and no i18next. Pass in `has(key)`, which says whether a text exists.
 */
export type Audience = 'parent' | 'young-person' | 'volunteer';

export interface TextContext {
  audience: Audience;
  nation?: Nation | undefined;
  /** Whether the family's council is known. Undefined or true: no `_noCouncil` wording. */
  councilKnown?: boolean | undefined;
}

export const AUDIENCES: readonly Audience[] = ['parent', 'young-person', 'volunteer'];

/** The key suffix for each audience: parents read the base key. */
export const AUDIENCE_SUFFIX: Record<Audience, string> = { parent: '', 'young-person': '_self', volunteer: '_volunteer' };
export const NO_COUNCIL_SUFFIX = '_noCouncil';

/** Who is reading, from the questionnaire's first answer (parents and carers when not said). */
export function audienceOf(answers: Answers | undefined): Audience {
  const role = answers?.['role'];
  return role === 'young-person' || role === 'volunteer' ? role : 'parent';
}

/** The context a family's answers give: who is reading and their nation. */
export function textContextOf(answers: Answers | undefined, councilKnown?: boolean): TextContext {
  return { audience: audienceOf(answers), nation: answers ? nationOf(answers) : undefined, councilKnown };
}

/** The suffixes to try, most specific first (the last is '' for the base key). */
export function variantSuffixes(ctx: TextContext): string[] {
  const options = (s: string) => (s ? [s, ''] : ['']);
  const audiences = options(AUDIENCE_SUFFIX[ctx.audience]);
  const nations = options(ctx.nation ? `_${ctx.nation}` : '');
  const councils = options(ctx.councilKnown === false ? NO_COUNCIL_SUFFIX : '');
  return audiences.flatMap((a) => nations.flatMap((n) => councils.map((c) => `${a}${n}${c}`)));
}

/** Every key to try for a text, most specific first; the base key is last. */
export function textKeys(base: string, ctx: TextContext, leaf = ''): string[] {
  return variantSuffixes(ctx).map((s) => `${base}${s}${leaf}`);
}

/** The most specific key that exists for this reader, or undefined when not even the base key exists. */
export function resolveKey(base: string, ctx: TextContext, has: (key: string) => boolean, leaf = ''): string | undefined {
  return textKeys(base, ctx, leaf).find(has);
}

/**
 * The key of a text attached to a label (`leaf`, such as `_hint`), following the nation of the
 * wording chosen for the label: `<base>_wales_hint` (or nothing) when the label is `<base>_wales`.
 */
export function resolveAttachedKey(base: string, leaf: string, ctx: TextContext, has: (key: string) => boolean): string | undefined {
  const label = resolveKey(base, ctx, has);
  const national = Boolean(ctx.nation && label && label.slice(base.length).includes(`_${ctx.nation}`));
  return textKeys(base, ctx, leaf).find((k) => national === Boolean(ctx.nation && k.slice(base.length).includes(`_${ctx.nation}`)) && has(k));
}

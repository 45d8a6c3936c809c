/**
 * Text keys are typed (src/i18next.d.ts): a misspelt literal key fails the type check. A key built
 * at run time from a content id (`q.${q.id}.title`, `national.${s.id}.name`), or chosen by the
 * wording resolver (`resolveKey`), cannot be checked by the compiler; the content tests check those
 * (tests/unit/*\/content.test.ts, tests/unit/i18n/variants.test.ts). `contentT(t)` is the one way
 * past the typing, for such keys only: literal keys go to `t` itself.
 */
export type ContentT = (key: string | string[], options?: Record<string, unknown>) => string;

/** Any i18next `t`, whatever its namespaces. */
export type SomeT = (...args: never[]) => unknown;

export const contentT = (t: SomeT): ContentT => t as unknown as ContentT;

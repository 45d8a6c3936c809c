import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FlatNamespace, i18n as I18n } from 'i18next';
import { resolveAttachedKey, resolveKey, type TextContext } from '../../domain/textVariant';
import { contentT } from './contentText';

/** Whether a text exists in a namespace (in the current language or its English fallback). */
export const hasText = (i18n: I18n, ns: FlatNamespace) => (key: string) => i18n.exists(key, { ns });

/**
 * The wording of a text for this reader (see `src/domain/textVariant.ts` for the suffix order):
 * `key(base)` is the most specific key that exists (undefined when none does), `text(base, vars)`
 * its words (the base key's when none exists), `attachedKey(base, '_hint')` the key of a text that
 * goes with a label. `t` is the namespace's own typed `t`, for literal keys.
 */
export function useText<Ns extends FlatNamespace>(ns: Ns, ctx: TextContext) {
  const { t, i18n } = useTranslation(ns);
  const { audience, nation, councilKnown } = ctx;
  const key = useCallback(
    (base: string, leaf = '') => resolveKey(base, { audience, nation, councilKnown }, hasText(i18n, ns), leaf),
    [i18n, ns, audience, nation, councilKnown],
  );
  const attachedKey = useCallback(
    (base: string, leaf: string) => resolveAttachedKey(base, leaf, { audience, nation, councilKnown }, hasText(i18n, ns)),
    [i18n, ns, audience, nation, councilKnown],
  );
  const text = useCallback((base: string, vars?: Record<string, unknown>) => contentT(t)(key(base) ?? base, vars ?? {}), [t, key]);
  return { t, i18n, key, attachedKey, text };
}

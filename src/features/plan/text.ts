import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { findAsk } from '../../content/signposts';
import type { SourceRef } from '../../content/sources';
import { findCouncil } from '../../content/councilSearch';
import type { PrefillText, Translate } from '../../domain/plan/prefill';
import { childLabel, nationOf, type ChildRecord } from '../../domain/questionnaire/types';
import { councilName } from '../../ui/i18n/councilName';
import { audienceOf } from '../../domain/textVariant';
import { contentT } from '../../ui/i18n/contentText';

/** Namespaces the plan screens read from: their own, and the labels of answers, asks and roles. */
export const PLAN_NAMESPACES = ['plan', 'questionnaire', 'support', 'services'] as const;

/** The name the family gave, or "your child". */
export function childNameOf(child: ChildRecord | undefined | null): string {
  return childLabel(child);
}

/**
 * Text helpers for the plan, in the language on screen. Screens that only need their own words can
 * wait for fewer namespaces (the list of plans paints sooner); the others are loaded before use.
 */
export function usePlanText(namespaces: readonly (typeof PLAN_NAMESPACES)[number][] = PLAN_NAMESPACES) {
  // Typed as all four: the others' words are loaded before a screen that waits for fewer uses them.
  const { t, i18n } = useTranslation(namespaces as typeof PLAN_NAMESPACES);
  const formatDate = useFormatDate();
  return useMemo(() => {
    const translate: Translate = (key, vars) => contentT(t)(key, { ...vars });
    // A volunteer's plan is for "this child", never "your child".
    const nameOrDefault = (child: ChildRecord | undefined | null) =>
      childNameOf(child) || contentT(t)(audienceOf(child?.answers) === 'volunteer' ? ['plan:unnamedChild_volunteer', 'plan:unnamedChild'] : 'plan:unnamedChild');
    const prefillFor = (child: ChildRecord): PrefillText => {
      const council = findCouncil(typeof child.answers['council'] === 'string' ? child.answers['council'] : undefined);
      return {
        t: translate,
        ask: (askId) => {
          const found = findAsk(askId);
          if (!found) return undefined;
          // Kept asks outlast starting the questions again: one kept under another nation's answers
          // (an England-only route, say) must not appear in this child's plan.
          const nation = nationOf(child.answers);
          if (nation && !found.signpost.nations.includes(nation)) return undefined;
          return contentT(t)(`support:${found.ask.text}`, {
            name: nameOrDefault(child),
            council: council ? councilName(t, council) : t('plan:yourCouncil'),
          });
        },
      };
    };
    const source = (ref: SourceRef) => {
      const title = contentT(t)([`support:sources.${ref.source}.title`, `plan:sourceFallback.${ref.source}`]);
      return ref.section ? `${title}, ${ref.section}` : title;
    };
    const date = (iso: string) => (iso ? formatDate(iso) : t('plan:print.noDate'));
    /** Makes sure every namespace the plan text draws on is loaded (before a prefill, say). */
    const loadAll = () => i18n.loadNamespaces([...PLAN_NAMESPACES]);
    return { t, translate, nameOrDefault, prefillFor, source, date, loadAll };
  }, [t, i18n, formatDate]);
}

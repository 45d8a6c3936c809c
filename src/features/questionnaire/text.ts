import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, SectionId } from '../../content/questions';
import { findCouncil } from '../../content/councilSearch';
import { NOT_SURE, givenName, nationOf, type AnswerValue, type Answers } from '../../domain/questionnaire/types';

/**
 * The words for questions, following the nation (`_<nation>` keys) and who is filling it in
 * (`_self` keys when the young person answers for themselves: titles, hints, summaries, section names,
 * option labels and option hints `options.<id>_self_hint`), with the child's name where natural.
 */
export function useQuestionText() {
  const { t, i18n } = useTranslation('questionnaire');

  const pick = useCallback(
    (keys: string[], vars: Record<string, string>): string | undefined => {
      const key = keys.find((k) => i18n.exists(k, { ns: 'questionnaire' }));
      return key ? t(key, vars) : undefined;
    },
    [t, i18n],
  );

  return useCallback(
    (answers: Answers) => {
      const nation = nationOf(answers);
      const self = answers['role'] === 'young-person';
      const name = givenName(answers) || t('yourChild');
      const vars = { name };
      const variants = (base: string) => [
        ...(self ? [`${base}_self`] : []),
        ...(nation ? [`${base}_${nation}`] : []),
        base,
      ];
      const title = (q: Question) => pick(variants(`q.${q.id}.title`), vars) ?? q.id;
      const hint = (q: Question) => pick(variants(`q.${q.id}.hint`), vars);
      const summary = (q: Question) => pick(variants(`q.${q.id}.summary`), vars) ?? q.id;
      /** A section's name ("About you" rather than "About you and your child" for a young person). */
      const section = (id: SectionId) => pick(variants(`sections.${id}`), vars) ?? id;
      const option = (q: Question, o: string) =>
        o === NOT_SURE ? t('notSure') : (pick(variants(`q.${q.id}.options.${o}`), vars) ?? o);
      const optionHint = (q: Question, o: string) => {
        // A nation-specific label carries its own hint (or none); the general hint does not apply to it.
        const specific = nation && i18n.exists(`q.${q.id}.options.${o}_${nation}`, { ns: 'questionnaire' });
        return specific
          ? pick([`q.${q.id}.options.${o}_${nation}_hint`], vars)
          : pick([...(self ? [`q.${q.id}.options.${o}_self_hint`] : []), `q.${q.id}.options.${o}_hint`], vars);
      };
      /** An answer as words, for check answers. */
      const answer = (q: Question, value: AnswerValue | undefined): string[] => {
        if (value === undefined) return [];
        if (value === NOT_SURE) return [t('notSure')];
        if (q.kind === 'text') return [String(value)];
        if (q.kind === 'council') return [findCouncil(String(value))?.name ?? String(value)];
        return (Array.isArray(value) ? value : [value]).map((v) => option(q, v));
      };
      return { name, self, nation, title, hint, summary, section, option, optionHint, answer };
    },
    [t, i18n, pick],
  );
}

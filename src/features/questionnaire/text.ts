import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question, SectionId } from '../../content/questions';
import { findCouncil } from '../../content/councilSearch';
import { NOT_SURE, givenName, type AnswerValue, type Answers } from '../../domain/questionnaire/types';
import { resolveAttachedKey, resolveKey, textContextOf } from '../../domain/textVariant';
import { hasText } from '../../ui/i18n/useText';
import { councilName } from '../../ui/i18n/councilName';
import { contentT } from '../../ui/i18n/contentText';

/**
 * The words for questions, in the wording for who is filling it in and their nation (`_self`,
 * `_<nation>` keys, chosen by `resolveKey`: see `src/domain/textVariant.ts`), for titles, hints,
 * summaries, section names, option labels and option hints, with the child's name where natural.
 */
export function useQuestionText() {
  const { t, i18n } = useTranslation('questionnaire');

  return useCallback(
    (answers: Answers) => {
      const ctx = textContextOf(answers);
      const has = hasText(i18n, 'questionnaire');
      const { nation } = ctx;
      const self = ctx.audience === 'young-person';
      const name = givenName(answers) || t('yourChild');
      const vars = { name };
      const pick = (base: string): string | undefined => {
        const key = resolveKey(base, ctx, has);
        return key ? contentT(t)(key, vars) : undefined;
      };
      const title = (q: Question) => pick(`q.${q.id}.title`) ?? q.id;
      const hint = (q: Question) => pick(`q.${q.id}.hint`);
      const summary = (q: Question) => pick(`q.${q.id}.summary`) ?? q.id;
      /** A section's name ("About you" rather than "About you and your child" for a young person). */
      const section = (id: SectionId) => pick(`sections.${id}`) ?? id;
      const option = (q: Question, o: string) => (o === NOT_SURE ? t('notSure') : (pick(`q.${q.id}.options.${o}`) ?? o));
      /** An option's hint goes with its label: a nation's own label carries its own hint (or none). */
      const optionHint = (q: Question, o: string) => {
        const key = resolveAttachedKey(`q.${q.id}.options.${o}`, '_hint', ctx, has);
        return key ? contentT(t)(key, vars) : undefined;
      };
      /** An answer as words, for check answers. */
      const answer = (q: Question, value: AnswerValue | undefined): string[] => {
        if (value === undefined) return [];
        if (value === NOT_SURE) return [t('notSure')];
        if (q.kind === 'text') return [String(value)];
        if (q.kind === 'council') {
          const council = findCouncil(String(value));
          return [council ? councilName(t, council) : String(value)];
        }
        return (Array.isArray(value) ? value : [value]).map((v) => option(q, v));
      };
      return { name, self, nation, title, hint, summary, section, option, optionHint, answer };
    },
    [t, i18n],
  );
}

/**
 * Type-level checks, run by `npm run typecheck` (never executed): a misspelt text key must fail the
 * type check. If the typing of keys stopped working, each `@ts-expect-error` below would be unused,
 * and that fails the type check too.
 */
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';

export function KeysAreChecked() {
  const { t } = useTranslation('questionnaire');
  const { t: multi } = useTranslation(['support', 'questionnaire']);
  const words: string[] = [
    t('notSure'),
    // @ts-expect-error: misspelt key
    t('notSrue'),
    multi('signpost.means'),
    multi('questionnaire:notSure'),
    // @ts-expect-error: a key from another namespace without its prefix
    multi('yourChildd'),
    // @ts-expect-error: a namespace that does not exist
    multi('questionaire:notSure'),
    i18next.t('nav.plan'),
    // @ts-expect-error: misspelt key in the default namespace
    i18next.t('nav.plna'),
  ];
  return words.join(' ');
}

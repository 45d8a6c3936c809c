import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { SOURCES, type SourceRef } from '../../content/sources';
import type { Signpost } from '../../content/signposts';
import type { Reason } from '../../domain/conditions';
import { findCouncil } from '../../content/councilSearch';
import type { Nation } from '../../domain/nations';
import { NOT_SURE, givenName, type Answers } from '../../domain/questionnaire/types';
import { resolveKey, textContextOf, type TextContext } from '../../domain/textVariant';
import { contentT, type ContentT, type SomeT } from '../../ui/i18n/contentText';
import { hasText } from '../../ui/i18n/useText';
import { councilName } from '../../ui/i18n/councilName';

/**
 * Words put into signpost text: the child's name (or "your child", so a text never starts with it) and
 * the council (or "your council"); and, to choose each text's wording (`resolveKey`, see
 * `src/domain/textVariant.ts`), who is reading, their nation and whether their council is known. When
 * it is not, a text can have a `_noCouncil` wording that says "search for your council's name" instead
 * of the odd "search for “your council local offer”".
 */
export type TextVars = {
  name: string;
  council: string;
  reader: TextContext;
  /** Whether a text exists; keys may name their namespace (`questionnaire:…`). */
  has: (key: string) => boolean;
};

export function useTextVars(answers: Answers | undefined): TextVars {
  const { t, i18n } = useTranslation('support');
  const name = (answers && givenName(answers)) || t('reasons.yourChild');
  const councilId = answers?.['council'];
  const chosen = typeof councilId === 'string' ? findCouncil(councilId) : undefined;
  const found = chosen ? councilName(t, chosen) : undefined;
  const council = found || t('reasons.yourCouncil');
  const { audience, nation } = textContextOf(answers);
  return useMemo(
    () => ({ name, council, reader: { audience, nation, councilKnown: Boolean(found) }, has: hasText(i18n, 'support') }),
    [name, council, found, audience, nation, i18n],
  );
}

/**
 * Words for a page that is not about one child's answers (the library): no name, council or nation
 * from the answers, but the wording for who is reading, so a young person who answered for
 * themself reads "your needs", not "your child's".
 */
export function useReaderVars(answers: Answers | undefined): TextVars {
  const role = answers?.['role'];
  return useTextVars(role === undefined ? undefined : { role });
}

/** A signpost text in the reader's wording, with the name and council put in. */
export function say(t: SomeT, key: string, vars: TextVars, options?: Record<string, unknown>): string {
  return contentT(t)(resolveKey(key, vars.reader, vars.has) ?? key, { name: vars.name, council: vars.council, ...options });
}

/** A text key that holds one paragraph or a list of them. */
export function paragraphs(t: SomeT, key: string, vars?: TextVars): string[] {
  const chosen = vars ? (resolveKey(key, vars.reader, vars.has) ?? key) : key;
  const value = contentT(t)(chosen, { ...(vars ? { name: vars.name, council: vars.council } : {}), returnObjects: true }) as unknown;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' && value !== chosen ? [value] : [];
}

export function sourceLine(translate: SomeT, ref: SourceRef): string {
  const t = contentT(translate);
  const base = `sources.${SOURCES[ref.source].id}`;
  const title = t(`${base}.title`);
  const publisher = t(`${base}.publisher`);
  return ref.section
    ? t('signpost.source', { title, section: ref.section, publisher })
    : t('signpost.sourceNoSection', { title, publisher });
}


/**
 * "Because you told us" lines, one per reason: our own phrase for the answer where we wrote one,
 * otherwise the question's short label and the option labels from the questionnaire's text (in the
 * parent's wording and the nation's terms, as they have always been shown).
 */
export function reasonLines(translate: SomeT, reasons: Reason[], nation: Nation | undefined, vars: TextVars): string[] {
  const t = contentT(translate);
  const lines: string[] = [];
  for (const r of reasons) {
    const plain: string[] = [];
    for (const v of r.values) {
      const phrase = resolveKey(`support:reasons.phrases.${r.questionId}.${v}`, vars.reader, vars.has);
      if (phrase) lines.push(t(phrase, { name: vars.name, council: vars.council }));
      else plain.push(optionLabel(t, r.questionId, v, { ...vars.reader, audience: 'parent', nation }, vars.has));
    }
    if (plain.length) {
      const question = t(`questionnaire:q.${r.questionId}.summary`, { defaultValue: r.questionId });
      lines.push(t('support:reasons.item', { question, answers: plain.join(', ') }));
    }
  }
  return lines;
}

function optionLabel(t: ContentT, questionId: string, option: string, reader: TextContext, has: (key: string) => boolean): string {
  // "I'm not sure" is one answer for every question, with its text in the questionnaire's namespace.
  if (option === NOT_SURE) return t('questionnaire:notSure');
  const key = resolveKey(`questionnaire:q.${questionId}.options.${option}`, reader, has);
  return key ? t(key) : option.replace(/-/g, ' ');
}

/** Every word of a signpost in the current language, for searching. */
export function signpostSearchText(translate: SomeT, s: Signpost, vars: TextVars): string {
  const t = contentT(translate);
  return [
    say(t, s.text.title, vars),
    ...paragraphs(t, s.text.means, vars),
    ...paragraphs(t, s.text.rights, vars),
    say(t, s.text.contact, vars),
    ...s.asks.map((a) => say(t, a.text, vars)),
    t(`themes.${s.theme}`),
  ].join(' ');
}

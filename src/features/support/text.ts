import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { SOURCES, type SourceRef } from '../../content/sources';
import type { Signpost } from '../../content/signposts';
import type { Reason } from '../../domain/conditions';
import { findCouncil } from '../../content/councilSearch';
import type { Nation } from '../../domain/nations';
import { NOT_SURE, givenName, type Answers } from '../../domain/questionnaire/types';

/**
 * Words put into signpost text: the child's name (or "your child", so a text never starts with it) and
 * the council (or "your council"). When no council was chosen,
 * `context` is 'noCouncil', so a text can say "search for your council's name" instead of the odd
 * "search for “your council local offer”" (i18next uses a `_noCouncil` text where there is one).
 */
export type TextVars = {
  name: string;
  council: string;
  context?: 'noCouncil';
};

export function useTextVars(answers: Answers | undefined): TextVars {
  const { t } = useTranslation('support');
  const name = (answers && givenName(answers)) || t('reasons.yourChild');
  const councilId = answers?.['council'];
  const found = typeof councilId === 'string' ? findCouncil(councilId)?.name : undefined;
  const council = found || t('reasons.yourCouncil');
  return useMemo(
    () => ({ name, council, ...(found ? {} : { context: 'noCouncil' as const }) }),
    [name, council, found],
  );
}

/** A text key that holds one paragraph or a list of them. */
export function paragraphs(t: TFunction, key: string, vars?: Record<string, unknown>): string[] {
  const value = t(key, { ...vars, returnObjects: true }) as unknown;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' && value !== key ? [value] : [];
}

export function sourceLine(t: TFunction, ref: SourceRef): string {
  const base = `sources.${SOURCES[ref.source].id}`;
  const title = t(`${base}.title`);
  const publisher = t(`${base}.publisher`);
  return ref.section
    ? t('signpost.source', { title, section: ref.section, publisher })
    : t('signpost.sourceNoSection', { title, publisher });
}


/**
 * "Because you told us" lines, one per reason: our own phrase for the answer where we wrote one,
 * otherwise the question's short label and the option labels from the questionnaire's text.
 */
export function reasonLines(t: TFunction, reasons: Reason[], nation: Nation | undefined, vars: TextVars): string[] {
  const lines: string[] = [];
  for (const r of reasons) {
    const plain: string[] = [];
    for (const v of r.values) {
      const phrase = `support:reasons.phrases.${r.questionId}.${v}`;
      // i18next returns the key for a missing phrase (and treats '' as missing), so ask first.
      const said = t(phrase, { ...vars, defaultValue: '\u0000' });
      if (said && said !== '\u0000' && said !== phrase && said !== phrase.slice('support:'.length)) lines.push(said);
      else plain.push(optionLabel(t, r.questionId, v, nation));
    }
    if (plain.length) {
      const question = t(`questionnaire:q.${r.questionId}.summary`, { defaultValue: r.questionId });
      lines.push(t('support:reasons.item', { question, answers: plain.join(', ') }));
    }
  }
  return lines;
}

function optionLabel(t: TFunction, questionId: string, option: string, nation: Nation | undefined): string {
  // "I'm not sure" is one answer for every question, with its text in the questionnaire's namespace.
  if (option === NOT_SURE) return t('questionnaire:notSure');
  const base = `questionnaire:q.${questionId}.options.${option}`;
  const fallback = t(base, { defaultValue: option.replace(/-/g, ' ') });
  return nation ? t(`${base}_${nation}`, { defaultValue: fallback }) : fallback;
}

/** Every word of a signpost in the current language, for searching. */
export function signpostSearchText(t: TFunction, s: Signpost, vars: TextVars): string {
  return [
    t(s.text.title, vars),
    ...paragraphs(t, s.text.means, vars),
    ...paragraphs(t, s.text.rights, vars),
    t(s.text.contact, vars),
    ...s.asks.map((a) => t(a.text, vars)),
    t(`themes.${s.theme}`),
  ].join(' ');
}

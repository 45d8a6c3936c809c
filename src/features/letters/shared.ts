import { languageOf, SOURCE_LANGUAGE } from '../../ui/i18n/languages';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findTemplate } from '../../content/letters';
import { todayIso, type IsoDate } from '../../domain/dates';
import { useFormatDate as useDateText } from '../../ui/i18n/useFormatDate';
import type { CalendarEvent } from '../../domain/letters/ics';
import { toIcs } from '../../domain/letters/ics';
import type { LetterMilestone } from '../../domain/letters/clock';
import type { LetterRecord, Milestone } from '../../domain/letters/types';
import { isNation, type Nation } from '../../domain/nations';
import { givenName, nationOf, type ChildRecord } from '../../domain/questionnaire/types';
import { failedRead, useFamily, type ReadFailure } from '../../storage/react';
import { downloadFile } from '../../ui/primitives/download';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { contentT, type SomeT } from '../../ui/i18n/contentText';
import { textKeys } from '../../domain/textVariant';

/** The nation whose letters to show: the active child's answer, else what they picked on /letters. */
export function useLetterNation(): {
  nation: Nation | undefined;
  loading: boolean;
  /** The child or the family could not be read: the screen says so, never offers every nation's letters. */
  failed: ReadFailure | undefined;
  child: ChildRecord | undefined;
  setNation: (n: Nation) => Promise<void>;
} {
  const { children, active, failed: childFailed } = useActiveChild();
  // Where the family told us they live when they have no child's answers yet (kept on the family).
  const { family, update, failed: familyFailed } = useFamily();
  const failed = failedRead(childFailed, familyFailed);
  const picked = family?.lettersNation;
  const setPicked = useCallback((n: Nation) => update({ lettersNation: n }), [update]);
  const fromChild = active ? nationOf(active.answers) : undefined;
  return {
    nation: fromChild ?? (isNation(picked) ? picked : undefined),
    loading: !failed && children === undefined,
    failed,
    child: active,
    setNation: setPicked,
  };
}

/** The child's name as the family gave it in the questions (the name a letter uses), or ''. */
export function childName(child: ChildRecord | undefined): string {
  return (child && givenName(child.answers)) || child?.displayName.trim() || '';
}

/** Dates in words in the current language; letters show the day of the week unless asked not to. */
export function useFormatDate() {
  const format = useDateText();
  return useCallback((date: IsoDate, style: 'long' | 'short' = 'long') => format(date, style), [format]);
}

export function useToday(): IsoDate {
  return useMemo(() => todayIso(), []);
}

/** A letter's title in its nation's words (Scotland's reply about attendance speaks of no fine warning). */
export function letterTitle(t: SomeT, letter: Pick<LetterRecord, 'templateId'> & Partial<Pick<LetterRecord, 'nation'>>): string {
  const tpl = findTemplate(letter.templateId);
  return tpl ? contentT(t)(textKeys(tpl.titleKey, { audience: 'parent', nation: letter.nation })) : letter.templateId;
}

/** Calendar files for milestones, with names and words in the person's language. */
export function useCalendar() {
  const { t } = useTranslation('letters');
  const { children } = useActiveChild();
  const toEvent = useCallback(
    (m: Milestone & { letterId: string; templateId: string; childId: string }): CalendarEvent => {
      const child = children?.find((c) => c.id === m.childId);
      const name = childName(child) || t('fill.childFallback');
      return {
        uid: `${m.letterId}-${m.id}@barriers-navigator`,
        date: m.date,
        summary: m.approximate
          ? contentT(t)('calendar.about', { what: contentT(t)(`calendar.${m.id}`, { name, title: letterTitle(t, m) }) })
          : contentT(t)(`calendar.${m.id}`, { name, title: letterTitle(t, m) }),
        description: t('calendar.description', { what: contentT(t)(m.textKey) }),
      };
    },
    [children, t],
  );
  const download = useCallback(
    (milestones: LetterMilestone[], filename: string) => {
      downloadFile(filename, toIcs(milestones.map(toEvent)), 'text/calendar');
    },
    [toEvent],
  );
  return { download };
}

/** A file-name-safe slug. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'letter'
  );
}

/**
 * The language a new letter is written in when the family has not chosen one: the app's own if
 * letters can be written in it (English, Welsh), else English, so the school or council can read it
 * at once. The family then gets a copy in their own language beside it.
 */
export const letterLanguageFor = (appLanguage: string | undefined) => (languageOf(appLanguage)?.letters ? appLanguage! : SOURCE_LANGUAGE);

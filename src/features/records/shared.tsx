import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { QUESTIONS } from '../../content/questions';
import { todayIso } from '../../domain/dates';
import { givenName } from '../../domain/questionnaire/types';
import { useChildList } from '../../storage/react';
import { useActiveChild } from '../../ui/useActiveChild';

/** The reasons a family can give for a day: the questionnaire's barrier words, then "something else". */
export const REASONS: string[] = [...(QUESTIONS.find((q) => q.id === 'barriers')?.options ?? []), 'other'];

/** A reason in words: the questionnaire's barrier text, "something else", or "no reason noted". */
export function useReasonLabel() {
  const { t } = useTranslation('records');
  return useCallback(
    (id: string) => {
      if (id === 'other') return t('day.other');
      if (id === 'none-given') return t('pictures.reasons.none-given');
      return t(`questionnaire:q.barriers.options.${id}`, { defaultValue: id });
    },
    [t],
  );
}

/** The child whose record is shown (the active child), their diary and their log. */
export function useRecordsChild() {
  const { children, active } = useActiveChild();
  const attendance = useChildList('attendance', active?.id);
  const log = useChildList('contactLog', active?.id);
  const today = useMemo(() => todayIso(), []);
  const name = active ? givenName(active.answers) || active.displayName.trim() : '';
  return { loading: children === undefined || (active !== undefined && (attendance === undefined || log === undefined)), child: active, name, attendance: attendance ?? [], log: log ?? [], today };
}

/** Links between the diary, the log and the pictures. */
export function Sections() {
  const { t } = useTranslation('records');
  return (
    <nav aria-label={t('sections.label')} className="records-sections no-print">
      <ul>
        <li>
          <NavLink end to="/records">
            {t('sections.diary')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/records/log">{t('sections.log')}</NavLink>
        </li>
        <li>
          <NavLink to="/records/pictures">{t('sections.pictures')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { QUESTIONS } from '../../content/questions';
import { todayIso } from '../../domain/dates';
import { givenName } from '../../domain/questionnaire/types';
import type { AttendanceRecord, ContactLogRecord } from '../../domain/records/types';
import { failedRead, useChildListRead, type ReadFailure } from '../../storage/react';
import { useActiveChild } from '../../ui/records/useActiveChild';
import { useSteadyRead } from '../../ui/records/readState';

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

/**
 * The child whose record is shown (the active child), their diary and their log. `failed` is the read
 * that could not be done: the screen shows it, never an empty diary or log. Once read, a later read
 * that fails keeps what was read, so a form being typed in stays (see `useSteadyRead`).
 */
function useReadRecordsChild() {
  const { children, active, failed: childFailed } = useActiveChild();
  const key = active?.id ?? '';
  const attendance = useSteadyRead(useChildListRead('attendance', active?.id), key);
  const log = useSteadyRead(useChildListRead('contactLog', active?.id), key);
  const today = useMemo(() => todayIso(), []);
  const name = active ? givenName(active.answers) || active.displayName.trim() : '';
  const failed: ReadFailure | undefined = failedRead(childFailed, attendance, log);
  return {
    loading: (!childFailed && children === undefined) || (active !== undefined && !failed && (attendance.status === 'loading' || log.status === 'loading')),
    failed,
    child: active,
    name,
    attendance: attendance.status === 'ready' ? attendance.value : NONE,
    log: log.status === 'ready' ? log.value : NO_LOG,
    today,
  };
}
export type RecordsChild = ReturnType<typeof useReadRecordsChild>;
const RecordsChildContext = createContext<RecordsChild | undefined>(undefined);

/**
 * Reads the child's diary and log once for every records screen inside, so a screen never draws
 * from a read of its own that has not finished (an empty week, or an empty day's form) or has failed.
 */
export function RecordsChildProvider({ children }: { children: ReactNode }) {
  return <RecordsChildContext.Provider value={useReadRecordsChild()}>{children}</RecordsChildContext.Provider>;
}

/** The records screens' child, diary and log (read by `RecordsChildProvider`). */
export function useRecordsChild(): RecordsChild {
  const value = useContext(RecordsChildContext);
  if (!value) throw new Error('useRecordsChild needs a RecordsChildProvider around the screen');
  return value;
}

const NONE: AttendanceRecord[] = [];
const NO_LOG: ContactLogRecord[] = [];

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

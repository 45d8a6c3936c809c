import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { mondayOf, refParts, weekRef } from '../../domain/case/bundle';
import type { CaseReport } from '../../domain/case/types';
import { compareDates, type IsoDate } from '../../domain/dates';
import type { LetterRecord } from '../../domain/letters/types';
import { planSummary } from '../../domain/plan/summary';
import type { PlanRecord } from '../../domain/plan/types';
import type { AttendanceRecord, ContactLogRecord } from '../../domain/records/types';
import { contentT } from '../../ui/i18n/contentText';
import { useFormatDate } from '../../ui/i18n/useFormatDate';
import { useReasonLabel } from './shared';

/** One thing that can go in the bundle, in words: what it is, its date, and what it says. */
export interface BundleItem {
  ref: string;
  title: string;
  date?: IsoDate;
  lines: string[];
}

export interface BundleSources {
  name: string;
  attendance: AttendanceRecord[];
  log: ContactLogRecord[];
  letters: LetterRecord[];
  reports: CaseReport[];
  plan: PlanRecord | undefined;
}

const MISSED = new Set(['not-in', 'part', 'late']);

/** Every item the family can choose, by kind, newest first, each with its words for the print. */
export function useBundleItems(s: BundleSources) {
  const { t } = useTranslation(['records', 'plan']);
  const date = useFormatDate();
  const reason = useReasonLabel();
  return useMemo(() => {
    const ct = contentT(t);
    const byDate = <T extends { date?: IsoDate }>(a: T, b: T) => compareDates(b.date ?? '0000-01-01', a.date ?? '0000-01-01');

    const dayLine = (d: AttendanceRecord) =>
      [
        `${date(d.date)}: ${ct(`records:status.${d.status}`)}`,
        d.reason ? t('records:week.reason', { reason: reason(d.reason) }) : '',
        d.schoolCode ? t('records:week.code', { code: d.schoolCode }) : '',
        d.note?.trim() ?? '',
      ]
        .filter(Boolean)
        .join('. ');

    const weeks = new Map<IsoDate, AttendanceRecord[]>();
    for (const day of s.attendance) {
      const monday = mondayOf(day.date);
      weeks.set(monday, [...(weeks.get(monday) ?? []), day]);
    }
    const diary: (BundleItem & { summary: string })[] = [...weeks.entries()]
      .map(([monday, days]) => {
        const sorted = [...days].sort((a, b) => compareDates(a.date, b.date));
        return {
          ref: weekRef(monday),
          title: t('records:bundle.kinds.diary', { date: date(monday) }),
          date: monday,
          summary: t('records:bundle.pick.week', { date: date(monday), days: String(days.length), missed: String(days.filter((d) => MISSED.has(d.status)).length) }),
          lines: sorted.map(dayLine),
        };
      })
      .sort(byDate);

    // Single days worth showing on their own: missed, late or part of the day, or with a note.
    const days: BundleItem[] = s.attendance
      .filter((d) => MISSED.has(d.status) || d.note?.trim())
      .map((d) => ({
        ref: `diary:${d.id}`,
        title: t('records:bundle.kinds.day', { date: date(d.date) }),
        date: d.date,
        lines: [dayLine(d)],
      }))
      .sort(byDate);

    const log: BundleItem[] = s.log
      .map((e) => ({
        ref: `log:${e.id}`,
        title: t('records:bundle.kinds.log', { how: ct(`records:log.ways.${e.how}`), who: e.who }),
        date: e.date,
        lines: [e.said.trim() && t('records:bundle.body.said', { text: e.said.trim() }), e.agreed.trim() && t('records:bundle.body.agreed', { text: e.agreed.trim() })].filter(Boolean),
      }))
      .sort(byDate);

    const letters: BundleItem[] = s.letters
      .map((l) => ({
        ref: `letter:${l.id}`,
        title: t('records:bundle.kinds.letter', { subject: l.subject.trim() || t('records:bundle.kinds.untitled') }),
        date: l.sentOn,
        lines: [l.sentOn ? t('records:bundle.body.sent', { date: date(l.sentOn) }) : t('records:bundle.body.notSent'), l.recipient.replace(/\n/g, ', '), ...l.paragraphs].filter((x) => x.trim()),
      }))
      .sort(byDate);

    const reports: BundleItem[] = s.reports.map((r) => ({
      ref: `report:${r.id}`,
      title: r.author?.trim() ? t('records:bundle.kinds.reportBy', { title: r.title, author: r.author.trim() }) : r.title,
      ...(r.date ? { date: r.date } : {}),
      lines: r.notes?.trim() ? [r.notes.trim()] : [],
    }));

    const plan: BundleItem[] = s.plan
      ? [
          {
            ref: `plan:${s.plan.id}`,
            title: t('records:bundle.kinds.plan', { name: s.name }),
            date: s.plan.updatedAt.slice(0, 10),
            lines: planSummary(s.plan, s.name, (key, values) => ct(key, values ?? {}), (iso) => date(iso)).split('\n').slice(2).filter((l) => l.trim()),
          },
        ]
      : [];

    const all = new Map<string, BundleItem>([...diary, ...days, ...log, ...letters, ...reports, ...plan].map((i) => [i.ref, i]));
    return { diary, days, log, letters, reports, plan, find: (ref: string) => (refParts(ref) ? all.get(ref) : undefined) };
  }, [s, t, date, reason]);
}

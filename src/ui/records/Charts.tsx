import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { parseIsoDate } from '../../domain/dates';
import { MISMATCH_KINDS, roundPercent, type AttendanceSummary, type Mismatch, type ReasonsOverTime } from '../../domain/records/attendance';
import { dateWords, useFormatDate } from '../i18n/useFormatDate';
import './charts.css';

/*
 * The diary's pictures, drawn as plain SVG (no chart library). Each is a figure with a heading, an
 * image with a title and a description, and the same numbers as a real table for screen readers and
 * anyone who prefers one. In a right-to-left language the x-axis is mirrored, so time and bars run
 * from the start of the line, as the text does.
 */

const W = 320;

/** Mirrors x positions in right-to-left languages. `x` is the start edge, `w` the width. */
function useAxis() {
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.resolvedLanguage) === 'rtl';
  return {
    rtl,
    dir: rtl ? 'rtl' : 'ltr',
    x: (x: number, w = 0) => (rtl ? W - x - w : x),
    anchor: (a: 'start' | 'end' | 'middle') => (a === 'middle' || !rtl ? a : a === 'start' ? 'end' : 'start'),
  };
}

const dayMonth = (iso: string) => {
  const p = parseIsoDate(iso);
  return p ? `${p.day}/${p.month}` : iso;
};

function Figure({ heading, title, desc, height, children, table }: { heading: string; title: string; desc: string; height: number; children: ReactNode; table: ReactNode }) {
  const { t } = useTranslation('records');
  const { dir } = useAxis();
  const id = useId();
  return (
    <figure className="chart">
      <h3 className="chart__heading">{heading}</h3>
      <svg className="chart__svg" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} data-dir={dir} preserveAspectRatio="xMidYMid meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {children}
      </svg>
      <details className="chart__table no-print-closed">
        <summary>{t('pictures.table')}</summary>
        {table}
      </details>
    </figure>
  );
}

const pct = (p: number | null) => (p === null ? '–' : `${roundPercent(p)}%`);

/** Attendance each week as a percentage of the days recorded, over the term. */
export function WeeklyChart({ summary, heading }: { summary: AttendanceSummary; heading?: string }) {
  const { t } = useTranslation('records');
  const date = useFormatDate();
  const axis = useAxis();
  const weeks = summary.weeks;
  const H = 170;
  const top = 10;
  const bottom = 26;
  const start = 36;
  const plot = H - top - bottom;
  const band = (W - start - 4) / Math.max(weeks.length, 1);
  const barW = Math.max(2, band * 0.7);
  const every = Math.max(1, Math.ceil(weeks.length / 6));
  const y = (p: number) => top + plot - (plot * p) / 100;
  const summaryText = t('pictures.overall', {
    percent: summary.overall.percent === null ? '–' : roundPercent(summary.overall.percent),
    possible: summary.overall.possible,
    missed: summary.overall.missed,
    part: summary.overall.part,
    late: summary.overall.late,
    notRecorded: summary.overall.notRecorded,
  });
  return (
    <Figure
      heading={heading ?? t('pictures.weekly.heading')}
      title={t('pictures.weekly.heading')}
      desc={`${t('pictures.weekly.desc')} ${summaryText}`}
      height={H}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('pictures.weekly.week')}</th>
              <th scope="col">{t('pictures.weekly.percent')}</th>
              <th scope="col">{t('pictures.weekly.days')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{date(w.start)}</th>
                <td>{w.percent === null ? t('pictures.weekly.notRecorded') : pct(w.percent)}</td>
                <td>{w.possible}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {[0, 50, 100].map((g) => (
        <g key={g}>
          <line className="chart__grid" x1={axis.x(start)} x2={axis.x(W - 4)} y1={y(g)} y2={y(g)} />
          <text className="chart__label" x={axis.x(start - 4)} y={y(g) + 4} textAnchor={axis.anchor('end')}>
            {g}%
          </text>
        </g>
      ))}
      {weeks.map((w, i) => {
        const x0 = start + i * band + (band - barW) / 2;
        const mid = start + i * band + band / 2;
        return (
          <g key={w.start}>
            {w.percent === null ? (
              <rect className="chart__none" x={axis.x(x0, barW)} y={y(0) - 2} width={barW} height={2} />
            ) : (
              <rect className="chart__bar" x={axis.x(x0, barW)} y={y(w.percent)} width={barW} height={Math.max(0.5, y(0) - y(w.percent))} />
            )}
            {weeks.length <= 12 && w.percent !== null && (
              <text className="chart__value" x={axis.x(mid)} y={Math.max(top + 8, y(w.percent) - 3)} textAnchor="middle">
                {roundPercent(w.percent)}
              </text>
            )}
            {i % every === 0 && (
              <text className="chart__label" x={axis.x(mid)} y={H - 8} textAnchor="middle">
                {dayMonth(w.start)}
              </text>
            )}
          </g>
        );
      })}
    </Figure>
  );
}

/** Monday to Friday: the share of each weekday spent in school, as bars running along the line. */
export function WeekdayChart({ summary }: { summary: AttendanceSummary }) {
  const { t } = useTranslation('records');
  const axis = useAxis();
  const words = dateWords(t);
  const row = 28;
  const H = 5 * row + 6;
  const start = 96;
  const end = W - 44;
  const worst = summary.worstWeekday !== undefined ? t('pictures.weekday.worst', { day: words.weekdays[summary.worstWeekday] }) : t('pictures.weekday.noWorst');
  return (
    <Figure
      heading={t('pictures.weekday.heading')}
      title={t('pictures.weekday.heading')}
      desc={`${t('pictures.weekday.desc')} ${worst}`}
      height={H}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('pictures.weekday.day')}</th>
              <th scope="col">{t('pictures.weekday.percent')}</th>
              <th scope="col">{t('pictures.weekday.missed')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.weekdays.map((d) => (
              <tr key={d.weekday}>
                <th scope="row">{words.weekdays[d.weekday]}</th>
                <td>{pct(d.percent)}</td>
                <td>{d.missed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {summary.weekdays.map((d, i) => {
        const y0 = 4 + i * row;
        const len = d.percent === null ? 0 : ((end - start) * d.percent) / 100;
        const isWorst = d.weekday === summary.worstWeekday;
        return (
          <g key={d.weekday}>
            <text className={isWorst ? 'chart__label chart__label--strong' : 'chart__label'} x={axis.x(4)} y={y0 + 16} textAnchor={axis.anchor('start')}>
              {words.weekdays[d.weekday]}
            </text>
            <rect className="chart__track" x={axis.x(start, end - start)} y={y0 + 4} width={end - start} height={16} />
            {len > 0 && <rect className={isWorst ? 'chart__bar chart__bar--worst' : 'chart__bar'} x={axis.x(start, len)} y={y0 + 4} width={len} height={16} />}
            <text className="chart__value" x={axis.x(end + 4)} y={y0 + 16} textAnchor={axis.anchor('start')}>
              {pct(d.percent)}
            </text>
          </g>
        );
      })}
    </Figure>
  );
}

/** For each reason, a dot per week sized by the days it kept the child out, late or home early. */
export function ReasonsChart({ data, label }: { data: ReasonsOverTime; label: (reason: string) => string }) {
  const { t } = useTranslation('records');
  const date = useFormatDate();
  const axis = useAxis();
  if (data.reasons.length === 0) return <p className="chart__empty">{t('pictures.reasons.none')}</p>;
  const row = 40;
  const H = data.reasons.length * row + 4;
  const start = 8;
  const band = (W - start - 4) / Math.max(data.weeks.length, 1);
  const rMax = Math.max(2, Math.min(band / 2 - 0.5, 9));
  return (
    <Figure
      heading={t('pictures.reasons.heading')}
      title={t('pictures.reasons.heading')}
      desc={`${t('pictures.reasons.desc')} ${data.reasons.map(label).join('; ')}.`}
      height={H}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('pictures.reasons.week')}</th>
              {data.reasons.map((r) => (
                <th scope="col" key={r}>
                  {label(r)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.weeks.map((w) => (
              <tr key={w.start}>
                <th scope="row">{date(w.start)}</th>
                {data.reasons.map((r) => (
                  <td key={r}>{w.counts[r] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {data.reasons.map((r, i) => {
        const y0 = i * row;
        return (
          <g key={r}>
            <text className="chart__label" x={axis.x(4)} y={y0 + 13} textAnchor={axis.anchor('start')}>
              {label(r)}
            </text>
            <line className="chart__grid" x1={axis.x(start)} x2={axis.x(W - 4)} y1={y0 + 28} y2={y0 + 28} />
            {data.weeks.map((w, j) => {
              const n = w.counts[r] ?? 0;
              if (!n) return null;
              return <circle key={w.start} className={`chart__dot chart__dot--${i % 4}`} cx={axis.x(start + j * band + band / 2)} cy={y0 + 28} r={Math.min(rMax, 1.5 + n * 1.5)} />;
            })}
          </g>
        );
      })}
    </Figure>
  );
}

/** How many days the register code differs from the diary, by kind, and each day in the table. */
export function MismatchChart({ mismatches }: { mismatches: Mismatch[] }) {
  const { t } = useTranslation('records');
  const date = useFormatDate();
  const axis = useAxis();
  if (mismatches.length === 0) return <p className="chart__empty">{t('pictures.mismatch.none')}</p>;
  const kinds = MISMATCH_KINDS.map((k) => ({ k, n: mismatches.filter((m) => m.kind === k).length })).filter((x) => x.n > 0);
  const max = Math.max(...kinds.map((x) => x.n));
  const row = 40;
  const H = kinds.length * row + 4;
  const end = W - 40;
  return (
    <Figure
      heading={t('pictures.mismatch.heading')}
      title={t('pictures.mismatch.heading')}
      desc={`${t('pictures.mismatch.desc')} ${kinds.map((x) => `${t(`pictures.mismatch.kinds.${x.k}`)}: ${x.n}`).join('; ')}.`}
      height={H}
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">{t('pictures.mismatch.date')}</th>
              <th scope="col">{t('pictures.mismatch.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {mismatches.map((m) => (
              <tr key={m.date}>
                <th scope="row">{date(m.date)}</th>
                <td>{t(`pictures.mismatch.kinds.${m.kind}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {kinds.map(({ k, n }, i) => {
        const y0 = i * row;
        const len = ((end - 4) * n) / max;
        return (
          <g key={k}>
            <text className="chart__label" x={axis.x(4)} y={y0 + 13} textAnchor={axis.anchor('start')}>
              {t(`pictures.mismatch.kinds.${k}`)}
            </text>
            <rect className="chart__bar chart__bar--worst" x={axis.x(4, len)} y={y0 + 18} width={len} height={14} />
            <text className="chart__value" x={axis.x(len + 8)} y={y0 + 30} textAnchor={axis.anchor('start')}>
              {n}
            </text>
          </g>
        );
      })}
    </Figure>
  );
}

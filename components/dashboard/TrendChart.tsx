import { MIN_HISTORY_DAYS } from '../../lib/engine/arithmetic';
import type { Benchmark } from '../../lib/dashboard/dashboard-prefs';
import type { WeekTrend } from '../../lib/dashboard/school-overview';
import { formatLong, formatShort } from '../../lib/engine/dates';

/**
 * The school's year week by week, hand-drawn SVG like the pupil chart: each week's attendance and the
 * share of pupils persistently absent at the week's end, on one 0–100% scale, with the benchmarks the
 * school entered as dashed lines. The table under it holds the same figures.
 */
const W = 720;
const H = 240;
const PAD = { l: 44, r: 28, t: 12, b: 32 };

export function TrendChart({ weeks, national, la }: { weeks: WeekTrend[]; national?: Benchmark | undefined; la?: Benchmark | undefined }) {
  if (weeks.length === 0) return <p>No school weeks yet this year.</p>;
  const x = (i: number) => PAD.l + (weeks.length <= 1 ? (W - PAD.l - PAD.r) / 2 : (i * (W - PAD.l - PAD.r)) / (weeks.length - 1));
  const y = (pct: number) => PAD.t + ((100 - pct) * (H - PAD.t - PAD.b)) / 100;
  const path = (pick: (w: WeekTrend) => number | undefined) =>
    weeks
      .map((w, i) => [i, pick(w)] as const)
      .filter((d): d is readonly [number, number] => d[1] !== undefined)
      .map(([i, v], k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .join(' ');
  const every = Math.max(1, Math.ceil(weeks.length / 8));
  const last = weeks.at(-1)!;
  const refs = [
    national?.attendance !== undefined ? { v: national.attendance, label: `National attendance ${national.attendance}%` } : null,
    national?.pa !== undefined ? { v: national.pa, label: `National PA ${national.pa}%` } : null,
    la?.attendance !== undefined ? { v: la.attendance, label: `LA attendance ${la.attendance}%` } : null,
    la?.pa !== undefined ? { v: la.pa, label: `LA PA ${la.pa}%` } : null,
  ].filter((r): r is { v: number; label: string } => r !== null);
  const desc = `Week by week from ${formatLong(weeks[0]!.monday)}: attendance in the latest week ${last.attendance?.text ?? 'not known'}, pupils persistently absent ${last.paRate?.text ?? 'not known'} (${last.pa}).`;
  return (
    <>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-title trend-desc">
        <title id="trend-title">Line chart of the school's attendance and persistent absence by week</title>
        <desc id="trend-desc">{desc}</desc>
        {[100, 80, 60, 40, 20, 0].map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} stroke="#d0d5db" />
            <text x={PAD.l - 6} y={y(t) + 4} text-anchor="end" class="chart-text">
              {t}%
            </text>
          </g>
        ))}
        {refs.map((r) => (
          <g key={r.label}>
            <line x1={PAD.l} x2={W - PAD.r} y1={y(r.v)} y2={y(r.v)} stroke="#4a5560" stroke-dasharray="5 4" />
            <text x={PAD.l + 4} y={y(r.v) - 3} class="chart-text">
              {r.label}
            </text>
          </g>
        ))}
        <path d={path((w) => w.attendance?.pct)} fill="none" stroke="#0b5cad" stroke-width="2.5" />
        <path d={path((w) => w.paRate?.pct)} fill="none" stroke="#8a4b00" stroke-width="2" />
        <path d={path((w) => w.saRate?.pct)} fill="none" stroke="#8a1116" stroke-width="1.5" stroke-dasharray="2 3" />
        {weeks.map((w, i) => {
          const isLast = i === weeks.length - 1;
          // The last week's label ends at its tick (centred, it was cut off at the chart's edge); a regular label
          // too close to it (under ~80px) gives way so the two never overlap.
          if (!isLast && (i % every !== 0 || x(weeks.length - 1) - x(i) < 80)) return null;
          return (
            <text key={w.monday} x={x(i)} y={H - PAD.b + 16} text-anchor={isLast ? 'end' : i === 0 ? 'start' : 'middle'} class="chart-text">
              {formatShort(w.monday)}
            </text>
          );
        })}
      </svg>
      <ul class="chart-key">
        <li>
          <span class="key-line key-ytd" aria-hidden="true" /> Attendance that week
        </li>
        <li>
          <span class="key-line key-pa" aria-hidden="true" /> Pupils persistently absent (year so far, at the week's end)
        </li>
        <li>
          <span class="key-line key-sa" aria-hidden="true" /> Pupils severely absent
        </li>
        {refs.length > 0 && <li>Dashed grey lines: the benchmarks entered below.</li>}
      </ul>
      <p>{desc}</p>
      <details>
        <summary>The trend as a table</summary>
        <table>
          <caption>
            The school week by week. PA and SA at a week’s end count pupils with at least {MIN_HISTORY_DAYS} school days of marks by then.
          </caption>
          <thead>
            <tr>
              <th scope="col">Week beginning</th>
              <th scope="col" class="num">
                Attendance that week
              </th>
              <th scope="col" class="num">
                PA pupils
              </th>
              <th scope="col" class="num">
                SA pupils
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.monday}>
                <th scope="row">{formatLong(w.monday)}</th>
                <td class="num">{w.attendance?.text ?? 'No possible sessions'}</td>
                <td class="num">{w.paRate ? `${w.pa} (${w.paRate.text})` : 'Not yet counted'}</td>
                <td class="num">{w.saRate ? `${w.sa} (${w.saRate.text})` : 'Not yet counted'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

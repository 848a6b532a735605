import { attendanceSeries, ROLLING_WEEKS, seriesSummary, type SeriesPoint } from '../../lib/dashboard/attendance-series';
import type { ThresholdProfile } from '../../lib/engine/profiles';
import { formatLong } from '../../lib/engine/dates';

/**
 * Attendance week by week, drawn as plain SVG: two lines (so far this year; the last four weeks), the
 * national PA (90%) and SA (50%) lines and the LA profile's bands as shaded strips. Hand-drawn rather
 * than a charting library: it is one line chart with fixed axes, a few dozen points, and must add
 * nothing to the extension's size or its no-remote-code review. The same figures are given as a
 * sentence and as a table for anyone who cannot see the chart.
 */
const WIDE = 720;
const PAD = { l: 44, r: 28, t: 12, b: 36 };
const BAND_FILLS = ['#f3f8f4', '#fbf8ef', '#fdf3ea', '#fbeeee', '#f4f1f8', '#eef3f8'];

/**
 * `width`: the drawing's own width (its viewBox). The SVG scales to its box, so a narrow panel asks for
 * a narrow drawing: text then stays at its size instead of shrinking with the whole chart.
 */
export function AttendanceChart({ points, profile, width = WIDE }: { points: SeriesPoint[]; profile: ThresholdProfile; width?: number }) {
  const W = width;
  const H = width < WIDE ? 220 : 260;
  const rates = points.flatMap((p) => [p.yearToDate?.pct, p.rolling?.pct]).filter((x): x is number => typeof x === 'number');
  const lowest = rates.length ? Math.min(...rates) : 100;
  const yMin = Math.max(0, Math.min(40, Math.floor((lowest - 5) / 10) * 10));
  const x = (i: number) => PAD.l + (points.length <= 1 ? (W - PAD.l - PAD.r) / 2 : (i * (W - PAD.l - PAD.r)) / (points.length - 1));
  const y = (pct: number) => PAD.t + ((100 - pct) * (H - PAD.t - PAD.b)) / (100 - yMin);
  const line = (pick: (p: SeriesPoint) => number | undefined) =>
    points
      .map((p, i) => [i, pick(p)] as const)
      .filter((d): d is readonly [number, number] => d[1] !== undefined)
      .map(([i, v], k) => `${k ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`)
      .join(' ');
  const bands = profile.bands.map((b, i) => {
    const top = i === 0 ? 100 : profile.bands[i - 1]!.from!.pct;
    const bottom = Math.max(yMin, b.from?.pct ?? 0);
    return { b, top, bottom, fill: BAND_FILLS[i % BAND_FILLS.length]! };
  });
  const ticks = [100, 90, 80, 70, 60, 50, 40, 30, 20, 10, 0].filter((t) => t >= yMin);
  // About one week label per 90 units of width, so labels never overlap.
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(2, Math.floor(W / 90))));
  const summary = seriesSummary(points);

  return (
    <section class="card" aria-labelledby="chart-heading">
      <h2 id="chart-heading">Attendance week by week</h2>
      {points.length === 0 ? (
        <p>No school weeks in this period yet.</p>
      ) : (
        <>
          <svg class="chart" style={{ maxWidth: `${W}px` }} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title chart-desc">
            <title id="chart-title">Line chart of attendance by school week</title>
            <desc id="chart-desc">{summary}</desc>
            {bands
              .filter((s) => s.top > s.bottom)
              .map((s) => (
                <rect key={s.b.id} x={PAD.l} width={W - PAD.l - PAD.r} y={y(s.top)} height={y(s.bottom) - y(s.top)} fill={s.fill} />
              ))}
            {ticks.map((t) => (
              <g key={t}>
                <line x1={PAD.l} x2={W - PAD.r} y1={y(t)} y2={y(t)} stroke="#d0d5db" stroke-width="1" />
                <text x={PAD.l - 6} y={y(t) + 4} text-anchor="end" class="chart-text">
                  {t}%
                </text>
              </g>
            ))}
            <line x1={PAD.l} x2={W - PAD.r} y1={y(90)} y2={y(90)} stroke="#7a4100" stroke-width="1.5" stroke-dasharray="6 4" />
            {yMin <= 50 && (
              <>
                <line x1={PAD.l} x2={W - PAD.r} y1={y(50)} y2={y(50)} stroke="#8a1116" stroke-width="1.5" stroke-dasharray="2 3" />
              </>
            )}
            <path d={line((p) => p.rolling?.pct)} fill="none" stroke="#4a5560" stroke-width="1.5" stroke-dasharray="4 3" />
            <path d={line((p) => p.yearToDate?.pct)} fill="none" stroke="#0b5cad" stroke-width="2.5" />
            {points.map((p, i) =>
              p.yearToDate ? <circle key={p.monday} cx={x(i)} cy={y(p.yearToDate.pct)} r="3" fill="#0b5cad" /> : null,
            )}
            {/* The threshold labels after the lines, so their white halo keeps them legible where a line crosses. */}
            <text x={W - PAD.r - 4} y={y(90) - 4} text-anchor="end" class="chart-text">
              90%: persistent absence at or below
            </text>
            {yMin <= 50 && (
              <text x={W - PAD.r - 4} y={y(50) - 4} text-anchor="end" class="chart-text">
                50%: severe absence at or below
              </text>
            )}
            {points.map((p, i) => {
              const isLast = i === points.length - 1;
              // The last label ends at its tick (centred, it was cut off at the edge); one too close to it gives way.
              if (!isLast && (i % labelEvery !== 0 || x(points.length - 1) - x(i) < 80)) return null;
              return (
                <text key={p.monday} x={x(i)} y={H - PAD.b + 16} text-anchor={isLast && i > 0 ? 'end' : i === 0 ? 'start' : 'middle'} class="chart-text">
                  {p.label.replace('w/c ', '')}
                </text>
              );
            })}
          </svg>
          <ul class="chart-key">
            <li>
              <span class="key-line key-ytd" aria-hidden="true" /> Attendance so far this year (solid)
            </li>
            <li>
              <span class="key-line key-rolling" aria-hidden="true" /> Over the last {ROLLING_WEEKS} school weeks (dashed)
            </li>
            <li>
              Shaded strips: the {profile.name} bands ({profile.bands.map((b) => b.label).join('; ')}).
            </li>
          </ul>
          <p>{summary}</p>
          <details>
            <summary>The chart's figures as a table</summary>
            <table>
              <caption>Attendance by school week</caption>
              <thead>
                <tr>
                  <th scope="col">Week beginning</th>
                  <th scope="col" class="num">
                    So far this year
                  </th>
                  <th scope="col" class="num">
                    Last {ROLLING_WEEKS} weeks
                  </th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.monday}>
                    <th scope="row">{formatLong(p.monday)}</th>
                    <td class="num">{p.yearToDate ? `${p.yearToDate.text} (${p.yearToDate.num}/${p.yearToDate.den})` : 'No possible sessions'}</td>
                    <td class="num">{p.rolling ? p.rolling.text : 'No possible sessions'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}

export { attendanceSeries };

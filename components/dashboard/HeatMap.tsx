import { useMemo, useRef, useState } from 'preact/hooks';
import type { SchoolCalendar } from '../../lib/engine/calendar';
import { buildWeekGrid, type GridWeek } from '../../lib/dashboard/week-grid';
import { HEAT_CATEGORIES, HEAT_CATEGORY_IDS, heatCategory } from '../../lib/dashboard/heat-map';
import type { SessionMark } from '../../lib/engine/types';
import { formatDayMonth } from '../../lib/engine/dates';
import type { PupilRow } from '../../lib/store/rows';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

interface Props {
  marks: readonly SessionMark[];
  calendar: SchoolCalendar;
  /** The period shown: the academic year up to "as of" (or its end, for a past year). */
  from: string;
  to: string;
  row: PupilRow;
  /**
   * A narrow panel: only this many of the most recent weeks at first, with a button to show them all,
   * and short week labels (the full date is still read out).
   */
  recentWeeks?: number;
}

/**
 * The session heat map: school weeks (most recent first) × Mon–Fri × AM/PM, each cell tinted by what
 * its code counts as and showing the code itself. An ARIA grid: one cell is in the tab order, arrow
 * keys move between sessions, Home/End to the ends of a week, Page Up/Down four weeks, Ctrl+Home/End
 * to the first and last cell. Each cell is read as "<day> <session>, <code>: <meaning>".
 */
export function HeatMap({ marks, calendar, from, to, row, recentWeeks }: Props) {
  const weeks = useMemo(
    () =>
      buildWeekGrid({
        marks,
        calendar,
        from,
        to,
        ...(row.admissionDate ? { admissionDate: row.admissionDate } : {}),
        ...(row.leavingDate ? { leavingDate: row.leavingDate } : {}),
      }),
    [marks, calendar, from, to, row.admissionDate, row.leavingDate],
  );
  const [all, setAll] = useState(false);
  const narrow = recentWeeks !== undefined;
  const folds = narrow && weeks.length > recentWeeks;
  const shown = folds && !all ? weeks.slice(0, recentWeeks) : weeks;
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const gridRef = useRef<HTMLTableElement>(null);
  const [r0, c0] = active[0] < shown.length ? active : [0, 0];

  const move = (r: number, c: number) => {
    const rr = Math.max(0, Math.min(shown.length - 1, r));
    const cc = Math.max(0, Math.min(9, c));
    setActive([rr, cc]);
    gridRef.current?.querySelector<HTMLElement>(`[data-cell="${rr}-${cc}"]`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => move(r0, c0 + 1),
      ArrowLeft: () => move(r0, c0 - 1),
      ArrowDown: () => move(r0 + 1, c0),
      ArrowUp: () => move(r0 - 1, c0),
      PageDown: () => move(r0 + 4, c0),
      PageUp: () => move(r0 - 4, c0),
      Home: () => (e.ctrlKey ? move(0, 0) : move(r0, 0)),
      End: () => (e.ctrlKey ? move(shown.length - 1, 9) : move(r0, 9)),
    };
    const f = keys[e.key];
    if (f) {
      e.preventDefault();
      f();
    }
  };

  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Session heat map</h2>
      <p class="muted" id="heatmap-help">
        Every session of the period, most recent week first, with its code. Colours repeat what the code says; the legend
        below gives them in words. In the grid, use the arrow keys to move between sessions, Home and End for the ends of
        a week, Page Up and Page Down for four weeks at a time.
      </p>
      {weeks.length === 0 ? (
        <p>No school weeks in this period.</p>
      ) : (
        <div class="history-wrap">
          <table
            id="heatmap-grid"
            class={narrow ? 'history heatmap narrow' : 'history heatmap'}
            role="grid"
            ref={gridRef}
            aria-labelledby="heatmap-caption"
            aria-describedby={folds ? 'heatmap-help heatmap-shown' : 'heatmap-help'}
            aria-rowcount={shown.length + 2}
            onKeyDown={onKey}
          >
            <caption id="heatmap-caption">Session history by school week, most recent first</caption>
            <thead>
              <tr>
                <th scope="col" rowSpan={2}>
                  Week beginning
                </th>
                {DAYS.map((d) => (
                  <th key={d} scope="colgroup" colSpan={2}>
                    {d.slice(0, 3)}
                  </th>
                ))}
              </tr>
              <tr>
                {DAYS.flatMap((d) =>
                  (['AM', 'PM'] as const).map((s) => (
                    <th key={`${d}${s}`} scope="col">
                      <span class="visually-hidden">{d} </span>
                      {s}
                    </th>
                  )),
                )}
              </tr>
            </thead>
            <tbody>
              {shown.map((w, r) => (
                <WeekRow key={w.monday} week={w} r={r} narrow={narrow} active={r === r0 ? c0 : -1} onFocusCell={(c) => setActive([r, c])} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {folds && (
        <p class="actions-row">
          <span id="heatmap-shown">
            {all ? `All ${weeks.length} school weeks shown.` : `The last ${shown.length} of ${weeks.length} school weeks shown.`}
          </span>
          <button type="button" class="secondary" aria-controls="heatmap-grid" onClick={() => setAll(!all)}>
            {all ? `Show the last ${recentWeeks} weeks only` : `Show all ${weeks.length} weeks`}
          </button>
        </p>
      )}
      <h3 id="legend-heading">Legend</h3>
      <ul class="heat-legend" aria-labelledby="legend-heading">
        {HEAT_CATEGORY_IDS.map((k) => (
          <li key={k}>
            <span class={`swatch heat-${k}`} aria-hidden="true">
              {HEAT_CATEGORIES[k].example.split(' ')[0] || '\u00a0'}
            </span>
            {HEAT_CATEGORIES[k].label}
            {HEAT_CATEGORIES[k].example && k !== 'no-mark' ? ` (for example ${HEAT_CATEGORIES[k].example.split(' ').join(', ')})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

function WeekRow({ week, r, narrow, active, onFocusCell }: { week: GridWeek; r: number; narrow: boolean; active: number; onFocusCell: (c: number) => void }) {
  return (
    <tr>
      <th scope="row">
        {narrow ? (
          <>
            <span aria-hidden="true">{formatDayMonth(week.monday)}</span>
            <span class="visually-hidden">{week.label}</span>
          </>
        ) : (
          week.label
        )}
      </th>
      {week.cells.map((cell, c) => {
        const cat = heatCategory(cell);
        const day = DAYS[Math.floor(c / 2)]!;
        return (
          <td
            key={`${cell.date}${cell.session}`}
            role="gridcell"
            class={`heat-${cat}`}
            data-cell={`${r}-${c}`}
            tabIndex={active === c ? 0 : -1}
            title={cell.meaning}
            onFocus={() => onFocusCell(c)}
          >
            <span aria-hidden="true">{cell.code ?? (cat === 'no-mark' ? '–' : '')}</span>
            <span class="visually-hidden">
              {day} {cell.session}, {cell.code !== null ? `${cell.code}: ` : ''}
              {cell.meaning}
            </span>
          </td>
        );
      })}
    </tr>
  );
}

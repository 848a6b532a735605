import { useMemo } from 'preact/hooks';
import type { SchoolCalendar } from '../../lib/engine/calendar';
import { buildWeekGrid, type GridCell } from '../../lib/dashboard/week-grid';
import { normaliseMark } from '../../lib/engine/codes';
import type { SessionMark } from '../../lib/engine/types';
import type { PupilRow } from '../../lib/store/rows';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

interface Props {
  marks: readonly SessionMark[];
  calendar: SchoolCalendar;
  asOf: string;
  row: PupilRow;
}

/** Week by week, most recent first: each session's code with its meaning in words. */
export function SessionHistory({ marks, calendar, asOf, row }: Props) {
  const weeks = useMemo(
    () =>
      buildWeekGrid({
        marks,
        calendar,
        from: calendar.academicYearOf(asOf).start,
        to: asOf,
        ...(row.admissionDate ? { admissionDate: row.admissionDate } : {}),
        ...(row.leavingDate ? { leavingDate: row.leavingDate } : {}),
      }),
    [marks, calendar, asOf, row.admissionDate, row.leavingDate],
  );
  return (
    <section class="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Session history</h2>
      <p class="muted">
        This academic year, most recent week first. Grey cells are not school days or not on roll; “no mark” is a school
        session with no mark stored.
      </p>
      {weeks.length === 0 ? (
        <p>No school weeks yet this academic year.</p>
      ) : (
        <div class="history-wrap" tabIndex={0} role="group" aria-labelledby="history-heading">
          <table class="history">
            <caption>Session history by school week, most recent first</caption>
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
              {weeks.map((w) => (
                <tr key={w.monday}>
                  <th scope="row">{w.label}</th>
                  {w.cells.map((c) => (
                    <Cell key={`${c.date}${c.session}`} cell={c} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Cell({ cell }: { cell: GridCell }) {
  if (cell.code !== null) {
    const cat = normaliseMark(cell.code, cell.date).category;
    const absent = cat === 'authorised' || cat === 'unauthorised';
    const cls = cell.kind === 'mark' ? `cell-mark${absent ? ' cell-absent' : ''}` : `cell-mark cell-${cell.kind}`;
    return (
      <td class={cls} title={cell.meaning}>
        {cell.code}
        <span class="visually-hidden">: {cell.meaning}</span>
      </td>
    );
  }
  if (cell.kind === 'no-mark') {
    return (
      <td class="cell-no-mark" title={cell.meaning}>
        no mark
      </td>
    );
  }
  return (
    <td class={`cell-${cell.kind}`} title={cell.meaning}>
      <span class="visually-hidden">{cell.meaning}</span>
    </td>
  );
}

import { coverageWords } from '../../lib/dashboard/pupil-list';
import { pupilHref } from '../../lib/dashboard/routes';
import type { WorkQuery, WorkRow, WorkTab } from '../../lib/dashboard/work-lists';
import { formatLong } from '../../lib/engine/dates';
import { attendanceText, StatusWord } from './StatusWord';

type SortKey = WorkQuery['sort'];
interface Props {
  rows: readonly WorkRow[];
  tab: WorkTab;
  query: Pick<WorkQuery, 'sort' | 'dir'>;
  onSort: (next: Pick<WorkQuery, 'sort' | 'dir'>) => void;
}

const DIR_WORDS = { name: { asc: 'A to Z', desc: 'Z to A' }, attendance: { asc: 'lowest first', desc: 'highest first' }, group: { asc: 'A to Z', desc: 'Z to A' } } as const;
const sessions = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`;

/** One row per pupil: name (link to their page), group, figure, status, band, flags, how complete the history is, and what the tab is about. */
export function PupilTable({ rows, tab, query, onSort }: Props) {
  const header = (key: SortKey, label: string, cls?: string) => {
    const active = query.sort === key;
    const next = active && query.dir === 'asc' ? 'desc' : 'asc';
    return (
      <th scope="col" class={cls} aria-sort={active ? (query.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" class="sort" onClick={() => onSort({ sort: key, dir: next })}>
          {label}
          <span class="visually-hidden">{active ? `, sorted ${DIR_WORDS[key][query.dir]}` : ''}. Sort {DIR_WORDS[key][next]}</span>
        </button>
      </th>
    );
  };
  const extra = tab === 'at-risk' || tab === 'all' ? 'To PA' : tab === 'no-recent-marks' ? 'Last mark stored' : null;
  return (
    <table>
      <caption class="visually-hidden">Pupils and their attendance this year</caption>
      <thead>
        <tr>
          {header('name', 'Pupil')}
          {header('group', 'Group')}
          {header('attendance', 'Attendance', 'num')}
          <th scope="col">Status</th>
          <th scope="col">LA band</th>
          <th scope="col">Time-window flags</th>
          <th scope="col">History</th>
          {extra && <th scope="col">{extra}</th>}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={extra ? 8 : 7}>No pupils in this list with these filters.</td>
          </tr>
        )}
        {rows.map(({ s: p, sessionsToPa, lastMark, schoolDaysSinceMark, newlyPa }) => (
          <tr key={p.pupilId}>
            <th scope="row">
              <a href={pupilHref(p.pupilId)}>{p.name}</a>
            </th>
            <td>{p.row.regGroup ?? p.row.yearGroup ?? ''}</td>
            <td class="num">{attendanceText(p.badge)}</td>
            <td>
              <StatusWord badge={p.badge} />
              {newlyPa && <span class="chip">New this week</span>}
            </td>
            <td>{p.badge.band?.label ?? ''}</td>
            <td>
              {p.badge.markers.length === 0 ? (
                <span class="muted">None</span>
              ) : (
                p.badge.markers.map((m) => (
                  <span key={m.id} class="chip" title={m.text}>
                    {m.short}
                    <span class="visually-hidden">: {m.text}</span>
                  </span>
                ))
              )}
            </td>
            <td class="nowrap">{coverageWords(p)}</td>
            {extra === 'To PA' && <td>{sessionsToPa === null ? '' : sessionsToPa === 0 ? 'PA now' : `${sessions(sessionsToPa)} more missed`}</td>}
            {extra === 'Last mark stored' && <td>{lastMark ? `${formatLong(lastMark)} (${schoolDaysSinceMark} school ${schoolDaysSinceMark === 1 ? "day" : "days"} since)` : 'None this year'}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

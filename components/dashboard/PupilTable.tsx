import { coverageWords, type ListQuery, type SortKey } from '../../lib/dashboard/pupil-list';
import type { PupilSummary } from '../../lib/dashboard/pupil-summary';
import { pupilHref } from '../../lib/dashboard/routes';
import { attendanceText, StatusWord } from './StatusWord';

interface Props {
  rows: readonly PupilSummary[];
  query: ListQuery;
  onSort: (next: Pick<ListQuery, 'sort' | 'dir'>) => void;
}

const DIR_WORDS = { name: { asc: 'A to Z', desc: 'Z to A' }, attendance: { asc: 'lowest first', desc: 'highest first' } } as const;

/** One row per pupil: name (link to their page), group, figure, status, band, flags, how complete the history is. */
export function PupilTable({ rows, query, onSort }: Props) {
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
  return (
    <table>
      <caption class="visually-hidden">Pupils and their attendance this year</caption>
      <thead>
        <tr>
          {header('name', 'Pupil')}
          <th scope="col">Group</th>
          {header('attendance', 'Attendance', 'num')}
          <th scope="col">Status</th>
          <th scope="col">LA band</th>
          <th scope="col">Time-window flags</th>
          <th scope="col">History</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((p) => (
          <tr key={p.pupilId}>
            <th scope="row">
              <a href={pupilHref(p.pupilId)}>{p.name}</a>
            </th>
            <td>{p.row.regGroup ?? p.row.yearGroup ?? ''}</td>
            <td class="num">{attendanceText(p.badge)}</td>
            <td>
              <StatusWord badge={p.badge} />
            </td>
            <td>{p.badge.band?.label ?? ''}</td>
            <td>
              {p.badge.markers.length === 0
                ? <span class="muted">None</span>
                : p.badge.markers.map((m) => (
                    <span key={m.id} class="chip" title={m.text}>
                      {m.short}
                      <span class="visually-hidden">: {m.text}</span>
                    </span>
                  ))}
            </td>
            <td>{coverageWords(p)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

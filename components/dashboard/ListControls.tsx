import { FILTER_IDS, FILTERS, type ListFilter, type ListQuery } from '../../lib/dashboard/pupil-list';

interface Props {
  query: ListQuery;
  counts: Record<ListFilter, number>;
  onChange: (next: Partial<ListQuery>) => void;
}

/** Which pupils to show and a name search; both apply as you type or choose. */
export function ListControls({ query, counts, onChange }: Props) {
  return (
    <form class="controls" role="search" aria-label="Filter pupils" onSubmit={(e) => e.preventDefault()}>
      <div>
        <label for="list-filter">Show</label>
        <select id="list-filter" value={query.filter} onChange={(e) => onChange({ filter: e.currentTarget.value as ListFilter })}>
          {FILTER_IDS.map((id) => (
            <option key={id} value={id}>
              {FILTERS[id].label} ({counts[id]})
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="list-search">Search by name or UPN</label>
        <input id="list-search" type="search" value={query.search} onInput={(e) => onChange({ search: e.currentTarget.value })} autoComplete="off" />
      </div>
    </form>
  );
}

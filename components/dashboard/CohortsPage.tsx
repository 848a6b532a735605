import { useMemo } from 'preact/hooks';
import { compareCohorts, type GroupFigures } from '../../lib/dashboard/cohorts';
import { MIN_HISTORY_DAYS } from '../../lib/engine/arithmetic';
import { formatLong } from '../../lib/engine/dates';
import type { DashboardContext } from './context';
import { PageHeading } from './PageHeading';
import { usePupilList } from './use-pupil-list';

const pts = (n: number | null) => (n === null ? '–' : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n).toFixed(1)} points`);

function Cells({ g }: { g: GroupFigures }) {
  return (
    <>
      <td class="num">{g.pupils}</td>
      <td class="num">{g.attendance?.text ?? '–'}</td>
      <td class="num">{g.unauthorised?.text ?? '–'}</td>
      <td class="num">
        {g.pa} ({g.paRate?.text ?? '–'})
      </td>
      <td class="num">
        {g.sa} ({g.saRate?.text ?? '–'})
      </td>
      <td class="num">{g.building}</td>
    </>
  );
}

const HEAD = (
  <>
    <th scope="col" class="num">
      Pupils
    </th>
    <th scope="col" class="num">
      Attendance
    </th>
    <th scope="col" class="num">
      Unauthorised absence
    </th>
    <th scope="col" class="num">
      PA pupils (rate)
    </th>
    <th scope="col" class="num">
      SA pupils (rate)
    </th>
    <th scope="col" class="num">
      Not yet counted
    </th>
  </>
);

/** Rates for each characteristic beside the pupils without it, the gap in points, and each year group. */
export function CohortsPage({ ctx }: { ctx: DashboardContext }) {
  const { all, error } = usePupilList(ctx);
  const c = useMemo(() => (all ? compareCohorts(all) : null), [all]);
  return (
    <>
      <PageHeading title="Compare groups" />
      <p class="lede">
        Attendance this academic year up to {formatLong(ctx.asOf)} for groups of pupils: the gaps the school's attendance policy must address.
        Only characteristics stored for some pupil are shown; pupils whose value is not known are in neither column.
      </p>
      <p>
        PA and SA rates count only pupils whose figures rest on at least {MIN_HISTORY_DAYS} school days of marks this year. “Not yet counted” are pupils
        with marks on fewer days (too little history): their sessions are in the attendance figures, but they are in no PA or SA figure yet.
      </p>
      {error !== undefined && <p role="alert">The store could not be read: {String(error)}</p>}
      {!c ? (
        error === undefined && <p>Loading…</p>
      ) : (
        <>
          <section class="card" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">Characteristics</h2>
            {c.pairs.length === 0 ? (
              <p>No characteristics (FSM, SEN, EAL, CiC) are stored yet: import a CTF or a CSV with them.</p>
            ) : (
              <table>
                <caption>Each characteristic against the pupils without it</caption>
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    {HEAD}
                    <th scope="col" class="num">
                      Attendance gap
                    </th>
                    <th scope="col" class="num">
                      PA gap
                    </th>
                  </tr>
                </thead>
                {c.pairs.map((p) => (
                  <tbody key={p.id}>
                    <tr>
                      <th scope="row">{p.withIt.label}</th>
                      <Cells g={p.withIt} />
                      <td class="num" rowSpan={2}>
                        {pts(p.attendanceGap)}
                      </td>
                      <td class="num" rowSpan={2}>
                        {pts(p.paGap)}
                      </td>
                    </tr>
                    <tr>
                      <th scope="row">{p.without.label}</th>
                      <Cells g={p.without} />
                    </tr>
                  </tbody>
                ))}
              </table>
            )}
          </section>
          <section class="card" aria-labelledby="years-heading">
            <h2 id="years-heading">Year groups</h2>
            <table>
              <caption>Each year group and the whole school</caption>
              <thead>
                <tr>
                  <th scope="col">Year group</th>
                  {HEAD}
                </tr>
              </thead>
              <tbody>
                {[...c.yearGroups, c.all].map((g) => (
                  <tr key={g.id}>
                    <th scope="row">{g.label}</th>
                    <Cells g={g} />
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </>
  );
}

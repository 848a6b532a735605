import type { CodeBreakdown } from '../../lib/dashboard/code-breakdown';

const CATEGORY_WORDS: Record<string, string> = {
  present: 'Present',
  aea: 'Approved activity (attending)',
  authorised: 'Authorised absence',
  unauthorised: 'Unauthorised absence',
  notPossible: 'Not possible (not counted)',
  missing: 'Blank (not counted)',
  unknown: 'Unknown code (not counted)',
};

const sessions = (n: number) => `${n} ${n === 1 ? 'session' : 'sessions'}`;

/** What the absence is made of (illness, holiday, unauthorised…), then every code seen. */
export function CodeBreakdownCard({ breakdown }: { breakdown: CodeBreakdown }) {
  const { groups, codes, absentSessions } = breakdown;
  return (
    <section class="card" aria-labelledby="breakdown-heading">
      <h2 id="breakdown-heading">What the absence is made of</h2>
      {absentSessions === 0 ? (
        <p>No absence recorded in this period.</p>
      ) : (
        <table>
          <caption>
            {sessions(absentSessions)} of absence, by kind
          </caption>
          <thead>
            <tr>
              <th scope="col">Kind of absence</th>
              <th scope="col" class="num">
                Sessions
              </th>
              <th scope="col" class="num">
                Share of absence
              </th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.label}</th>
                <td class="num">{g.sessions}</td>
                <td class="num">{((100 * g.sessions) / absentSessions).toFixed(0)}%</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details>
        <summary>Every code recorded ({codes.length})</summary>
        <table>
          <caption>Sessions by code</caption>
          <thead>
            <tr>
              <th scope="col">Code</th>
              <th scope="col">Meaning</th>
              <th scope="col">Counts as</th>
              <th scope="col" class="num">
                Sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => (
              <tr key={c.code}>
                <th scope="row" class="cell-mark">
                  {c.code}
                </th>
                <td>{c.meaning}</td>
                <td>{CATEGORY_WORDS[c.category] ?? c.category}</td>
                <td class="num">{c.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

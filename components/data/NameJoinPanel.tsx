import { useSignal } from '@preact/signals';
import { useLive } from '../../lib/store/live';
import type { StoreDb } from '../../lib/store/schema';
import { findJoins, joinPupils } from '../../lib/store/join-by-name-io';
import { pupilName } from '../../lib/store/merge-pupil';
import type { JoinProposal } from '../../lib/store/join-by-name';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Pupils stored from a names-only register ("known by name in 7RB on this site") beside the pupil an
 * import stored with a UPN under the same name in the same group: the same child twice, until the user
 * joins them. Nothing is joined without the user's click; every ticked pair is joined, or none.
 */
export function NameJoinPanel({ db }: { db: StoreDb }) {
  const proposals = useLive(() => findJoins(db), [db]);
  const unticked = useSignal<ReadonlySet<string>>(new Set());
  const status = useSignal('');
  const busy = useSignal(false);
  const list: JoinProposal[] = proposals.value.value ?? [];
  if (!list.length && !status.value) return null;
  const chosen = list.filter((p) => !unticked.value.has(p.byName.id));

  const join = async () => {
    busy.value = true;
    try {
      const n = await joinPupils(
        db,
        chosen.map((p) => ({ byNameId: p.byName.id, withUpnId: p.withUpn.id })),
      );
      status.value = `Joined ${plural(n, 'pupil')}: each now has one record with its UPN and every mark.`;
      unticked.value = new Set();
    } catch (e) {
      status.value = `Nothing was joined: ${(e as Error).message}`;
    } finally {
      busy.value = false;
    }
  };

  return (
    <section aria-labelledby="name-join-heading">
      <h3 id="name-join-heading">Pupils stored by name only</h3>
      {list.length ? (
        <>
          <p>
            {plural(list.length, 'pupil was', 'pupils were')} stored from a register page that shows names only, and an import has a pupil with
            the same name (in the same group, where the import gives one). If they are the same child, join them: the marks and actions move to the imported pupil, and the
            register page finds that pupil from now on.
          </p>
          <table>
            <caption>Stored by name only, beside the imported pupil of the same name</caption>
            <thead>
              <tr>
                <th scope="col">Join</th>
                <th scope="col">From the register page</th>
                <th scope="col">Group on the page</th>
                <th scope="col">From the import</th>
                <th scope="col">Group in the import</th>
                <th scope="col">Date of birth</th>
                <th scope="col">UPN</th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => {
                const ticked = !unticked.value.has(p.byName.id);
                const name = pupilName(p.byName);
                return (
                  <tr key={p.byName.id}>
                    <td>
                      <input
                        type="checkbox"
                        checked={ticked}
                        aria-label={`Join ${name} with the imported ${pupilName(p.withUpn)}`}
                        onChange={(e) => {
                          const next = new Set(unticked.value);
                          if ((e.currentTarget as HTMLInputElement).checked) next.delete(p.byName.id);
                          else next.add(p.byName.id);
                          unticked.value = next;
                        }}
                      />
                    </td>
                    <td>{name}</td>
                    <td>{p.byName.regGroup}</td>
                    <td>{pupilName(p.withUpn)}</td>
                    <td>{p.withUpn.regGroup ?? (p.withUpn.yearGroup ? `not given (year ${p.withUpn.yearGroup})` : 'not given')}</td>
                    <td>{p.withUpn.dob ? longDate(p.withUpn.dob) : 'not known'}</td>
                    <td>{p.withUpn.upn}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <button type="button" disabled={busy.value || !chosen.length} onClick={() => void join()}>
            Join {plural(chosen.length, 'pupil')}
          </button>
        </>
      ) : null}
      <p role="status">{status.value}</p>
    </section>
  );
}

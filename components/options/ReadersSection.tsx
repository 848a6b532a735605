import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { readers } from '../../lib/readers/all';
import { isReaderEnabled, loadReaderSwitches, setReaderEnabled, watchReaderSwitches, type ReaderSwitches } from '../../lib/settings/readers';
import { loadTaught, removeTaught, updateTaught, watchTaught, type TaughtEntry } from '../../lib/settings/taught';
import { formatLong } from '../../lib/engine/dates';
import { todayLocal } from '../../lib/clock';

export interface ReadersSectionProps {
  /** Unused; lets the section sit in the options page's list of plain `ComponentType`s. */
  children?: ComponentChildren;
}

function TaughtRow({ entry, said }: { entry: TaughtEntry; said: (text: string) => void }) {
  const [renaming, setRenaming] = useState(false);
  const [label, setLabel] = useState(entry.label);
  const inputId = `taught-label-${entry.id}`;
  return (
    <tr>
      <th scope="row">
        {renaming ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void updateTaught(entry.id, { label }).then(() => {
                setRenaming(false);
                said(`Renamed to “${label.trim() || entry.pathPattern}”.`);
              });
            }}
          >
            <label for={inputId}>New name for {entry.label}</label>{' '}
            <input id={inputId} type="text" value={label} maxLength={200} onInput={(e) => setLabel(e.currentTarget.value)} />{' '}
            <button type="submit">Save name</button>{' '}
            <button type="button" class="secondary" onClick={() => setRenaming(false)}>Cancel</button>
          </form>
        ) : (
          entry.label
        )}
      </th>
      <td><code>{entry.origin.replace(/^https?:\/\//, '')}{entry.pathPattern}</code></td>
      <td>{formatLong(todayLocal(new Date(entry.createdAt)))}</td>
      <td>
        {!renaming && (
          <button type="button" class="secondary" aria-label={`Rename ${entry.label}`} onClick={() => { setLabel(entry.label); setRenaming(true); }}>
            Rename
          </button>
        )}{' '}
        <button
          type="button"
          class="secondary"
          aria-label={`Remove ${entry.label}`}
          onClick={() => void removeTaught(entry.id).then(() => said(`“${entry.label}” removed: that page is no longer read with what you taught.`))}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}

/**
 * Page readers: each built-in reader can be switched off (one that misreads a school's pages need
 * not take the others with it), and pages the user taught can be renamed or removed. A taught page
 * is changed by teaching it again from the page itself.
 */
export function ReadersSection(_props: ReadersSectionProps) {
  const [switches, setSwitches] = useState<ReaderSwitches | null>(null);
  const [taught, setTaught] = useState<TaughtEntry[]>([]);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const refresh = () => {
      void loadReaderSwitches().then(setSwitches);
      void loadTaught().then(setTaught);
    };
    refresh();
    // Follow changes made elsewhere (teaching a page in another tab).
    const life = new AbortController();
    watchTaught(setTaught, life.signal);
    watchReaderSwitches(setSwitches, life.signal);
    return () => life.abort();
  }, []);

  if (!switches) return <p>Loading…</p>;

  const toggle = async (id: string, label: string, on: boolean) => {
    setSwitches(await setReaderEnabled(id, on));
    setStatus(`${label} reader ${on ? 'on' : 'off'}.`);
  };
  const said = (text: string) => {
    setStatus(text);
    void loadTaught().then(setTaught);
  };

  return (
    <div>
      <h3 id="builtin-readers-heading">Built-in readers</h3>
      <p>Attendance Lens picks the reader for each page. Switch one off if it misreads your school’s pages; the others still work.</p>
      <ul class="plain" aria-labelledby="builtin-readers-heading">
        {readers.map((r) => (
          <li key={r.id}>
            <label>
              <input type="checkbox" role="switch" checked={isReaderEnabled(switches, r.id)} onChange={(e) => void toggle(r.id, r.label, e.currentTarget.checked)} /> {r.label}
            </label>
          </li>
        ))}
      </ul>
      <h3 id="taught-pages-heading">Pages you taught</h3>
      {taught.length === 0 ? (
        <p>None yet. On a register page no reader recognises, choose “Teach this page” in the Attendance Lens notice.</p>
      ) : (
        <>
          <p>To change how a page is read, open it and teach it again.</p>
          <table aria-labelledby="taught-pages-heading">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Pages</th>
                <th scope="col">Taught on</th>
                <th scope="col"><span class="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {[...taught].sort((a, b) => a.label.localeCompare(b.label)).map((e) => (
                <TaughtRow key={`${e.id}|${e.label}`} entry={e} said={said} />
              ))}
            </tbody>
          </table>
        </>
      )}
      <p role="status">{status}</p>
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { parseSchoolIcs, specFromProposal, type IcsProposal } from '../../lib/dashboard/calendar-ics';
import { customCalendar, type CalendarSpec, type ClosureDetail, type TermSpec } from '../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../lib/engine/calendars/kent';
import { formatLong, isIsoDate } from '../../lib/engine/dates';
import { readSchool, saveSchool } from '../../lib/store/settings';
import { openStore } from '../../lib/store/schema';

type Mode = 'kent' | 'custom';
const KENT_PRESET = 'kent-2024/25-2026/27';

/**
 * The school calendar: Kent's published term dates or the school's own, plus its INSET days and
 * closures, optionally imported from an .ics file (previewed, with what was left out, before use).
 * Saved as the school settings' calendar, which the engine, overlay and dashboard all read.
 */
export function CalendarSection() {
  const db = openStore();
  const [mode, setMode] = useState<Mode>('kent');
  const [terms, setTerms] = useState<TermSpec[]>([]);
  const [closures, setClosures] = useState<ClosureDetail[]>([]);
  const [newDay, setNewDay] = useState({ date: '', reason: 'INSET day' });
  const [proposal, setProposal] = useState<IcsProposal | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    readSchool(db).then(
      (row) => {
        const spec = row.calendar;
        const isKent = !spec || row.calendarPresetId === KENT_PRESET;
        setMode(isKent ? 'kent' : 'custom');
        setTerms(isKent ? [] : spec!.terms);
        const own = (spec?.closureDetails ?? []).filter((c) => c.editable);
        setClosures(isKent ? own : (spec?.closureDetails ?? spec?.closures.map((date) => ({ date, reason: 'Closure', editable: true })) ?? []));
        setLoaded(true);
      },
      (e: unknown) => setMessage({ kind: 'error', text: `The calendar could not be read: ${e instanceof Error ? e.message : String(e)}` }),
    );
  }, []);

  const buildSpec = (): CalendarSpec => {
    if (mode === 'kent') {
      const base = kentCalendarYears(KENT_YEARS, { insetDays: closures.map((c) => c.date) });
      // The school's own reasons for its days, kept beside Kent's bank holidays.
      const mine = new Map(closures.map((c) => [c.date, c]));
      return { ...base, closureDetails: (base.closureDetails ?? []).map((d) => mine.get(d.date) ?? d) };
    }
    return customCalendar({ terms, closures: closures.map((c) => c.date), closureDetails: closures, provenance: { source: 'Entered in settings' } });
  };

  const save = async () => {
    setMessage(null);
    const bad = terms.find((t) => !t.name.trim() || !isIsoDate(t.start) || !isIsoDate(t.end) || t.end < t.start);
    if (mode === 'custom' && terms.length === 0) return setMessage({ kind: 'error', text: 'Not saved: add at least one term, or choose Kent’s term dates.' });
    if (mode === 'custom' && bad) return setMessage({ kind: 'error', text: `Not saved: the term “${bad.name || '(no name)'}” needs a name, a start date and an end date on or after it.` });
    try {
      const spec = buildSpec();
      const row = await readSchool(db);
      await saveSchool(db, { ...row, calendar: spec, calendarPresetId: mode === 'kent' ? KENT_PRESET : 'custom' });
      setMessage({ kind: 'ok', text: `Calendar saved: ${mode === 'kent' ? 'Kent’s term dates' : `${terms.length} ${terms.length === 1 ? 'term' : 'terms'}`} and ${closures.length} ${closures.length === 1 ? 'closure' : 'closures'} of your own. Figures everywhere now use it.` });
    } catch (e) {
      setMessage({ kind: 'error', text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const addDay = () => {
    if (!isIsoDate(newDay.date)) return setMessage({ kind: 'error', text: 'Enter the date of the INSET day or closure.' });
    if (closures.some((c) => c.date === newDay.date)) return setMessage({ kind: 'error', text: `${formatLong(newDay.date)} is already in the list.` });
    setClosures([...closures, { date: newDay.date, reason: newDay.reason.trim() || 'Closure', editable: true }].sort((a, b) => (a.date < b.date ? -1 : 1)));
    setNewDay({ date: '', reason: 'INSET day' });
    setMessage(null);
  };

  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      setProposal(parseSchoolIcs(await file.text()));
      setMessage(null);
    } catch (err) {
      setProposal(null);
      setMessage({ kind: 'error', text: `Nothing imported from ${file.name}: ${err instanceof Error ? err.message : String(err)}` });
    }
  };

  const useProposal = () => {
    if (!proposal) return;
    const spec = specFromProposal(proposal, 'ics');
    if (proposal.terms.length) {
      setMode('custom');
      setTerms(spec.terms);
    }
    const byDate = new Map(closures.map((c) => [c.date, c]));
    for (const c of spec.closureDetails ?? []) byDate.set(c.date, c);
    setClosures([...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1)));
    setProposal(null);
    setMessage({ kind: 'ok', text: 'Dates taken from the file. Check them, then save the calendar.' });
  };

  if (!loaded) return <p>Loading the calendar…</p>;
  return (
    <div>
      <p>Which days are school days decides every figure: set your own term dates if they differ from the LA's, and add your INSET days.</p>
      <fieldset>
        <legend>Term dates</legend>
        <label>
          <input type="radio" name="cal-mode" checked={mode === 'kent'} onChange={() => setMode('kent')} /> Kent County Council’s term dates ({KENT_YEARS.join(', ')})
        </label>
        <br />
        <label>
          <input type="radio" name="cal-mode" checked={mode === 'custom'} onChange={() => setMode('custom')} /> The school’s own term dates
        </label>
      </fieldset>
      {mode === 'custom' && (
        <table>
          <caption>The school’s terms</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">First day</th>
              <th scope="col">Last day</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((t, i) => {
              const set = (patch: Partial<TermSpec>) => setTerms(terms.map((x, j) => (j === i ? { ...x, ...patch } : x)));
              return (
                <tr key={i}>
                  <td>
                    <input aria-label={`Term ${i + 1} name`} value={t.name} onInput={(e) => set({ name: e.currentTarget.value })} />
                  </td>
                  <td>
                    <input type="date" aria-label={`Term ${i + 1} first day`} value={t.start} onInput={(e) => set({ start: e.currentTarget.value })} />
                  </td>
                  <td>
                    <input type="date" aria-label={`Term ${i + 1} last day`} value={t.end} onInput={(e) => set({ end: e.currentTarget.value })} />
                  </td>
                  <td>
                    <button type="button" class="secondary" onClick={() => setTerms(terms.filter((_, j) => j !== i))}>
                      Remove term {i + 1}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {mode === 'custom' && (
        <p>
          <button type="button" class="secondary" onClick={() => setTerms([...terms, { name: `Term ${terms.length + 1}`, start: '', end: '' }])}>
            Add a term
          </button>
        </p>
      )}
      <h3>INSET days and closures</h3>
      {closures.length === 0 ? (
        <p>None of your own yet{mode === 'kent' ? ' (bank holidays are already in Kent’s dates)' : ''}.</p>
      ) : (
        <ul>
          {closures.map((c) => (
            <li key={c.date}>
              {formatLong(c.date)}: {c.reason}{' '}
              <button type="button" class="secondary" aria-label={`Remove ${formatLong(c.date)}`} onClick={() => setClosures(closures.filter((x) => x.date !== c.date))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        <label>
          Date <input type="date" value={newDay.date} onInput={(e) => setNewDay({ ...newDay, date: e.currentTarget.value })} />
        </label>{' '}
        <label>
          Reason <input value={newDay.reason} onInput={(e) => setNewDay({ ...newDay, reason: e.currentTarget.value })} />
        </label>{' '}
        <button type="button" class="secondary" onClick={addDay}>
          Add this day
        </button>
      </div>
      <h3>Import from a calendar file</h3>
      <p>
        <label>
          Calendar file (.ics) <input type="file" accept=".ics,text/calendar" onChange={(e) => void onFile(e)} />
        </label>
      </p>
      {proposal && (
        <div class="card">
          <p>
            Found {proposal.terms.length} {proposal.terms.length === 1 ? 'term' : 'terms'}, {proposal.closures.length} {proposal.closures.length === 1 ? 'closure day' : 'closure days'} and{' '}
            {proposal.holidays.length} {proposal.holidays.length === 1 ? 'holiday' : 'holidays'} (already outside the terms).
          </p>
          <ul>
            {proposal.terms.map((t) => (
              <li key={t.start}>
                Term: {t.name}, {formatLong(t.start)} to {formatLong(t.end)}
              </li>
            ))}
            {proposal.closures.map((c) => (
              <li key={c.date}>
                Closed: {formatLong(c.date)} ({c.reason})
              </li>
            ))}
          </ul>
          {proposal.leftOut.length > 0 && (
            <>
              <p>Left out ({proposal.leftOut.length}):</p>
              <ul>
                {proposal.leftOut.map((l, i) => (
                  <li key={i}>
                    “{l.title}”: {l.why}
                  </li>
                ))}
              </ul>
            </>
          )}
          <button type="button" onClick={useProposal}>
            Use these dates
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setProposal(null)}>
            Discard
          </button>
        </div>
      )}
      <p>
        <button type="button" onClick={() => void save()}>
          Save the calendar
        </button>
      </p>
      <div role="status">{message && <p class={message.kind === 'error' ? 'problem' : undefined}>{message.text}</p>}</div>
    </div>
  );
}

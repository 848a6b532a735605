/**
 * The prefill panel on a form page: choose the pupil (or several for a multi-pupil return), pick the
 * period, review every field that will be filled (label, value, source, confidence) and every field
 * skipped and why, then Fill on click only; Undo puts every field back. Unknown forms: change any
 * mapping and save it for the form. Keyboard-operable; every control is named.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PanelApi, PanelPlan, PupilChoice } from './types';

const pct = (n: number) => `${Math.round(n * 100)}%`;
const show = (v: string | boolean) => (v === true ? 'Ticked' : v === false ? 'Not ticked' : v);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function PrefillPanel({ api, formTitle }: { api: PanelApi; formTitle: string }) {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PupilChoice[]>([]);
  const [chosen, setChosen] = useState<PupilChoice[]>([]);
  const [period, setPeriod] = useState<{ from: string; to: string } | undefined>(undefined);
  const [plan, setPlan] = useState<PanelPlan | null>(null);
  const [overwrite, setOverwrite] = useState<number[]>([]);
  const [mapping, setMapping] = useState<Record<string, string | null> | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [filled, setFilled] = useState<number | null>(null);
  const [suggested, setSuggested] = useState<PupilChoice | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => searchRef.current?.focus(), []);
  // A referral started for a pupil arrives with that pupil chosen (a plan to review, nothing written).
  useEffect(() => {
    api.context().then(
      (c) => {
        setSuggested(c.suggested);
        if (c.chosen) choose(c.chosen);
      },
      () => undefined,
    );
  }, []);
  useEffect(() => {
    let live = true;
    api.searchPupils(query).then((r) => live && setResults(r)).catch((e) => live && setError(String(e.message ?? e)));
    return () => { live = false; };
  }, [query]);

  const refresh = async (ids = chosen.map((c) => c.id), over = overwrite, map = mapping, per = period) => {
    setError('');
    if (!ids.length) return setPlan(null);
    try {
      const p = await api.plan({ pupilIds: ids, period: per, overwrite: over, mapping: map });
      setPlan(p);
      if (!per) setPeriod(p.period);
      if (!map) setMapping(p.mapping);
    } catch (e) {
      setError(String((e as Error).message ?? e));
    }
  };

  const choose = (p: PupilChoice) => {
    const next = plan?.multiPupil || chosen.length === 0 ? [...chosen.filter((c) => c.id !== p.id), p] : [p];
    setChosen(next);
    setFilled(null);
    void refresh(next.map((c) => c.id));
  };
  const unchoose = (id: string) => {
    const next = chosen.filter((c) => c.id !== id);
    setChosen(next);
    void refresh(next.map((c) => c.id));
  };

  const doFill = async () => {
    if (!plan) return;
    setStatus('Filling…');
    const out = await api.fill(plan, chosen.map((c) => c.id));
    if (!out.ok) {
      setStatus('');
      setError(out.why ?? 'Nothing was filled.');
      return;
    }
    setFilled(out.filled);
    setStatus(`Filled ${plural(out.filled, 'field')}. Check them, then submit the form yourself.`);
  };
  const doUndo = () => {
    api.undo();
    setFilled(null);
    setStatus('Undone: every field is back as it was.');
  };

  const setKey = (fieldIndex: number, key: string) => {
    if (!plan) return;
    const sig = plan.signatures[fieldIndex];
    if (!sig) return;
    const next = { ...(mapping ?? {}), [sig]: key === '' ? null : key };
    setMapping(next);
    void refresh(undefined, undefined, next);
  };

  const onImport = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    try {
      setStatus(await api.importMapping(await file.text()));
      setMapping(undefined);
      await refresh(undefined, undefined, undefined);
    } catch (err) {
      setError(String((err as Error).message ?? err));
    }
  };

  const unknownForm = plan && !plan.profileId;
  // The pupil last opened in a register panel or on the dashboard comes first until the user types.
  const suggestedFirst = query.trim() === '' && suggested && !chosen.some((c) => c.id === suggested.id) ? suggested : null;
  const shown = suggestedFirst ? [suggestedFirst, ...results.filter((r) => r.id !== suggestedFirst.id)].slice(0, 8) : results.slice(0, 8);
  const keyPicker = (fieldIndex: number, current: string | null, label: string) => unknownForm && plan ? (
    <select aria-label={`Key for “${label}”`} value={current ?? ''} onChange={(e) => setKey(fieldIndex, (e.target as HTMLSelectElement).value)}>
      <option value="">Leave blank</option>
      {plan.keys.map((k) => <option value={k}>{k}</option>)}
    </select>
  ) : null;

  return (
    <section class="panel" role="dialog" aria-modal="false" aria-labelledby="al-prefill-title">
      <header>
        <h2 id="al-prefill-title">Prefill: {formTitle}</h2>
        <button type="button" class="close" onClick={() => api.close()} aria-label="Close the prefill panel">×</button>
      </header>
      <p class="note">Nothing is written into the form until you press Fill. Attendance Lens never submits it.</p>
      {plan && <p class="form-kind">{plan.profileTitle ? `Recognised: ${plan.profileTitle}` : 'Form not recognised: each field below shows how sure the match is; change any, then save the mapping for this form.'}</p>}

      <div class="choose">
        <label for="al-pupil-search">Find a pupil by name or UPN</label>
        <input id="al-pupil-search" ref={searchRef} type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} autocomplete="off" />
        <ul class="results" aria-label="Pupils found">
          {shown.map((p) => {
            // The name holds all the visible text, in order (WCAG 2.5.3 label in name), after "Choose".
            const about = [p.regGroup, p.upn ? `UPN ${p.upn}` : ''].filter(Boolean).join(', ');
            const last = p === suggestedFirst ? ' (last opened)' : '';
            return <li><button type="button" onClick={() => choose(p)} aria-label={`Choose ${p.name}${about ? `, ${about}` : ''}${last}`}>{p.name} <small>{about}{last}</small></button></li>;
          })}
          {!shown.length && <li class="none">No stored pupil matches.</li>}
        </ul>
      </div>

      {chosen.length > 0 && (
        <div class="chosen">
          <h3>{chosen.length === 1 ? 'Pupil' : `${chosen.length} pupils`}</h3>
          <ul>{chosen.map((c, i) => <li>{chosen.length > 1 ? `Row ${i + 1}: ` : ''}{c.name} <button type="button" onClick={() => unchoose(c.id)} aria-label={`Remove ${c.name}`}>Remove</button></li>)}</ul>
          {plan?.multiPupil && <p class="hint">This form takes several pupils: choose more from the list.</p>}
        </div>
      )}

      {plan && period && (
        <fieldset class="period">
          <legend>Attendance figures for</legend>
          <label>From <input type="date" value={period.from} onChange={(e) => { const p = { ...period, from: (e.target as HTMLInputElement).value }; setPeriod(p); void refresh(undefined, undefined, undefined, p); }} /></label>
          <label>To <input type="date" value={period.to} onChange={(e) => { const p = { ...period, to: (e.target as HTMLInputElement).value }; setPeriod(p); void refresh(undefined, undefined, undefined, p); }} /></label>
          <span class="hint">{plan.periodLabel}</span>
        </fieldset>
      )}

      {plan && plan.readiness.length > 0 && (
        <div class="readiness">
          <h3>Penalty notice checks (a warning, not a block)</h3>
          {plan.readiness.map((r) => (
            <div>
              {plan.readiness.length > 1 && <h4>{r.pupil}</h4>}
              <ul>{r.checks.map((c) => <li class={c.result}><strong>{c.result === 'pass' ? 'Pass' : c.result === 'fail' ? 'Fail' : 'Unknown'}:</strong> {c.title}. <span>{c.evidence}</span></li>)}</ul>
            </div>
          ))}
        </div>
      )}

      {plan && (
        <>
          <h3>{plural(plan.actions.length, 'field')} to fill</h3>
          {plan.addRows.length > 0 && <p class="hint">The form’s own “add another” button will be pressed to make a row for each pupil.</p>}
          <table class="fill">
            <caption class="sr">Fields that will be filled</caption>
            <thead><tr><th scope="col">Field</th><th scope="col">Value</th><th scope="col">Source</th><th scope="col">Sure</th>{unknownForm && <th scope="col">Key</th>}</tr></thead>
            <tbody>
              {plan.actions.map((a) => (
                <tr>
                  <th scope="row">{a.field.label}{chosen.length > 1 ? ` (row ${a.pupilIndex + 1})` : ''}</th>
                  <td>{show(a.value)}{a.replaces ? <small> (replaces “{a.replaces}”)</small> : null}</td>
                  <td><small>{a.source}</small></td>
                  <td title={a.evidence}>{pct(a.confidence)}</td>
                  {unknownForm && <td>{keyPicker(a.fieldIndex, a.key, a.field.label)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
          <details open={plan.refusals.length < 15}>
            <summary>{plural(plan.refusals.length, 'field')} left for you</summary>
            <ul class="skipped">
              {plan.refusals.map((r) => {
                const idx = r.fieldIndices[0]!;
                const already = /already filled/.test(r.why);
                return (
                  <li>
                    <strong>{r.field.label || r.field.name || 'Unlabelled field'}</strong>: {r.why}
                    {already && (
                      <label class="over"><input type="checkbox" checked={overwrite.includes(idx)} onChange={(e) => { const on = (e.target as HTMLInputElement).checked; const next = on ? [...overwrite, ...r.fieldIndices] : overwrite.filter((i) => !r.fieldIndices.includes(i)); setOverwrite(next); void refresh(undefined, next); }} /> Overwrite</label>
                    )}
                    {unknownForm && r.suggestion && !already ? <span> {keyPicker(idx, null, r.field.label || r.field.name)}</span> : unknownForm && !already && r.field.type !== 'file' && !/declaration|signature|consent|hidden|disabled|read-only/.test(r.why) ? <span> {keyPicker(idx, null, r.field.label || r.field.name)}</span> : null}
                  </li>
                );
              })}
            </ul>
          </details>
          {unknownForm && (
            <div class="mapping">
              <button type="button" onClick={() => mapping && void api.saveMapping(mapping).then(() => setStatus('Mapping saved for this form.'))}>Save mapping for this form</button>
              <button type="button" onClick={() => mapping && api.exportMapping(mapping)}>Export mapping</button>
              <label class="import">Import mapping <input type="file" accept="application/json,.json" onChange={onImport} /></label>
            </div>
          )}
          <div class="actions">
            <button type="button" class="primary" disabled={!plan.actions.length || filled !== null} onClick={() => void doFill()}>Fill {plural(plan.actions.length, 'field')}</button>
            <button type="button" disabled={filled === null} onClick={doUndo}>Undo</button>
          </div>
        </>
      )}
      <p role="status" class="status">{status}</p>
      {error && <p role="alert" class="error">{error}</p>}
    </section>
  );
}

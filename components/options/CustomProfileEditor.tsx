import { useEffect, useRef, useState } from 'preact/hooks';
import { describeBands } from '../../lib/engine/band-wording';
import { MAX_BANDS, MIN_BANDS } from '../../lib/engine/custom-profile';
import { BUILT_IN_PROFILES, type BandTone } from '../../lib/engine/profiles';
import { saveCustomProfile, type SavedCustomProfile } from '../../lib/settings/custom-profile';
import {
  atRiskWarning,
  definitionFromDraft,
  draftFromDefinition,
  draftFromProfile,
  draftFromStored,
  issuesByField,
  withBandAdded,
  withBandChanged,
  withBandRemoved,
  type CustomProfileDraft,
  type DraftBand,
} from './custom-profile-draft';

export type BuiltInProfileId = keyof typeof BUILT_IN_PROFILES;

export interface CustomProfileEditorProps {
  saved: SavedCustomProfile;
  /** The built-in profile to copy when nothing valid is saved yet (the one the school had chosen). */
  startFrom?: BuiltInProfileId;
  onSaved?: (saved: SavedCustomProfile) => void;
}

/** The words on the colour choice; the colours are the overlay's palette, whose pairs are all WCAG AA. */
const TONE_LABELS: Record<BandTone, string> = {
  good: 'Green: on track',
  info: 'Blue: early concern',
  warn: 'Amber: concern',
  severe: 'Red: serious concern',
};

/** Field ids from check paths: `bands.1.from.pct` → `cp-bands-1-from-pct`; errors get `-error`. */
const fieldId = (path: string) => `cp-${path.replace(/\./g, '-')}`;
const errorId = (path: string) => `${fieldId(path)}-error`;

/** Tells one saved definition from another (and from none, or an invalid one). */
function savedKey(saved: SavedCustomProfile): string {
  return saved.state === 'ok' ? `ok:${JSON.stringify(saved.definition)}` : saved.state === 'invalid' ? `invalid:${JSON.stringify(saved.stored) ?? ''}` : 'none';
}

/** What the fields start from: the saved bands; the saved ones that are not valid, with their problems; or a copy of a built-in profile. */
function startingPoint(saved: SavedCustomProfile, startFrom: BuiltInProfileId): { draft: CustomProfileDraft; errors: Record<string, string> } {
  if (saved.state === 'ok') return { draft: draftFromDefinition(saved.definition), errors: {} };
  if (saved.state === 'invalid') {
    const draft = draftFromStored(saved.stored);
    return { draft, errors: issuesByField(saved.issues, draft) };
  }
  return { draft: draftFromProfile(BUILT_IN_PROFILES[startFrom]), errors: {} };
}

/**
 * The school's own bands: start from a copy of a built-in profile, add or remove bands, edit each,
 * see the ranges in words, and save. A failed save keeps every field as typed and shows each problem
 * beside its field; only a valid profile is stored.
 */
export function CustomProfileEditor({ saved, startFrom = 'kent', onSaved }: CustomProfileEditorProps) {
  const [start] = useState(() => startingPoint(saved, startFrom));
  const [draft, setDraft] = useState<CustomProfileDraft>(start.draft);
  const [copyFrom, setCopyFrom] = useState<BuiltInProfileId>(startFrom);
  const [errors, setErrors] = useState<Record<string, string>>(start.errors);
  const [status, setStatus] = useState('');
  // The saved bands the fields were started from (or last saved here); anything else saved is another tab's.
  const basedOn = useRef(savedKey(saved));
  const saving = useRef(false);
  const focusAfterSave = useRef<string | null>(null);
  const bandList = useRef<HTMLOListElement>(null);

  // Bands saved in another tab or window (not by this editor's own save): say so and offer them,
  // rather than overwrite them unseen.
  const newer = !saving.current && saved.state !== 'none' && savedKey(saved) !== basedOn.current ? saved : null;

  // After a failed save, take the keyboard to the first field to fix.
  useEffect(() => {
    const id = focusAfterSave.current;
    focusAfterSave.current = null;
    if (id) (document.getElementById(id) as HTMLElement | null)?.focus();
  }, [errors]);

  const clearError = (path: string) => {
    if (errors[path]) setErrors(({ [path]: _gone, ...rest }) => rest);
  };
  // Adding, removing or replacing bands renumbers them, so old messages would point at the wrong band.
  const restructure = (next: CustomProfileDraft, said: string) => {
    setDraft(next);
    setErrors({});
    setStatus(said);
  };
  const change = (i: number, patch: Partial<DraftBand>, path: string) => {
    setDraft((d) => withBandChanged(d, i, patch));
    clearError(path);
  };
  const removeBand = (i: number) => {
    restructure(withBandRemoved(draft, i), `Band ${i + 1} removed.`);
    // Its button is gone (and the one now in its place would remove another band): the keyboard goes to the list.
    bandList.current?.focus();
  };
  const loadNewer = () => {
    if (!newer) return;
    const next = startingPoint(newer, startFrom);
    basedOn.current = savedKey(newer);
    setDraft(next.draft);
    setErrors(next.errors);
    setStatus(newer.state === 'ok' ? `Loaded the saved bands, “${newer.definition.name.trim()}”.` : 'Loaded the saved bands. They are not valid: fix the problems shown beside the fields, then save.');
  };

  const save = async (e: Event) => {
    e.preventDefault();
    const replacing = newer !== null;
    let r: Awaited<ReturnType<typeof saveCustomProfile>>;
    saving.current = true;
    try {
      r = await saveCustomProfile(definitionFromDraft(draft));
    } catch (err) {
      setStatus(`Not saved: the settings could not be stored (${err instanceof Error ? err.message : String(err)}). Your changes are still here.`);
      return;
    } finally {
      saving.current = false;
    }
    if (!r.ok) {
      const next = issuesByField(r.issues, draft);
      const first = r.issues.map((i) => i.path).find((p) => typeof document !== 'undefined' && document.getElementById(fieldId(p)));
      focusAfterSave.current = first ? fieldId(first) : null;
      setErrors(next);
      const n = Object.keys(next).length;
      setStatus(`Not saved: ${n} problem${n === 1 ? '' : 's'} to fix, shown beside the fields. Your changes are still here.`);
      return;
    }
    const now: SavedCustomProfile = { state: 'ok', definition: r.definition, profile: r.profile };
    basedOn.current = savedKey(now);
    setErrors({});
    setStatus(
      `Saved “${r.definition.name.trim()}” with ${r.definition.bands.length} bands${replacing ? ', in place of the ones saved in the other tab' : ''}. Registers use them now, pages already open included.`,
    );
    onSaved?.(now);
  };

  /** A control's problems: every one of `paths` with a message marks it invalid and describes it. */
  const described = (...paths: string[]) => {
    const ids = paths.filter((p) => errors[p]).map(errorId);
    return ids.length ? { 'aria-invalid': true as const, 'aria-describedby': ids.join(' ') } : {};
  };
  const errorText = (path: string) =>
    errors[path] ? (
      <span id={errorId(path)} class="field-error">
        {errors[path]}
      </span>
    ) : null;

  const preview = describeBands(
    definitionFromDraft(draft).bands.map((b) => ({ label: b.label, from: b.from, nextStep: b.nextStep })),
  );
  const last = draft.bands.length - 1;
  const warning = atRiskWarning(draft);

  return (
    <form onSubmit={save} aria-labelledby="cp-heading" noValidate>
      <h3 id="cp-heading">Custom profile: your own bands</h3>
      <p>
        Highest band first. Each band starts at its lower edge and runs up to the band above; the lowest band takes every rate
        below. Persistent absence (90% or below) and severe absence (50% or below) are flagged on every badge whatever these
        bands say.
      </p>

      {newer && (
        <div class="problem" role="alert">
          <p>
            {newer.state === 'ok'
              ? `Other bands, “${newer.definition.name.trim()}”, have been saved in another tab or window since these were loaded. Saving here would replace them.`
              : 'Other bands have been saved in another tab or window since these were loaded (they are not valid). Saving here would replace them.'}
          </p>
          <button type="button" class="secondary" onClick={loadNewer}>
            Load the saved bands
          </button>
        </div>
      )}

      <div>
        <label for="cp-copy-from">Start from a copy of</label>{' '}
        <select id="cp-copy-from" value={copyFrom} onChange={(e) => setCopyFrom((e.currentTarget as HTMLSelectElement).value as BuiltInProfileId)}>
          {(Object.keys(BUILT_IN_PROFILES) as BuiltInProfileId[]).map((id) => (
            <option key={id} value={id}>
              {BUILT_IN_PROFILES[id].name}
            </option>
          ))}
        </select>{' '}
        <button
          type="button"
          class="secondary"
          onClick={() => restructure(draftFromProfile(BUILT_IN_PROFILES[copyFrom]), `Copied the ${BUILT_IN_PROFILES[copyFrom].name} bands. Change them, then save.`)}
        >
          Copy these bands
        </button>
      </div>

      <div>
        <label for={fieldId('name')}>Profile name</label>{' '}
        <input
          id={fieldId('name')}
          type="text"
          size={40}
          value={draft.name}
          onInput={(e) => {
            const name = (e.currentTarget as HTMLInputElement).value;
            setDraft((d) => ({ ...d, name }));
            clearError('name');
          }}
          {...described('name')}
        />{' '}
        {errorText('name')}
      </div>

      <ol class="cp-bands" ref={bandList} tabIndex={-1} aria-label="Bands">
        {draft.bands.map((b, i) => {
          const p = (field: string) => `bands.${i}.${field}`;
          const n = i + 1;
          return (
            <li key={b.key}>
              <fieldset>
                <legend>
                  Band {n}
                  {i === 0 ? ' (highest)' : i === last ? ' (lowest)' : ''}
                </legend>
                <div>
                  <label for={fieldId(p('label'))}>Label</label>{' '}
                  <input
                    id={fieldId(p('label'))}
                    type="text"
                    size={40}
                    value={b.label}
                    onInput={(e) => change(i, { label: (e.currentTarget as HTMLInputElement).value }, p('label'))}
                    {...described(p('label'))}
                  />{' '}
                  {errorText(p('label'))}
                </div>
                {i < last ? (
                  <div>
                    <label for={fieldId(p('from.pct'))}>Lower edge (%)</label>{' '}
                    <input
                      id={fieldId(p('from.pct'))}
                      type="text"
                      inputMode="decimal"
                      size={6}
                      value={b.pct}
                      onInput={(e) => change(i, { pct: (e.currentTarget as HTMLInputElement).value }, p('from.pct'))}
                      {...described(p('from.pct'), p('from'))}
                    />{' '}
                    <label for={fieldId(p('from.inclusive'))}>The edge itself is</label>{' '}
                    <select
                      id={fieldId(p('from.inclusive'))}
                      value={b.inclusive ? 'in' : 'out'}
                      onChange={(e) => change(i, { inclusive: (e.currentTarget as HTMLSelectElement).value === 'in' }, p('from.pct'))}
                    >
                      <option value="in">in this band (rate ≥ edge)</option>
                      <option value="out">in the band below (rate &gt; edge)</option>
                    </select>{' '}
                    {errorText(p('from.pct'))}
                  </div>
                ) : (
                  <p>{i === 0 ? 'Takes every rate.' : `Takes every rate below band ${i}.`}</p>
                )}
                {/* Beside the edge it is about (and describing it, above); the lowest band has no edge to tie it to. */}
                {errors[p('from')] && <p>{errorText(p('from'))}</p>}
                <div>
                  <label for={fieldId(p('tone'))}>Colour</label>{' '}
                  <select
                    id={fieldId(p('tone'))}
                    value={b.tone}
                    onChange={(e) => change(i, { tone: (e.currentTarget as HTMLSelectElement).value as BandTone }, p('tone'))}
                    {...described(p('tone'))}
                    {...(i === 0 && warning && !errors[p('tone')] ? { 'aria-describedby': 'cp-at-risk-warning' } : {})}
                  >
                    {(Object.keys(TONE_LABELS) as BandTone[]).map((t) => (
                      <option key={t} value={t}>
                        {TONE_LABELS[t]}
                      </option>
                    ))}
                  </select>{' '}
                  {errorText(p('tone'))}
                </div>
                <div>
                  <label for={fieldId(p('nextStep'))}>Next step</label>{' '}
                  <textarea
                    id={fieldId(p('nextStep'))}
                    rows={2}
                    cols={60}
                    value={b.nextStep}
                    onInput={(e) => change(i, { nextStep: (e.currentTarget as HTMLTextAreaElement).value }, p('nextStep'))}
                    {...described(p('nextStep'))}
                  />{' '}
                  {errorText(p('nextStep'))}
                </div>
                <button
                  type="button"
                  class="secondary"
                  disabled={draft.bands.length <= MIN_BANDS}
                  onClick={() => removeBand(i)}
                >
                  Remove band {n}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          class="secondary"
          disabled={draft.bands.length >= MAX_BANDS}
          aria-describedby={errors.bands ? errorId('bands') : undefined}
          onClick={() => restructure(withBandAdded(draft), `Band added above the lowest band (band ${draft.bands.length}). Give it a label and a lower edge.`)}
        >
          Add a band
        </button>{' '}
        {draft.bands.length >= MAX_BANDS ? `A profile has at most ${MAX_BANDS} bands.` : null} {errorText('bands')}
      </p>

      <h4 id="cp-preview-heading">Preview</h4>
      <ul aria-labelledby="cp-preview-heading">
        {preview.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>

      {warning && (
        <p id="cp-at-risk-warning" class="problem">
          {warning}
        </p>
      )}
      {errors.profile && <p>{errorText('profile')}</p>}
      <button type="submit" aria-describedby={warning ? 'cp-at-risk-warning' : undefined}>
        Save custom profile
      </button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

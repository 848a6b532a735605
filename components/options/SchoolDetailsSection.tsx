import { useEffect, useState } from 'preact/hooks';
import {
  saveSchoolDetails,
  schoolDetailsProblems,
  schoolDetailsSetting,
  type SchoolDetails,
  type SchoolDetailsProblems,
} from '../../lib/settings/school-details';

type Path = string;
interface Field {
  path: Path;
  label: string;
  /** The browser's autofill hint (WCAG 1.3.5: purpose of the input). */
  autocomplete?: string;
  type?: 'email' | 'tel' | 'text';
  hint?: string;
  inputMode?: 'numeric';
}

const SCHOOL: Field[] = [
  { path: 'school.name', label: 'School name', autocomplete: 'organization' },
  { path: 'school.urn', label: 'URN', hint: '6 digits', inputMode: 'numeric' },
  { path: 'school.dfeNumber', label: 'DfE number', hint: 'LA number and establishment number, like 886/2001' },
  { path: 'school.laName', label: 'Local authority' },
  { path: 'school.address.line1', label: 'Address line 1', autocomplete: 'address-line1' },
  { path: 'school.address.line2', label: 'Address line 2 (optional)', autocomplete: 'address-line2' },
  { path: 'school.address.town', label: 'Town', autocomplete: 'address-level2' },
  { path: 'school.address.postcode', label: 'Postcode', autocomplete: 'postal-code' },
  { path: 'school.phone', label: 'School phone', type: 'tel', autocomplete: 'tel' },
  { path: 'school.email', label: 'School email', type: 'email', autocomplete: 'email' },
];
const REFERRER: Field[] = [
  { path: 'referrer.name', label: 'Your name', autocomplete: 'name' },
  { path: 'referrer.role', label: 'Your role', autocomplete: 'organization-title', hint: 'For example, attendance lead or DSL' },
  { path: 'referrer.email', label: 'Your email', type: 'email', autocomplete: 'email' },
  { path: 'referrer.phone', label: 'Your phone', type: 'tel', autocomplete: 'tel' },
];

function valueAt(d: SchoolDetails, path: Path): string {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], d) as string;
}

function withValue(d: SchoolDetails, path: Path, value: string): SchoolDetails {
  const next = structuredClone(d);
  const keys = path.split('.');
  const last = keys.pop()!;
  const parent = keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, next as unknown as Record<string, unknown>);
  parent[last] = value;
  return next;
}

const fieldId = (path: Path) => `sd-${path.replace(/\./g, '-')}`;

/**
 * The school's own details and the referrer's, which referral forms ask for (prefill fills them in
 * from here). Checked field by field on save; nothing is saved while any field is wrong.
 */
export function SchoolDetailsSection() {
  const [draft, setDraft] = useState<SchoolDetails | null>(null);
  const [problems, setProblems] = useState<SchoolDetailsProblems>({});
  const [status, setStatus] = useState('');
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    schoolDetailsSetting.get().then(setDraft, (e: unknown) => setLoadError(String((e as Error)?.message ?? e)));
  }, []);

  if (loadError) return <p role="alert">The school details could not be read: {loadError}. Reload the page to try again.</p>;
  if (!draft) return <p>Loading…</p>;

  const save = async (e: Event) => {
    e.preventDefault();
    const found = schoolDetailsProblems(draft);
    setProblems(found);
    const n = Object.keys(found).length;
    if (n > 0) {
      setStatus(`Not saved: ${n === 1 ? '1 field needs' : `${n} fields need`} correcting.`);
      // The first field to correct gets the keyboard.
      const first = [...SCHOOL, ...REFERRER].find((f) => found[f.path]);
      if (first) (e.currentTarget as HTMLFormElement).ownerDocument.getElementById(fieldId(first.path))?.focus();
      return;
    }
    try {
      const left = await saveSchoolDetails(draft);
      setProblems(left);
      setStatus(Object.keys(left).length ? 'Not saved: some fields need correcting.' : 'School and referrer details saved.');
    } catch (err) {
      setStatus(`Not saved: the settings could not be stored (${(err as Error).message}). Your changes are still here.`);
    }
  };

  const input = (f: Field) => {
    const id = fieldId(f.path);
    const problem = problems[f.path];
    const describedBy = [f.hint ? `${id}-hint` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ');
    return (
      <p key={f.path}>
        <label for={id}>{f.label}</label>
        {f.hint && (
          <>
            {' '}
            <span id={`${id}-hint`} class="hint">
              ({f.hint})
            </span>
          </>
        )}
        <br />
        <input
          id={id}
          type={f.type ?? 'text'}
          value={valueAt(draft, f.path)}
          maxLength={200}
          {...(f.autocomplete ? { autocomplete: f.autocomplete } : {})}
          {...(f.inputMode ? { inputMode: f.inputMode } : {})}
          {...(describedBy ? { 'aria-describedby': describedBy } : {})}
          {...(problem ? { 'aria-invalid': true as const } : {})}
          onInput={(e) => {
            setDraft(withValue(draft, f.path, e.currentTarget.value));
            setStatus('');
          }}
        />
        {problem && (
          <>
            <br />
            <span id={`${id}-error`} class="field-error">
              {problem}
            </span>
          </>
        )}
      </p>
    );
  };

  return (
    <form onSubmit={(e) => void save(e)} noValidate>
      <p>Referral forms ask who is referring and from which school. Attendance Lens fills these in for you from here; it never sends them anywhere.</p>
      <fieldset>
        <legend>School</legend>
        {SCHOOL.map(input)}
      </fieldset>
      <fieldset>
        <legend>Referrer (the person making referrals)</legend>
        {REFERRER.map(input)}
      </fieldset>
      <button type="submit">Save school and referrer details</button>
      <p role="status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}

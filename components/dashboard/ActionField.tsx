import { FIELDS, PN_STAGES, STAFF_ROLES, type FieldId } from '../../lib/dashboard/action-form';

interface Props {
  field: Exclude<FieldId, 'kind'>;
  value: string;
  error: string | undefined;
  required: boolean;
  max?: string;
  /** Another element that says more about this field (the notice-to-improve period beside the date). */
  describedBy?: string;
  onInput: (value: string) => void;
}

/** One labelled control with its hint and its error, both tied to it for assistive technology. */
export function ActionField({ field, value, error, required, max, describedBy: more, onInput }: Props) {
  const spec = FIELDS[field];
  const id = `field-${field}`;
  const describedBy = [spec.hint ? `hint-${field}` : null, error ? `error-${field}` : null, more ?? null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy,
    'aria-required': required ? ('true' as const) : undefined,
  };
  const label = required ? spec.label : `${spec.label} (optional)`;
  return (
    <div class="form-field">
      <label for={id}>{label}</label>
      {spec.hint && (
        <span id={`hint-${field}`} class="hint">
          {spec.hint}
        </span>
      )}
      {error && (
        <span id={`error-${field}`} class="field-error">
          {error}
        </span>
      )}
      {spec.type === 'textarea' ? (
        <textarea {...common} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : spec.type === 'role' ? (
        <select {...common} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
          <option value="">Choose a role</option>
          {STAFF_ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      ) : spec.type === 'stage' ? (
        <select {...common} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
          <option value="">Choose a stage</option>
          {Object.entries(PN_STAGES).map(([k, words]) => (
            <option key={k} value={k}>
              {words}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={spec.type} value={value} max={max} onInput={(e) => onInput(e.currentTarget.value)} />
      )}
    </div>
  );
}

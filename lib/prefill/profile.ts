/**
 * A known form: how to recognise it (title or heading, and the labels it must hold) and the
 * label → key rules that its pathway-specific questions need. Everything else falls to the generic
 * label matcher. Rules match on label text, never on generated names or ids.
 */
export interface ProfileRule {
  /** Matched against the question's label (its legend for radio groups). */
  label: RegExp;
  /** The canonical key, or null: a known question with no key (say why). */
  key: string | null;
  why?: string;
  /** Only within a section whose legend or heading matches. */
  section?: RegExp;
}

export interface FormProfile {
  id: string;
  title: string;
  recognise: {
    /** Tested against the page title and h1/h2 headings. */
    title: RegExp;
    /** Labels the form must hold (each matched by at least one question). */
    fields: RegExp[];
  };
  rules: ProfileRule[];
  /** Several pupils in rows ("add another pupil"). */
  multiPupil?: boolean;
}

export function defineProfile(p: FormProfile): FormProfile {
  return p;
}

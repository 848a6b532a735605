/**
 * The serialisable picture of a form that the collector takes in the page and the planner reads
 * (Bitwarden's collect → plan → fill). Plain data only, validated with zod where it crosses from a
 * content script to the background, so the planner never touches the DOM.
 */
import { z } from 'zod';

/** Where a piece of label text came from, strongest first. */
export const LABEL_SOURCES = [
  'label-for', 'label-wrap', 'aria-labelledby', 'aria-label', 'legend', 'column-header', 'row-header',
  'cell-left', 'text-before', 'title', 'placeholder', 'name',
] as const;
export type LabelSource = (typeof LABEL_SOURCES)[number];

export const labelEvidenceSchema = z.object({ source: z.enum(LABEL_SOURCES), text: z.string() });
export type LabelEvidence = z.infer<typeof labelEvidenceSchema>;

export const optionSchema = z.object({
  value: z.string(), text: z.string(), selected: z.boolean(), disabled: z.boolean(),
  /** Has the `selected` attribute: chosen by the page, not just the browser's default first option. */
  defaultSelected: z.boolean(),
});
export type FieldOption = z.infer<typeof optionSchema>;

export const fieldSnapshotSchema = z.object({
  /** Position in collection order; the filler finds the element again by this index. */
  index: z.number().int().nonnegative(),
  tag: z.enum(['input', 'select', 'textarea']),
  /** Input type, or 'select' / 'select-multiple' / 'textarea'. */
  type: z.string(),
  name: z.string(),
  domId: z.string(),
  /** The input's own label texts, strongest source first. */
  labels: z.array(labelEvidenceSchema),
  hint: z.string(),
  /** Enclosing fieldset legends and role=group names, outermost first. */
  legends: z.array(z.string()),
  /** The nearest heading (h1–h6) before the field inside the form, for section context. */
  heading: z.string(),
  options: z.array(optionSchema),
  value: z.string(),
  checked: z.boolean(),
  required: z.boolean(),
  hidden: z.boolean(),
  disabled: z.boolean(),
  readonly: z.boolean(),
  maxLength: z.number().int().nullable(),
  /** Repeated block the field sits in (a numbered fieldset, a table row of inputs). */
  repeat: z.object({ group: z.string(), index: z.number().int().nonnegative() }).nullable(),
  /** Part of a day/month/year group. */
  datePart: z.enum(['day', 'month', 'year']).nullable(),
  /** Key of the enclosing table row / fieldset, so fields of one block can be told apart. */
  container: z.string(),
  /**
   * A custom (ARIA) control that stands for a native one: a role=switch or role=checkbox toggle
   * (type checkbox), a role=radio (type radio), a role=combobox with a listbox (tag select; or an
   * input with suggestions), a role=listbox that is a question of its own (tag select), a role=textbox / contenteditable box (tag input or textarea). The filler
   * works it as a person would (a click on the toggle or option, typing into the box).
   */
  widget: z.enum(['switch', 'checkbox', 'radio', 'combobox', 'listbox', 'textbox']).optional(),
  /**
   * A drop-down drawn by a widget over a hidden native <select> (Kendo's DropDownList): the select's
   * options are read, but writing it would not change what the widget shows, so it is the person's to choose.
   */
  drawnOverSelect: z.boolean().optional(),
});
export type FieldSnapshot = z.infer<typeof fieldSnapshotSchema>;

export const formSnapshotSchema = z.object({
  url: z.string(),
  title: z.string(),
  /** h1/h2 texts of the page, for recognising the form. */
  headings: z.array(z.string()),
  formName: z.string(),
  fields: z.array(fieldSnapshotSchema),
  /** "Add another" buttons by repeat group: the filler clicks them for multi-pupil returns. */
  addAnother: z.array(z.object({ group: z.string(), label: z.string(), buttonIndex: z.number().int() })),
});
export type FormSnapshot = z.infer<typeof formSnapshotSchema>;

/** A value given to the planner: ISO dates as strings, booleans, numbers, text. */
export type PrefillValue = string | number | boolean | null;
export type PrefillValues = Record<string, PrefillValue | undefined>;

export function primaryLabel(f: FieldSnapshot): string {
  return f.labels[0]?.text ?? '';
}

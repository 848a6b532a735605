/**
 * The "Add an action" form as data: which fields each kind of action has, their labels, and parsing
 * the typed-in strings into an `ActionRow` validated by the store's own `actionSchema`, with one plain
 * message per field. Pure: the clock, the id and the calendar are passed in.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { formatLong, isIsoDate, type IsoDate } from '../engine/dates';
import { actionSchema, ntiPeriodEnd, NTI_SCHOOL_DAYS, type ActionKind, type ActionRow } from '../store/actions';

export type FieldId = 'kind' | 'date' | 'role' | 'by' | 'note' | 'with' | 'outcome' | 'template' | 'attendees' | 'reviewOn' | 'stage' | 'reference' | 'payBy' | 'to';
export type ActionFormValues = Record<FieldId, string>;
export type FieldErrors = Partial<Record<FieldId, string>>;

export type PnStage = Extract<ActionRow, { kind: 'penalty-notice' }>['stage'];
export const PN_STAGES: Record<PnStage, string> = { requested: 'Requested from the local authority', issued: 'Issued', withdrawn: 'Withdrawn' };

export interface FieldSpec {
  label: string;
  type: 'text' | 'date' | 'textarea' | 'stage' | 'role';
  hint?: string;
}

/** Labels without "(optional)": the form adds it to fields that a kind does not require. */
export const FIELDS: Record<Exclude<FieldId, 'kind'>, FieldSpec> = {
  date: { label: 'Date', type: 'date', hint: 'The day it happened or was issued.' },
  role: { label: 'Staff role', type: 'role', hint: 'Who did it, by role: the chronology must say who acted.' },
  by: { label: 'Name or initials', type: 'text', hint: 'Kept beside the role, for example TV.' },
  note: { label: 'Notes', type: 'textarea' },
  with: { label: 'Spoke with', type: 'text', hint: 'For example: mother, carer, pupil.' },
  outcome: { label: 'Outcome', type: 'text', hint: 'What was said or found, and what happens next.' },
  template: { label: 'Letter sent', type: 'text', hint: 'The template or a short description.' },
  attendees: { label: 'Who attended', type: 'text' },
  reviewOn: { label: 'Review date', type: 'date' },
  stage: { label: 'Stage', type: 'stage' },
  reference: { label: 'Reference', type: 'text', hint: 'The local authority’s notice number.' },
  payBy: { label: 'Payment due by', type: 'date' },
  to: { label: 'Referred to', type: 'text', hint: 'For example: Early Help, the local authority’s attendance service.' },
};

/** The roles a school's attendance work is done by; stored at the front of the row's `by` text. */
export const STAFF_ROLES = [
  'Attendance officer',
  'Attendance lead',
  'Senior attendance champion',
  'Head of year',
  'Form tutor',
  'Pastoral lead',
  'Designated safeguarding lead',
  'SENCO',
  'Headteacher',
  'Office staff',
  'Education welfare officer',
] as const;

/** Exhaustive over the schema's kinds: a new kind is a compile error until it has a label and fields. */
type KindField = Exclude<FieldId, 'kind' | 'date' | 'role' | 'by' | 'note'>;
/**
 * `required`: what makes the record worth keeping (no empty records). Date and staff role are
 * required for every kind; a meeting and a note need their notes (what was agreed, what happened).
 */
export const ACTION_KINDS: Record<ActionKind, { label: string; fields: KindField[]; required: (KindField | 'note')[] }> = {
  call: { label: 'Phone call', fields: ['with', 'outcome'], required: ['with', 'outcome'] },
  letter: { label: 'Letter', fields: ['template'], required: ['template'] },
  meeting: { label: 'Meeting', fields: ['attendees'], required: ['attendees', 'note'] },
  'home-visit': { label: 'Home visit', fields: ['outcome'], required: ['outcome'] },
  'notice-to-improve': { label: 'Notice to improve', fields: [], required: [] },
  'attendance-contract': { label: 'Attendance contract', fields: ['reviewOn'], required: ['reviewOn'] },
  'penalty-notice': { label: 'Penalty notice', fields: ['stage', 'reference', 'payBy'], required: ['stage'] },
  referral: { label: 'Referral', fields: ['to'], required: ['to'] },
  note: { label: 'Note', fields: [], required: ['note'] },
};

/** Is this field required for this kind of action? */
export function isRequired(kind: ActionKind, f: FieldId): boolean {
  return f === 'kind' || f === 'date' || f === 'role' || (ACTION_KINDS[kind].required as FieldId[]).includes(f);
}

const REQUIRED_MESSAGES: Partial<Record<FieldId, string>> = {
  role: 'Choose the staff role of who did it.',
  with: 'Say who you spoke with.',
  outcome: 'Write the outcome.',
  template: 'Say which letter was sent.',
  attendees: 'Say who attended.',
  reviewOn: 'Enter the date the contract will be reviewed.',
  to: 'Say who the pupil was referred to.',
};
const NOTE_MESSAGES: Partial<Record<ActionKind, string>> = { note: 'Write the note.', meeting: 'Write what was discussed and agreed.' };

/** "Attendance officer (TV)" ⇄ role + name: the row keeps one `by` text (its shape is the store's). */
export function composeBy(role: string, name: string): string {
  const r = role.trim();
  const n = name.trim();
  return r && n ? `${r} (${n})` : r || n;
}
export function splitBy(by: string | undefined): { role: string; by: string } {
  if (!by) return { role: '', by: '' };
  for (const r of STAFF_ROLES) {
    if (by === r) return { role: r, by: '' };
    if (by.startsWith(`${r} (`) && by.endsWith(')')) return { role: r, by: by.slice(r.length + 2, -1) };
  }
  // Recorded before roles were asked for: the text stays as the name; a role must be chosen on edit.
  return { role: '', by };
}
export const ACTION_KIND_IDS = Object.keys(ACTION_KINDS) as ActionKind[];

export const isActionKind = (s: string): s is ActionKind => s in ACTION_KINDS;

export function emptyActionForm(today: IsoDate, kind: ActionKind = 'call'): ActionFormValues {
  return { kind, date: today, role: '', by: '', note: '', with: '', outcome: '', template: '', attendees: '', reviewOn: '', stage: '', reference: '', payBy: '', to: '' };
}

/** A stored action as form values, for editing it. */
export function formFromAction(a: ActionRow): ActionFormValues {
  const v = emptyActionForm(a.date, a.kind);
  const { role, by } = splitBy(a.by);
  v.role = role;
  v.by = by;
  v.note = a.note ?? '';
  const rec = a as unknown as Record<string, unknown>;
  for (const f of Object.keys(FIELDS) as Exclude<FieldId, 'kind'>[]) {
    if (f === 'date' || f === 'role' || f === 'by' || f === 'note') continue;
    if (typeof rec[f] === 'string') v[f] = rec[f] as string;
  }
  return v;
}

/** The fields shown for the chosen kind, in order. */
export function fieldsFor(kind: ActionKind): Exclude<FieldId, 'kind'>[] {
  return ['date', ...ACTION_KINDS[kind].fields, 'role', 'by', 'note'];
}

/** For a notice to improve: the end of its period (D-NTI) from the school calendar, or why there is none. */
export function ntiPeriodFor(date: string, calendar: Pick<SchoolCalendar, 'nthSchoolDayAfter'>): { end: IsoDate; text: string } | { end: null; text: string } {
  if (!isIsoDate(date)) return { end: null, text: 'Enter the date the notice was issued to see when its period ends.' };
  const end = ntiPeriodEnd(calendar, date);
  return end
    ? { end, text: `The improvement period (${NTI_SCHOOL_DAYS} school days) ends on ${formatLong(end)}.` }
    : { end: null, text: `The school calendar does not reach ${NTI_SCHOOL_DAYS} school days after this date: add next year's term dates in settings first.` };
}

export interface ParseContext {
  pupilId: string;
  today: IsoDate;
  id: string;
  createdAt: string;
  calendar: Pick<SchoolCalendar, 'nthSchoolDayAfter'>;
}

export type ParseResult = { ok: true; action: ActionRow } | { ok: false; errors: FieldErrors };

const DATE_FIELDS = new Set<FieldId>(['date', 'reviewOn', 'payBy']);

/**
 * The form's strings → a valid ActionRow, or a message per field. Our own checks give the plain
 * messages (dates, required fields, order of dates); the store's schema is then the last word.
 */
export function parseActionForm(values: ActionFormValues, ctx: ParseContext): ParseResult {
  const errors: FieldErrors = {};
  const kind = values.kind;
  if (!isActionKind(kind)) return { ok: false, errors: { kind: 'Choose what kind of action this is.' } };
  const shown = new Set<FieldId>(fieldsFor(kind));
  const v = (f: FieldId) => (shown.has(f) ? values[f].trim() : '');

  const date = v('date');
  if (date === '') errors.date = 'Enter the date.';
  else if (!isIsoDate(date)) errors.date = 'Enter a real date, for example 2025-11-03.';
  else if (date > ctx.today) errors.date = 'The date cannot be after today.';
  for (const f of ['reviewOn', 'payBy'] as const) {
    const d = v(f);
    if (d === '') continue;
    if (!isIsoDate(d)) errors[f] = 'Enter a real date, for example 2025-11-03.';
    else if (!errors.date && d < date) errors[f] = `This date cannot be before the action's date (${formatLong(date)}).`;
  }
  if (kind === 'penalty-notice' && !(v('stage') in PN_STAGES)) errors.stage = 'Choose the stage: requested, issued or withdrawn.';
  for (const f of fieldsFor(kind)) {
    if (errors[f] || !isRequired(kind, f) || v(f) !== '') continue;
    if (f === 'note') errors.note = NOTE_MESSAGES[kind] ?? 'Write the notes.';
    else if (REQUIRED_MESSAGES[f]) errors[f] = REQUIRED_MESSAGES[f];
  }
  if (v('role') !== '' && !(STAFF_ROLES as readonly string[]).includes(v('role'))) errors.role = 'Choose a staff role from the list.';
  let periodEnd: IsoDate | null = null;
  if (kind === 'notice-to-improve' && !errors.date) {
    const nti = ntiPeriodFor(date, ctx.calendar);
    if (nti.end === null) errors.date = nti.text;
    periodEnd = nti.end;
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const candidate: Record<string, unknown> = { id: ctx.id, pupilId: ctx.pupilId, kind, date, createdAt: ctx.createdAt };
  for (const f of shown) {
    if (f === 'date' || f === 'role' || f === 'by') continue;
    const s = v(f);
    if (s !== '') candidate[f] = s;
  }
  candidate.by = composeBy(v('role'), v('by'));
  if (periodEnd) candidate.periodEnd = periodEnd;
  const r = actionSchema.safeParse(candidate);
  if (r.success) return { ok: true, action: r.data };
  for (const issue of r.error.issues) {
    const key = String(issue.path[0] ?? 'kind') as FieldId;
    const field: FieldId = key in FIELDS || key === 'kind' ? key : 'kind';
    errors[field] ??= DATE_FIELDS.has(field) ? 'Enter a real date, for example 2025-11-03.' : `Not accepted: ${issue.message}.`;
  }
  return { ok: false, errors };
}

/** Field ids in the order they appear, for an error summary that links to each field. */
export function errorOrder(values: ActionFormValues, errors: FieldErrors): FieldId[] {
  const kind = isActionKind(values.kind) ? values.kind : 'call';
  return (['kind', ...fieldsFor(kind)] as FieldId[]).filter((f) => errors[f]);
}

/**
 * The "Add an action" form as data: which fields each kind of action has, their labels, and parsing
 * the typed-in strings into an `ActionRow` validated by the store's own `actionSchema`, with one plain
 * message per field. Pure: the clock, the id and the calendar are passed in.
 */
import type { SchoolCalendar } from '../engine/calendar';
import { formatLong, isIsoDate, type IsoDate } from '../engine/dates';
import { actionSchema, ntiPeriodEnd, NTI_SCHOOL_DAYS, type ActionKind, type ActionRow } from '../store/actions';

export type FieldId = 'kind' | 'date' | 'by' | 'note' | 'with' | 'outcome' | 'template' | 'attendees' | 'reviewOn' | 'stage' | 'reference' | 'payBy' | 'to';
export type ActionFormValues = Record<FieldId, string>;
export type FieldErrors = Partial<Record<FieldId, string>>;

export type PnStage = Extract<ActionRow, { kind: 'penalty-notice' }>['stage'];
export const PN_STAGES: Record<PnStage, string> = { requested: 'Requested from the local authority', issued: 'Issued', withdrawn: 'Withdrawn' };

export interface FieldSpec {
  label: string;
  type: 'text' | 'date' | 'textarea' | 'stage';
  hint?: string;
}

export const FIELDS: Record<Exclude<FieldId, 'kind'>, FieldSpec> = {
  date: { label: 'Date', type: 'date', hint: 'The day it happened or was issued.' },
  by: { label: 'Recorded by (optional)', type: 'text', hint: 'Your name or initials.' },
  note: { label: 'Notes (optional)', type: 'textarea' },
  with: { label: 'Spoke with (optional)', type: 'text', hint: 'For example: mother, carer, pupil.' },
  outcome: { label: 'Outcome (optional)', type: 'text' },
  template: { label: 'Letter sent (optional)', type: 'text', hint: 'The template or a short description.' },
  attendees: { label: 'Who attended (optional)', type: 'text' },
  reviewOn: { label: 'Review date (optional)', type: 'date' },
  stage: { label: 'Stage', type: 'stage' },
  reference: { label: 'Reference (optional)', type: 'text', hint: 'The local authority’s notice number.' },
  payBy: { label: 'Payment due by (optional)', type: 'date' },
  to: { label: 'Referred to', type: 'text', hint: 'For example: Early Help, the local authority’s attendance service.' },
};

/** Exhaustive over the schema's kinds: a new kind is a compile error until it has a label and fields. */
export const ACTION_KINDS: Record<ActionKind, { label: string; fields: Exclude<FieldId, 'kind' | 'date' | 'by' | 'note'>[] }> = {
  call: { label: 'Phone call', fields: ['with', 'outcome'] },
  letter: { label: 'Letter', fields: ['template'] },
  meeting: { label: 'Meeting', fields: ['attendees'] },
  'home-visit': { label: 'Home visit', fields: ['outcome'] },
  'notice-to-improve': { label: 'Notice to improve', fields: [] },
  'attendance-contract': { label: 'Attendance contract', fields: ['reviewOn'] },
  'penalty-notice': { label: 'Penalty notice', fields: ['stage', 'reference', 'payBy'] },
  referral: { label: 'Referral', fields: ['to'] },
  note: { label: 'Note', fields: [] },
};
export const ACTION_KIND_IDS = Object.keys(ACTION_KINDS) as ActionKind[];

export const isActionKind = (s: string): s is ActionKind => s in ACTION_KINDS;

export function emptyActionForm(today: IsoDate, kind: ActionKind = 'call'): ActionFormValues {
  return { kind, date: today, by: '', note: '', with: '', outcome: '', template: '', attendees: '', reviewOn: '', stage: '', reference: '', payBy: '', to: '' };
}

/** The fields shown for the chosen kind, in order. */
export function fieldsFor(kind: ActionKind): Exclude<FieldId, 'kind'>[] {
  return ['date', ...ACTION_KINDS[kind].fields, 'by', 'note'];
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
  if (kind === 'referral' && v('to') === '') errors.to = 'Say who the pupil was referred to.';
  if (kind === 'note' && v('note') === '') errors.note = 'Write the note.';
  let periodEnd: IsoDate | null = null;
  if (kind === 'notice-to-improve' && !errors.date) {
    const nti = ntiPeriodFor(date, ctx.calendar);
    if (nti.end === null) errors.date = nti.text;
    periodEnd = nti.end;
  }
  if (Object.keys(errors).length) return { ok: false, errors };

  const candidate: Record<string, unknown> = { id: ctx.id, pupilId: ctx.pupilId, kind, date, createdAt: ctx.createdAt };
  for (const f of shown) {
    if (f === 'date') continue;
    const s = v(f);
    if (s !== '') candidate[f] = s;
  }
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

import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../lib/engine/calendar';
import { ACTION_KIND_IDS, composeBy, emptyActionForm, formFromAction, splitBy, errorOrder, fieldsFor, ntiPeriodFor, parseActionForm, type ActionFormValues } from '../../../lib/dashboard/action-form';
import { actionSchema } from '../../../lib/store/actions';

const calendar = buildCalendar({ terms: [{ name: 'Autumn', start: '2025-09-03', end: '2025-12-19' }], closures: [] });
const ctx = { pupilId: 'p1', today: '2025-11-14', id: 'a1', createdAt: '2025-11-14T10:00:00.000Z', calendar };
const form = (over: Partial<ActionFormValues>): ActionFormValues => ({ ...emptyActionForm(ctx.today), ...over });
const done = { role: 'Attendance lead' };

describe('the add-an-action form', () => {
  it('starts on today and offers every kind of action the store accepts', () => {
    expect(emptyActionForm('2025-11-14').date).toBe('2025-11-14');
    const schemaKinds = actionSchema.def.options.map((o) => o.def.shape.kind.def.values[0]);
    expect([...ACTION_KIND_IDS].sort()).toEqual([...schemaKinds].sort());
  });

  it('a call becomes a valid row with only its own fields, trimmed, attributed to a role', () => {
    const r = parseActionForm(form({ kind: 'call', with: ' Mother ', outcome: 'ill, back Monday', role: 'Attendance officer', by: 'TV', template: 'left over from letter' }), ctx);
    expect(r).toEqual({ ok: true, action: { id: 'a1', pupilId: 'p1', kind: 'call', date: '2025-11-14', createdAt: ctx.createdAt, with: 'Mother', outcome: 'ill, back Monday', by: 'Attendance officer (TV)' } });
    expect(formFromAction(r.ok ? r.action : (null as never))).toMatchObject({ kind: 'call', role: 'Attendance officer', by: 'TV', with: 'Mother', outcome: 'ill, back Monday' });
  });

  it('refuses an untouched form for every kind: no empty records', () => {
    const messages: Record<string, string[]> = {};
    for (const kind of ACTION_KIND_IDS) {
      const r = parseActionForm(form({ kind }), ctx);
      expect(r.ok, kind).toBe(false);
      messages[kind] = r.ok ? [] : Object.values(r.errors);
    }
    expect(messages.call).toEqual(['Say who you spoke with.', 'Write the outcome.', 'Choose the staff role of who did it.']);
    expect(messages['notice-to-improve']).toEqual(['Choose the staff role of who did it.']);
    expect(messages.meeting).toEqual(['Say who attended.', 'Choose the staff role of who did it.', 'Write what was discussed and agreed.']);
    expect(messages['attendance-contract']).toContain('Enter the date the contract will be reviewed.');
    expect(parseActionForm(form({ kind: 'note', note: 'x', role: 'Head of year' }), ctx).ok).toBe(true);
    expect(parseActionForm(form({ kind: 'note', note: 'x', role: 'Wizard' }), ctx)).toEqual({ ok: false, errors: { role: 'Choose a staff role from the list.' } });
  });

  it('reads back who did it from older free-text entries without losing the text', () => {
    expect(splitBy('TV')).toEqual({ role: '', by: 'TV' });
    expect(splitBy('Head of year')).toEqual({ role: 'Head of year', by: '' });
    expect(composeBy('Head of year', '')).toBe('Head of year');
  });

  it('a notice to improve gets its period end from the school calendar (D-NTI: 20 school days after issue)', () => {
    // Issued Mon 3 Nov 2025: school days 4 Nov … the 20th is Mon 1 Dec.
    expect(ntiPeriodFor('2025-11-03', calendar)).toEqual({ end: '2025-12-01', text: 'The improvement period (20 school days) ends on 1 December 2025.' });
    const r = parseActionForm(form({ kind: 'notice-to-improve', date: '2025-11-03', ...done }), ctx);
    expect(r.ok && r.action).toMatchObject({ kind: 'notice-to-improve', periodEnd: '2025-12-01' });
    // Too close to the calendar's end: refused, saying why.
    const late = parseActionForm(form({ kind: 'notice-to-improve', date: '2025-11-28', ...done }), { ...ctx, today: '2025-12-01' });
    expect(late).toEqual({ ok: false, errors: { date: expect.stringContaining("add next year's term dates") } });
  });

  it('gives one plain message per field that is wrong', () => {
    const r = parseActionForm(form({ kind: 'penalty-notice', date: '2025-11-20', payBy: '2025-02-30', ...done }), ctx);
    expect(r).toEqual({
      ok: false,
      errors: { date: 'The date cannot be after today.', stage: 'Choose the stage: requested, issued or withdrawn.', payBy: 'Enter a real date, for example 2025-11-03.' },
    });
    expect(errorOrder(form({ kind: 'penalty-notice' }), r.ok ? {} : r.errors)).toEqual(['date', 'stage', 'payBy']);
    expect(parseActionForm(form({ kind: 'referral', to: '  ', ...done }), ctx)).toEqual({ ok: false, errors: { to: 'Say who the pupil was referred to.' } });
    expect(parseActionForm(form({ kind: 'note', ...done }), ctx)).toEqual({ ok: false, errors: { note: 'Write the note.' } });
    expect(parseActionForm(form({ date: '', with: 'Mother', outcome: 'No answer', ...done }), ctx)).toEqual({ ok: false, errors: { date: 'Enter the date.' } });
    expect(parseActionForm(form({ kind: 'attendance-contract', date: '2025-11-10', reviewOn: '2025-11-01', ...done }), ctx)).toEqual({
      ok: false,
      errors: { reviewOn: "This date cannot be before the action's date (10 November 2025)." },
    });
    expect(parseActionForm(form({ kind: 'bogus' }), ctx)).toEqual({ ok: false, errors: { kind: 'Choose what kind of action this is.' } });
  });

  it('a penalty notice with its stage, reference and payment date; every kind shows date, by and notes', () => {
    const r = parseActionForm(form({ kind: 'penalty-notice', date: '2025-11-10', stage: 'issued', reference: 'PN-1', payBy: '2025-12-08', ...done }), ctx);
    expect(r.ok && r.action).toMatchObject({ kind: 'penalty-notice', stage: 'issued', reference: 'PN-1', payBy: '2025-12-08' });
    for (const k of ACTION_KIND_IDS) expect(fieldsFor(k)).toEqual(expect.arrayContaining(['date', 'role', 'by', 'note']));
  });
});

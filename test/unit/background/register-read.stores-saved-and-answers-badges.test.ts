import { marksOf } from '../store/helpers';
import { describe, expect, it } from 'vitest';
import { handleRegisterRead } from '../../../lib/background/reads';
import type { RegisterView } from '../../../lib/readers/view';
import { freshDb } from '../store/helpers';

// A Monday-to-Friday week in Kent's autumn term 2026 (the default calendar).
const WEEK = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'];
const NOW = { today: '2026-11-20', now: '2026-11-20T09:30:00.000Z' };

function gridView(codes: Record<string, string[]>, opts: { complete?: boolean; unsaved?: Record<string, number> } = {}): RegisterView {
  const pupils = Object.keys(codes).map((name, i) => ({ key: `k${i}`, name, misId: String(100 + i) }));
  const sessions = WEEK.flatMap((date) => (['AM', 'PM'] as const).map((session) => ({ date, session })));
  const marks = pupils.flatMap((p) =>
    sessions.map((s, j) => ({ pupil: p.key, date: s.date, session: s.session, code: codes[p.name]![j]!, saved: opts.unsaved?.[p.name] !== j })),
  );
  return {
    reader: 'bromcom',
    mis: 'bromcom',
    confidence: 0.9,
    kind: 'marks-grid',
    context: { group: '7RB', from: WEEK[0], to: WEEK[4] },
    pupils,
    sessions,
    marks,
    problems: opts.complete === false ? [{ where: 'row 2', what: 'no pupil name in this row' }] : [],
    complete: opts.complete ?? true,
  };
}

const present = ['/', '\\', '/', '\\', '/', '\\', '/', '\\', '/', '\\'];
const someO = ['/', '\\', 'O', 'O', '/', '\\', 'O', 'O', '/', '\\'];

describe('the background answering a register read', () => {
  it('stores and flags nothing from a site switched off, even when the page had not heard yet', async () => {
    const { db, writes } = freshDb();
    const answer = await handleRegisterRead({ url: 'https://mis.example/grid', view: gridView({ 'Ada Lovelace': someO }), store: true }, { db, ...NOW, siteOn: false });
    expect(answer).toMatchObject({ ok: false, showFlags: false, badges: [] });
    expect(writes.rows).toBe(0);
  });

  it('stores nothing and shows no badge for a page that was not read completely', async () => {
    const { db, writes } = freshDb();
    const answer = await handleRegisterRead({ url: 'https://mis.example/grid', view: gridView({ 'Ada Lovelace': present }, { complete: false }), store: true }, { db, ...NOW });
    expect(answer.ok).toBe(false);
    expect(answer.message).toContain('row 2: no pupil name in this row');
    expect(answer.badges).toEqual([]);
    expect(writes.rows).toBe(0);
  });

  it('stores saved marks, never unsaved ones, and counts the unsaved mark in the badge', async () => {
    const { db } = freshDb();
    const view = gridView({ 'Ada Lovelace': present, 'Alan Turing': someO }, { unsaved: { 'Ada Lovelace': 9 } });
    view.marks.find((m) => m.pupil === 'k0' && !m.saved)!.code = 'O';
    const answer = await handleRegisterRead({ url: 'https://mis.example/grid', view, store: true }, { db, ...NOW });
    expect(answer.ok).toBe(true);
    expect(await marksOf(db).count()).toBe(19);
    const [ada, alan] = answer.badges;
    // Ada: 9 present of 10 on screen, one unsaved O → 90.0% is persistent absence.
    // One week of marks: too little history for a status word (MIN_HISTORY_DAYS), the figure still counts the edit.
    expect(ada).toMatchObject({ name: 'Ada Lovelace', status: 'building', includesUnsaved: true, attendance: { attended: 9, possible: 10, display: '90.0' } });
    expect(ada!.onPageSessions['2026-11-20|PM']).toBe('O');
    // Alan: 6 of 10 present, all stored.
    expect(alan).toMatchObject({ status: 'building', includesUnsaved: false, attendance: { attended: 6, possible: 10, display: '60.0' } });
    // The page gets the school's bands (Kent by default) to re-band on-screen edits exactly.
    expect(answer.bandRules.map((r) => r.id)).toEqual(['KENT_MEETS_EXPECTATION', 'KENT_BELOW_EXPECTATION', 'KENT_PA', 'KENT_SA']);
    expect(answer.asOf).toBe('2026-11-20');
    expect(answer.summary).toEqual({ group: '7RB', counts: { SA: 0, PA: 0, pnThreshold: 0, nOverdue: 0, returnsDue: 0 }, provisional: 2 });
  });

  it('says the figures are provisional when the year has days with no stored mark', async () => {
    const { db } = freshDb();
    const answer = await handleRegisterRead({ url: 'https://mis.example/grid', view: gridView({ 'Ada Lovelace': present }), store: true }, { db, ...NOW });
    const ada = answer.badges[0]!;
    expect(ada.provisional).toBe(true);
    expect(ada.coverage.daysWithMarks).toBe(5);
    expect(ada.coverage.missingDays).toBe(ada.coverage.schoolDaysOnRoll - 5);
  });

  it('a live edit (store: false) writes nothing but still answers from stored history', async () => {
    const { db, writes } = freshDb();
    await handleRegisterRead({ url: 'https://mis.example/grid', view: gridView({ 'Alan Turing': someO }), store: true }, { db, ...NOW });
    const before = writes.rows;
    const edited = gridView({ 'Alan Turing': someO }, { unsaved: { 'Alan Turing': 2 } });
    edited.marks.find((m) => !m.saved)!.code = '/';
    const answer = await handleRegisterRead({ url: 'https://mis.example/grid', view: edited, store: false }, { db, ...NOW });
    expect(writes.rows).toBe(before);
    expect(answer.badges[0]).toMatchObject({ includesUnsaved: true, attendance: { attended: 7, possible: 10 }, pupilId: expect.any(String) });
  });
});

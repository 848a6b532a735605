import { beforeAll, describe, expect, it } from 'vitest';
import { handleRegisterRead } from '../../../lib/background/reads';
import { generateSchool } from '../../../lib/demo/school';
import type { DemoPupil } from '../../../lib/demo/types';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendarYears, KENT_YEARS } from '../../../lib/engine/calendars/kent';
import { evaluatePupil } from '../../../lib/engine/evaluate';
import { KENT_PROFILE } from '../../../lib/engine/profiles';
import { loadPupil, loadStore } from '../../../lib/dashboard/load-store';
import { summarisePupil, summarisePupils, type PupilSummary } from '../../../lib/dashboard/pupil-summary';
import type { PupilBadge } from '../../../lib/pupil/badge';
import type { RegisterView } from '../../../lib/readers/view';
import type { StoreDb } from '../../../lib/store/schema';
import { freshDb } from '../store/helpers';

/**
 * The whole demo school (about 300 pupils) read as pupil-history pages into a fresh store: every
 * dashboard row must carry exactly the badge the background gives the register overlay, and the
 * figures must be the engine's on the generator's own marks.
 */
const AS_OF = '2026-11-23';
const NOW = '2026-11-23T09:00:00.000Z';
const school = generateSchool({ seed: 1, asOf: AS_OF });
const name = (p: DemoPupil) => `${p.preferredForename} ${p.legalSurname}`;

function historyView(pupils: DemoPupil[]): RegisterView {
  return {
    reader: 'arbor-student',
    mis: 'arbor',
    confidence: 0.95,
    kind: 'pupil-history',
    context: {},
    pupils: pupils.map((p) => ({ key: String(p.arborId), misId: String(p.arborId), name: name(p), dateOfBirth: p.dob, regGroup: p.regGroup })),
    sessions: [],
    marks: pupils.flatMap((p) => p.marks.map((m) => ({ pupil: String(p.arborId), date: m.date, session: m.session, code: m.code, saved: true }))),
    problems: [],
    complete: true,
  };
}

/** What both sides must agree on; the page-only fields (key, on-page sessions) are left out. */
const figures = (b: PupilBadge) => ({
  status: b.status,
  attendance: b.attendance,
  coverage: b.coverage,
  provisional: b.provisional,
  trend: b.trend,
  band: b.band,
  markers: b.markers,
  reasons: b.reasons,
  recovery: b.recovery,
  lastActions: b.lastActions,
});

describe('dashboard rows for the demo school', () => {
  let db: StoreDb;
  let overlay: Map<string, PupilBadge>;
  let rows: PupilSummary[];

  beforeAll(async () => {
    db = freshDb().db;
    const view = historyView(school.pupils);
    const url = 'http://localhost/arbor/students-ui/student-attendance';
    const first = await handleRegisterRead({ url, view, store: true }, { db, today: AS_OF, now: NOW });
    // A chronology for one pupil: a notice to improve older than three calls still shapes the figures.
    const someone = first.badges.find((b) => b.status === 'PA')!.pupilId!;
    const at = (d: string) => `${d}T10:00:00.000Z`;
    await db.actions.bulkPut([
      { id: 'nti', pupilId: someone, kind: 'notice-to-improve', date: '2026-10-01', periodEnd: '2026-10-29', createdAt: at('2026-10-01') },
      ...['2026-11-02', '2026-11-09', '2026-11-16'].map((d, i) => ({ id: `c${i}`, pupilId: someone, kind: 'call' as const, date: d, with: 'mother', createdAt: at(d) })),
    ]);
    const answer = await handleRegisterRead({ url, view, store: false }, { db, today: AS_OF, now: NOW });
    overlay = new Map(answer.badges.map((b) => [b.pupilId!, b]));
    const loaded = await loadStore(db, { id: 'kent' }, AS_OF);
    rows = summarisePupils(loaded, loaded.setup);
  }, 120_000);

  it('lists every stored pupil once', () => {
    expect(rows).toHaveLength(school.pupils.length);
    expect(new Set(rows.map((r) => r.pupilId))).toEqual(new Set(overlay.keys()));
  });

  it('gives each pupil exactly the badge the register overlay gets from the background', () => {
    for (const r of rows) expect(figures(r.badge), r.name).toEqual(figures(overlay.get(r.pupilId)!));
    // The demo school has pupils in every status the list filters on.
    const statuses = new Set(rows.map((r) => r.badge.status));
    for (const s of ['SA', 'PA', 'ok'] as const) expect(statuses).toContain(s);
    expect(rows.some((r) => r.actions.length === 4 && r.badge.lastActions.length === 3)).toBe(true);
  });

  it('shows the engine’s attendance for the generator’s marks', () => {
    const calendar = buildCalendar(kentCalendarYears(KENT_YEARS));
    const byName = new Map(rows.map((r) => [r.name, r]));
    for (const p of school.pupils) {
      const e = evaluatePupil({ marks: p.marks, pupil: { dateOfBirth: p.dob } }, calendar, KENT_PROFILE, AS_OF);
      const row = byName.get(name(p))!;
      expect(row.badge.attendance.display, name(p)).toBe(e.rates.attendance ? e.rates.attendance.pct.toFixed(1) : null);
      expect(row.evaluation.persistentAbsence).toBe(e.persistentAbsence);
      expect(row.evaluation.severeAbsence).toBe(e.severeAbsence);
    }
  });

  it('the pupil page’s own read of one pupil gives the same figures as the list', async () => {
    const listed = rows.find((r) => r.actions.length > 0)!;
    const one = await loadPupil(db, { id: 'kent' }, AS_OF, listed.pupilId);
    const page = summarisePupil(one.row!, one.marks, one.actions, one.setup);
    expect(figures(page.badge)).toEqual(figures(listed.badge));
    expect(page.actions.map((a) => a.id)).toEqual(['c2', 'c1', 'c0', 'nti']);
    expect((await loadPupil(db, { id: 'kent' }, AS_OF, 'no-such-id')).row).toBeUndefined();
  });
});

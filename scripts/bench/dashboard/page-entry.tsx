/**
 * Bench page code for `dashboard-pupil-page-2000` (bundled with esbuild, run in Chromium against real
 * IndexedDB): a store of 2,000 pupils × a full Kent 2024/25 year (760k marks, written with a bare
 * bulkPut: the store's import speed is another figure), then the pupil page's work for one pupil,
 * timed from the first read to the heat map and chart in the DOM: `loadPupil`, the changed marks,
 * the engine's summary, the chart series, the week grid and breakdown, and rendering both components.
 */
import { render } from 'preact';
import { HeatMap } from '../../../components/dashboard/HeatMap';
import { AttendanceChart } from '../../../components/dashboard/AttendanceChart';
import { attendanceSeries } from '../../../lib/dashboard/attendance-series';
import { codeBreakdown } from '../../../lib/dashboard/code-breakdown';
import { loadPupil } from '../../../lib/dashboard/load-store';
import { loadPupilExtras } from '../../../lib/dashboard/load-pupil-extras';
import { packMarks } from '../../../lib/store/mark-years';
import { summarisePupil } from '../../../lib/dashboard/pupil-summary';
import { buildCalendar } from '../../../lib/engine/calendar';
import { kentCalendar } from '../../../lib/engine/calendars/kent';
import type { MarkRow, PupilRow } from '../../../lib/store/rows';
import { StoreDb } from '../../../lib/store/schema';
import { mulberry32 } from '../../../lib/demo/prng';

const AS_OF = '2025-07-18';
const SEEN = '2025-07-18T16:00:00Z';
const ABSENCE = ['I', 'I', 'I', 'M', 'O', 'N', 'G', 'C', 'U', 'L'];

async function fill(db: StoreDb, pupils: number): Promise<void> {
  const cal = buildCalendar(kentCalendar('2024/25'));
  const r = mulberry32(7);
  const rows: PupilRow[] = [];
  let marks: MarkRow[] = [];
  for (let p = 0; p < pupils; p++) {
    const id = `bench-${p}`;
    rows.push({ id, misKeys: [`arbor:${p}`], seen: {}, legalForename: `Pupil${p}`, legalSurname: 'Example', yearGroup: `Year ${7 + (p % 5)}`, regGroup: `${7 + (p % 5)}A`, dob: '2012-03-04' });
    const absent = r() < 0.2 ? 0.15 : 0.04;
    for (const date of cal.days) {
      for (const session of ['AM', 'PM'] as const) {
        const code = r() < absent ? ABSENCE[Math.floor(r() * ABSENCE.length)]! : session === 'AM' ? '/' : '\\';
        marks.push({ pupilId: id, date, session, code, source: 'import:bench', firstSeen: SEEN, lastSeenOn: '2025-07-18' });
      }
    }
    if (marks.length > 50_000) {
      await db.markYears.bulkPut(packMarks(marks));
      marks = [];
    }
  }
  await db.pupils.bulkPut(rows);
  await db.markYears.bulkPut(packMarks(marks));
}

async function pupilPage(db: StoreDb, id: string, host: HTMLElement): Promise<number> {
  const t0 = performance.now();
  const [loaded, extras] = await Promise.all([loadPupil(db, { id: 'kent' }, AS_OF, id), loadPupilExtras(db, id)]);
  const s = summarisePupil(loaded.row!, loaded.marks, loaded.actions, loaded.setup);
  const cal = loaded.setup.calendar;
  const from = cal.academicYearOf(AS_OF).start;
  const series = attendanceSeries({ marks: loaded.marks, calendar: cal, asOf: AS_OF });
  const breakdown = codeBreakdown({ marks: loaded.marks, calendar: cal, from, to: AS_OF });
  render(
    <>
      <AttendanceChart points={series} profile={loaded.setup.profile} />
      <HeatMap marks={loaded.marks} calendar={cal} from={from} to={AS_OF} row={s.row} />
    </>,
    host,
  );
  const cells = host.querySelectorAll('[role="gridcell"]').length;
  const ms = performance.now() - t0;
  if (cells < 380 || breakdown.codes.length === 0 || extras.revisions.length < 0) throw new Error(`page incomplete: ${cells} cells`);
  render(null, host);
  return ms;
}

(globalThis as unknown as Record<string, unknown>).dashBench = {
  async run(pupils: number, reps: number) {
    const db = new StoreDb(`dash-bench-${Date.now()}`);
    const t = performance.now();
    await fill(db, pupils);
    const fillMs = performance.now() - t;
    const host = document.createElement('div');
    document.body.append(host);
    for (let i = 0; i < 3; i++) await pupilPage(db, `bench-${i}`, host);
    const times: number[] = [];
    for (let i = 0; i < reps; i++) times.push(await pupilPage(db, `bench-${(i * 137) % pupils}`, host));
    await db.delete();
    return { times, fillMs };
  },
};

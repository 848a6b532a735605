/**
 * Demo server: two synthetic schools as MIS-like pages, one per style (Arbor style: the secondary
 * Hawkridge Academy, groups like 7RB; Bromcom style: the primary Foxhole Down, classes like 2OS),
 * and the modelled Kent DFD forms, on 127.0.0.1 only.
 *
 *   npm run demo-server -- [--port N] [--seed N] [--as-of YYYY-MM-DD]
 * prints `demo-server: http://127.0.0.1:PORT/` and serves until killed. Tests import `startDemoServer`.
 *
 * Routes (stable; tests and readers rely on them). Dates are ISO in Arbor paths, dd/mm/yyyy in
 * Bromcom query strings. Saved marks live in memory for the server's lifetime.
 *   GET  /                                         index of every page, notable pupils
 * Arbor style (SPA: links fetched with `X-Requested-With: mis-spa` → JSON {title, route, html}):
 *   GET  /arbor/                                   → 302 /arbor/home-ui/index
 *   GET  /arbor/home-ui/index                      daily attendance: registers per group
 *   GET  /arbor/attendance-ui/register/group/{GROUP}/date/{YYYY-MM-DD}/session/{AM|PM}
 *                                                  take register (list view, mark drop-downs)
 *   GET  /arbor/attendance-ui/marks-grid/group/{GROUP|year-N|all}/week/{YYYY-MM-DD}[?virtual=1]
 *                                                  weekly roll-call grid (week of that date);
 *                                                  virtual=1: ~30 recycled rows, aria-rowcount/rowindex
 *   GET  /arbor/students-ui/student-attendance/student-id/{ARBOR_ID}   pupil attendance by week
 *   GET  /arbor/students-ui/student-list[/group/{GROUP}]               pupil list
 *   GET  /arbor/rest-v2/marks-grid/group/{…}/week/{YYYY-MM-DD}        JSON rows for the virtual grid
 *   POST /arbor/rest-v2/attendance-registration    JSON {request:{marks:[{student, attendanceMark,
 *                                                  sessionStartTime "YYYY-MM-DD HH:MM:SS", minutesLate?, note?}]}}
 * Bromcom style (full page loads; Save posts the form back, then 303 to the page with &Saved=1):
 *   GET  /bromcom/                                 → 302 …/Framework/Home.aspx
 *   GET  /bromcom/Nucleus/UI/Areas/Framework/Home.aspx
 *   GET|POST /bromcom/Nucleus/UI/Areas/Attendance/TakeRegister.aspx?TutorGroup=2OS&Date=dd/mm/yyyy&Session=AM|PM
 *   GET|POST /bromcom/Nucleus/UI/Areas/Attendance/ManageAttendance.aspx?TutorGroup=2OS&WeekStart=dd/mm/yyyy
 *   GET  /bromcom/Nucleus/UI/Areas/Students/StudentDetails.aspx?StudentIDs={BROMCOM_ID}  certificate layout
 *   GET  /bromcom/Nucleus/UI/Areas/People/StudentList.aspx[?TutorGroup=2OS]
 * Kent Digital Front Door forms (modelled):
 *   GET  /forms/                                   the 11 pathways
 *   GET  /forms/kent/{slug}[?naming=semantic]      one pathway (default Squiz-style names q30819:q7)
 *   POST /forms/kent/{slug}                        "Received (demo — nothing sent anywhere)" echo page
 * Anything else: 404.
 */
import { pathToFileURL } from 'node:url';
import { startDemoServer } from './demo-server/server';

export { startDemoServer } from './demo-server/server';
export type { DemoServer, DemoServerOptions } from './demo-server/server';

/** Today's local date: the shell's clock, passed into the pure generator as `asOf`. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function parseArgs(argv: string[]): { port: number; seed: number; asOf: string } {
  const out = { port: 0, seed: 1, asOf: today() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = argv[i + 1];
    if (a === '--port' && v) (out.port = Number(v)), i++;
    else if (a === '--seed' && v) (out.seed = Number(v)), i++;
    else if (a === '--as-of' && v) (out.asOf = v), i++;
    else throw new Error(`unknown argument ${a}; use --port N --seed N --as-of YYYY-MM-DD`);
  }
  if (!Number.isInteger(out.port) || out.port < 0 || out.port > 65535) throw new Error('--port must be 0–65535');
  if (!Number.isInteger(out.seed)) throw new Error('--seed must be an integer');
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const server = await startDemoServer(parseArgs(process.argv.slice(2)));
    console.log(`demo-server: ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (err) {
    console.error(`demo-server: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
}

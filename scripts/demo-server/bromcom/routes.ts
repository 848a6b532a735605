/**
 * Bromcom-style routes: full page loads; Save posts the whole `aspnetForm` back to the same URL,
 * which stores what changed and redirects (303) to the page with `Saved=1`.
 */
import type { Session } from '../../../lib/demo/types';
import { parseUkDate } from '../html';
import { isNationalCode } from '../../../lib/engine/codes';
import { htmlReply, notFound, readForm, redirect, type Ctx, type FormEntry, type Reply, type Route } from '../http';
import type { MarkEdit } from '../state';
import { bromcomDocument, type BromcomPage } from './layout';
import { bromcomHomePage } from './home';
import { bromcomTakeRegisterPage } from './take-register';
import { bromcomManageAttendancePage, weekColumns } from './manage-attendance';
import { bromcomStudentDetailsPage } from './student-details';
import { bromcomStudentListPage } from './student-list';
import { BROMCOM_HOME, MANAGE_ATTENDANCE_PATH, STUDENT_DETAILS_PATH, STUDENT_LIST_PATH, TAKE_REGISTER_PATH } from './urls';

const exact = (path: string) => new RegExp(`^${path.replace(/[.$]/g, '\\$&')}$`);

function page(ctx: Ctx, p: BromcomPage | null): Reply {
  return p ? htmlReply(bromcomDocument(ctx.state, p)) : notFound('No such tutor group, student or date.');
}

function withSaved(url: URL): string {
  const u = new URL(url);
  u.searchParams.set('Saved', '1');
  return u.pathname + u.search;
}

function registerParams(url: URL): { group: string; date: string; session: Session } | null {
  const group = url.searchParams.get('TutorGroup');
  const date = parseUkDate(url.searchParams.get('Date'));
  const session = url.searchParams.get('Session');
  if (!group || !date || (session !== 'AM' && session !== 'PM')) return null;
  return { group, date, session };
}

const value = (form: FormEntry[], name: string) => form.find((e) => e.name === name)?.value;

/** Keeps only the fields that differ from what the server already shows. */
function changedOnly(ctx: Ctx, edits: MarkEdit[]): MarkEdit[] {
  return edits.filter((e) => {
    const p = ctx.state.pupil(e.pupilId);
    if (!p) return false;
    const cur = ctx.state.mark(p, e.date, e.session);
    return (cur?.code ?? '') !== e.code || cur?.minutes !== e.minutes || (cur?.note ?? '') !== (e.note ?? '');
  });
}

export const bromcomRoutes: Route[] = [
  { method: 'GET', pattern: exact(BROMCOM_HOME), handle: (ctx) => page(ctx, bromcomHomePage(ctx.state)) },
  {
    method: 'GET',
    pattern: exact(TAKE_REGISTER_PATH),
    handle: (ctx) => {
      const q = registerParams(ctx.url);
      return page(ctx, q && bromcomTakeRegisterPage(ctx.state, q.group, q.date, q.session, ctx.url.searchParams.get('Saved') === '1'));
    },
  },
  {
    method: 'POST',
    pattern: exact(TAKE_REGISTER_PATH),
    handle: async (ctx) => {
      const q = registerParams(ctx.url);
      if (!q) return notFound('No such register.');
      const form = await readForm(ctx.req);
      const edits: MarkEdit[] = [];
      for (const e of form) {
        const m = /^(ctl00\$cph\$gvReg\$ctl\d+)\$hfStudentID$/.exec(e.name);
        if (!m) continue;
        const p = ctx.state.pupilByBromcomId(Number(e.value));
        if (!p) continue;
        const late = value(form, `${m[1]}$txtLate`)?.trim();
        edits.push({
          pupilId: p.id, date: q.date, session: q.session,
          code: value(form, `${m[1]}$ddlMark`) ?? '',
          minutes: late ? Number(late) : undefined,
          note: value(form, `${m[1]}$txtComment`) || undefined,
        });
      }
      ctx.state.save(changedOnly(ctx, edits));
      return redirect(withSaved(ctx.url));
    },
  },
  {
    method: 'GET',
    pattern: exact(MANAGE_ATTENDANCE_PATH),
    handle: (ctx) => {
      const group = ctx.url.searchParams.get('TutorGroup');
      const week = parseUkDate(ctx.url.searchParams.get('WeekStart'));
      return page(ctx, group && week ? bromcomManageAttendancePage(ctx.state, group, week, ctx.url.searchParams.get('Saved') === '1') : null);
    },
  },
  {
    method: 'POST',
    pattern: exact(MANAGE_ATTENDANCE_PATH),
    handle: async (ctx) => {
      const week = parseUkDate(ctx.url.searchParams.get('WeekStart'));
      if (!week) return notFound('No such week.');
      const form = await readForm(ctx.req);
      const cols = weekColumns(week);
      const edits: MarkEdit[] = [];
      for (const e of form) {
        const m = /^ctl00\$cph\$grd\$r(\d+)\$sid$/.exec(e.name);
        if (!m) continue;
        const p = ctx.state.pupilByBromcomId(Number(e.value));
        if (!p) continue;
        cols.forEach((c, ci) => {
          const code = value(form, `ctl00$cph$grd$r${m[1]}$c${ci}`);
          // Disabled boxes (closed days, not on roll) are not posted, so they are never touched.
          if (code === undefined) return;
          const cur = ctx.state.mark(p, c.date, c.session);
          const clean = code.trim().toUpperCase();
          // Like the MIS, refuse codes that are not in the national set (the page marks them red).
          if (clean !== '' && !isNationalCode(clean)) return;
          edits.push({ pupilId: p.id, date: c.date, session: c.session, code: clean, minutes: cur?.minutes, note: cur?.note });
        });
      }
      ctx.state.save(changedOnly(ctx, edits));
      return redirect(withSaved(ctx.url));
    },
  },
  {
    method: 'GET',
    pattern: exact(STUDENT_DETAILS_PATH),
    handle: (ctx) => page(ctx, bromcomStudentDetailsPage(ctx.state, Number(ctx.url.searchParams.get('StudentIDs')))),
  },
  {
    method: 'GET',
    pattern: exact(STUDENT_LIST_PATH),
    handle: (ctx) => page(ctx, bromcomStudentListPage(ctx.state, ctx.url.searchParams.get('TutorGroup') || null)),
  },
];

/**
 * Arbor-style routes. Paths follow Arbor's `module-ui/action/param/value` convention (invented
 * route names). A request with `X-Requested-With: mis-spa` gets the page as a JSON fragment for
 * client-side navigation; any other gets the full document.
 */
import { z } from 'zod';
import { isIsoDate } from '../../../lib/engine/dates';
import type { Session } from '../../../lib/demo/types';
import { htmlReply, jsonReply, notFound, readJson, redirect, type Ctx, type Reply, type Route } from '../http';
import type { MarkEdit } from '../state';
import { arborDocument, arborFragment, type ArborPage } from './layout';
import { arborHomePage } from './home';
import { arborRegisterPage } from './register';
import { arborGridRows, arborMarksGridPage } from './marks-grid';
import { arborStudentPage } from './student';
import { arborStudentListPage } from './student-list';
import { arborValueToCode } from './marks';
import { PICKER_CODES } from '../codes';

const DATE = '(\\d{4}-\\d{2}-\\d{2})';

function pageReply(ctx: Ctx, page: ArborPage | null): Reply {
  if (!page) return notFound('No such group, student or page in the demo school.');
  if (ctx.req.headers['x-requested-with'] === 'mis-spa') return jsonReply(arborFragment(page));
  return htmlReply(arborDocument(ctx.state, page));
}

const saveSchema = z.object({
  request: z.object({
    marks: z.array(
      z.object({
        student: z.number().int(),
        attendanceMark: z.enum(['', 'PRESENT', 'LATE', ...PICKER_CODES]),
        sessionStartTime: z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/),
        minutesLate: z.number().int().min(0).max(600).optional(),
        note: z.string().max(500).optional(),
      }),
    ),
  }),
});

export const arborRoutes: Route[] = [
  { method: 'GET', pattern: /^\/arbor\/?$/, handle: () => redirect('/arbor/home-ui/index', 302) },
  { method: 'GET', pattern: /^\/arbor\/home-ui\/index$/, handle: (ctx) => pageReply(ctx, arborHomePage(ctx.state)) },
  {
    method: 'GET',
    pattern: new RegExp(`^/arbor/attendance-ui/register/group/([^/]+)/date/${DATE}/session/(AM|PM)$`),
    handle: (ctx) => {
      const [group, date, session] = ctx.params as [string, string, Session];
      return pageReply(ctx, isIsoDate(date) ? arborRegisterPage(ctx.state, decodeURIComponent(group), date, session) : null);
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/arbor/attendance-ui/marks-grid/group/([^/]+)/week/${DATE}$`),
    handle: (ctx) => {
      const [group, week] = ctx.params as [string, string];
      const virtual = ctx.url.searchParams.get('virtual') === '1';
      return pageReply(ctx, isIsoDate(week) ? arborMarksGridPage(ctx.state, decodeURIComponent(group), week, virtual) : null);
    },
  },
  {
    method: 'GET',
    pattern: /^\/arbor\/students-ui\/student-attendance\/student-id\/(\d+)$/,
    handle: (ctx) => pageReply(ctx, arborStudentPage(ctx.state, Number(ctx.params[0]))),
  },
  {
    method: 'GET',
    pattern: /^\/arbor\/students-ui\/student-list(?:\/group\/([^/]+))?$/,
    handle: (ctx) => pageReply(ctx, arborStudentListPage(ctx.state, ctx.params[0] ? decodeURIComponent(ctx.params[0]) : null)),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/arbor/rest-v2/marks-grid/group/([^/]+)/week/${DATE}$`),
    handle: (ctx) => {
      const [group, week] = ctx.params as [string, string];
      const rows = isIsoDate(week) ? arborGridRows(ctx.state, decodeURIComponent(group), week) : null;
      return rows ? jsonReply(rows) : jsonReply({ error: 'not found' }, 404);
    },
  },
  {
    // Modelled on the Arbor SDK's write service (POST /rest-v2/attendance-registration).
    method: 'POST',
    pattern: /^\/arbor\/rest-v2\/attendance-registration$/,
    handle: async (ctx) => {
      let parsed;
      try {
        parsed = saveSchema.safeParse(await readJson(ctx.req));
      } catch {
        return jsonReply({ error: 'body is not JSON' }, 400);
      }
      if (!parsed.success) return jsonReply({ error: 'invalid request', issues: parsed.error.issues.map((i) => i.message) }, 400);
      const edits: MarkEdit[] = [];
      for (const m of parsed.data.request.marks) {
        const p = ctx.state.pupilByArborId(m.student);
        const date = m.sessionStartTime.slice(0, 10);
        if (!p || !isIsoDate(date)) return jsonReply({ error: `unknown student ${m.student} or date` }, 400);
        const session: Session = Number(m.sessionStartTime.slice(11, 13)) < 12 ? 'AM' : 'PM';
        edits.push({ pupilId: p.id, date, session, code: arborValueToCode(m.attendanceMark, session), minutes: m.minutesLate, note: m.note });
      }
      return jsonReply({ ok: true, saved: ctx.state.save(edits) });
    },
  },
];

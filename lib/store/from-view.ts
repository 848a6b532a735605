import type { RegisterView } from '../readers/view';
import type { BatchPupil, IngestBatch } from './batch';

/**
 * A page reader's RegisterView → the batch `ingestRead` stores. Only complete views are stored (a half-read
 * page must not look like a register with missing marks), only marks the MIS shows as saved, and no blank
 * marks (a blank is not a mark). For the background's 'register-read' handler.
 */
export type FromView = { ok: true; batch: IngestBatch; left: string[] } | { ok: false; reason: string };

const MAX_CODE = 16;

export function batchFromView(view: RegisterView, ctx: { mis: string; url?: string; seenAt: string }): FromView {
  if (!view.complete) return { ok: false, reason: 'the page was not read completely, so nothing from it is stored' };
  const left: string[] = [];
  const pupils: BatchPupil[] = view.pupils.map((p) => {
    const c = p.characteristics ?? {};
    const out: BatchPupil = { ref: p.key, name: p.name };
    if (p.misId) out.misId = p.misId;
    if (p.upn) out.upn = p.upn;
    if (p.dateOfBirth) out.dob = p.dateOfBirth;
    if (p.yearGroup) out.yearGroup = p.yearGroup;
    if (p.regGroup) out.regGroup = p.regGroup;
    if (c.fsm !== undefined) out.fsm = c.fsm;
    if (c.sen !== undefined) out.sen = c.sen;
    if (c.eal !== undefined) out.eal = c.eal;
    if (c.cic !== undefined) out.cic = c.cic;
    return out;
  });
  const marks: IngestBatch['marks'] = [];
  for (const m of view.marks) {
    if (!m.saved) continue;
    const code = m.code.trim();
    if (code === '' || code === '-') continue;
    if (code.length > MAX_CODE) {
      left.push(`${m.pupil} ${m.date} ${m.session}: "${code.slice(0, 20)}…" is too long to be a mark`);
      continue;
    }
    marks.push({ pupilRef: m.pupil, date: m.date, session: m.session, code, ...(m.minutesLate !== undefined ? { minutesLate: m.minutesLate } : {}) });
  }
  return {
    ok: true,
    left,
    batch: { source: { kind: 'page', mis: ctx.mis, readerId: view.reader, ...(ctx.url ? { url: ctx.url } : {}) }, seenAt: ctx.seenAt, pupils, marks },
  };
}

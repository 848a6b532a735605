/**
 * The vectors seam's logic (format: shared/domain/vectors.schema.md), shared by `scripts/vectors.ts` and
 * the unit test, so both compare in exactly the same way.
 */
import { z } from 'zod/mini';
import { buildCalendar, calendarSpecSchema } from './calendar';
import { isIsoDate } from './dates';
import { evaluatePupil, type PupilEvaluation } from './evaluate';
import { VECTOR_FLAGS } from './flags';
import { KENT_PROFILE } from './profiles';
import type { SessionMark } from './types';

const iso = z.string().check(z.refine(isIsoDate, 'must be a real date YYYY-MM-DD'));
const code = z.optional(z.nullable(z.string()));

export const vectorSchema = z.object({
  name: z.string().check(z.minLength(1)),
  title: z.optional(z.string()),
  rules: z.optional(z.array(z.string())),
  calendar: calendarSpecSchema,
  pupil: z.object({
    compulsorySchoolAge: z.optional(z.boolean()),
    dateOfBirth: z.optional(iso),
    admissionDate: z.optional(iso),
    leavingDate: z.optional(iso),
  }),
  context: z.optional(
    z.object({
      ntiIssuedOn: z.optional(iso),
      penaltyNotices: z.optional(z.array(z.object({ issuedOn: iso, withdrawn: z.optional(z.boolean()) }))),
    }),
  ),
  asOf: iso,
  marks: z.array(z.object({ date: iso, am: code, pm: code })),
  expected: z.record(z.string(), z.unknown()),
  notes: z.optional(z.string()),
});
export type Vector = z.infer<typeof vectorSchema>;

export type ParsedVectors = { ok: true; vectors: Vector[] } | { ok: false; reason: string };

export function parseVectors(json: unknown): ParsedVectors {
  if (!Array.isArray(json)) return { ok: false, reason: 'a vectors file must be a JSON array of vectors' };
  const vectors: Vector[] = [];
  const names = new Set<string>();
  for (let i = 0; i < json.length; i++) {
    const r = vectorSchema.safeParse(json[i]);
    if (!r.success) {
      const label = typeof (json[i] as { name?: unknown })?.name === 'string' ? `“${(json[i] as { name: string }).name}”` : `#${i}`;
      return { ok: false, reason: `vector ${label}: ${r.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ')}` };
    }
    if (names.has(r.data.name)) return { ok: false, reason: `vector name “${r.data.name}” is used twice` };
    names.add(r.data.name);
    vectors.push(r.data);
  }
  return { ok: true, vectors };
}

export function vectorMarks(v: Vector): SessionMark[] {
  const out: SessionMark[] = [];
  for (const m of v.marks) {
    if (m.am !== undefined && m.am !== null) out.push({ date: m.date, session: 'AM', code: m.am });
    if (m.pm !== undefined && m.pm !== null) out.push({ date: m.date, session: 'PM', code: m.pm });
  }
  return out;
}

export function runVector(v: Vector): PupilEvaluation {
  return evaluatePupil({ marks: vectorMarks(v), pupil: v.pupil, context: v.context }, buildCalendar(v.calendar), KENT_PROFILE, v.asOf);
}

export interface Mismatch {
  field: string;
  expected: unknown;
  got: unknown;
}

const PCT_FIELDS = new Set(['attendancePct', 'overallAbsencePct', 'authorisedAbsencePct', 'unauthorisedAbsencePct']);
const RATE_OF: Record<string, keyof PupilEvaluation['rates']> = {
  attendancePct: 'attendance',
  overallAbsencePct: 'overallAbsence',
  authorisedAbsencePct: 'authorisedAbsence',
  unauthorisedAbsencePct: 'unauthorisedAbsence',
};
const VOCAB = new Set<string>(VECTOR_FLAGS);

function compareValue(expected: unknown, got: unknown, field: string, out: Mismatch[]): void {
  if (expected === null || typeof expected !== 'object') {
    const same = typeof expected === 'number' && typeof got === 'number' ? Math.abs(expected - got) < 1e-9 : expected === got;
    if (!same) out.push({ field, expected, got });
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(got) || got.length !== expected.length) {
      out.push({ field, expected, got });
      return;
    }
    const before = out.length;
    const inner: Mismatch[] = [];
    expected.forEach((e, i) => compareValue(e, got[i], `${field}[${i}]`, inner));
    if (inner.length) out.splice(before, 0, ...inner);
    return;
  }
  if (got === null || typeof got !== 'object' || Array.isArray(got)) {
    out.push({ field, expected, got });
    return;
  }
  for (const [k, e] of Object.entries(expected)) compareValue(e, (got as Record<string, unknown>)[k], `${field}.${k}`, out);
}

/** Compares by the schema's rules: absent keys not asserted, nested objects key by key, % at 1 dp half-up, flags as a set over the vocabulary. */
export function compareVector(v: Vector, e: PupilEvaluation): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [key, expected] of Object.entries(v.expected)) {
    if (key === 'flags') {
      const exp = Array.isArray(expected) ? [...(expected as unknown[])].map(String).sort() : expected;
      const got = [...new Set(e.flags.filter((f) => VOCAB.has(f)))].sort();
      if (JSON.stringify(exp) !== JSON.stringify(got)) out.push({ field: 'flags', expected: exp, got });
    } else if (PCT_FIELDS.has(key)) {
      const r = e.rates[RATE_OF[key]!];
      compareValue(expected, r ? r.pct : null, key, out);
    } else {
      compareValue(expected, (e as unknown as Record<string, unknown>)[key], key, out);
    }
  }
  return out;
}

export interface VectorReport {
  lines: string[];
  passed: number;
  failed: number;
}

/** Runs every vector; one line per failing field, then "N passed, N failed". Engine errors count as failures. */
export function runVectors(vectors: Vector[]): VectorReport {
  const lines: string[] = [];
  let passed = 0;
  let failed = 0;
  for (const v of vectors) {
    let mismatches: Mismatch[];
    try {
      mismatches = compareVector(v, runVector(v));
    } catch (err) {
      mismatches = [{ field: '(engine)', expected: 'no error', got: String(err) }];
    }
    if (mismatches.length === 0) passed++;
    else {
      failed++;
      for (const m of mismatches) lines.push(`${v.name} ${m.field} expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.got)}`);
    }
  }
  lines.push(`${passed} passed, ${failed} failed`);
  return { lines, passed, failed };
}

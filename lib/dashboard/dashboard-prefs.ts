// zod/mini, like the other settings: read by the dashboard only.
import { z } from 'zod/mini';
import { DEFAULT_AT_RISK_SESSIONS, DEFAULT_STALE_SCHOOL_DAYS } from './work-lists';
import { DEFAULT_TSM_MIN_GROUP } from './tsm-suppress';

/**
 * The dashboard's own settings, kept in `browser.storage.local` (no pupil data): how close to PA
 * counts as "at risk", when marks count as not seen recently, and the benchmarks the school enters
 * (national and LA figures, each with where it came from).
 */
export const DASHBOARD_PREFS_KEY = 'dashboardPrefs';

const pct = z.optional(z.number().check(z.gte(0), z.lte(100)));
const benchmark = z.object({ attendance: pct, pa: pct, sa: pct, source: z.string() });
export type Benchmark = z.infer<typeof benchmark>;

export const dashboardPrefsSchema = z.object({
  atRiskSessions: z.number().check(z.int(), z.gte(1), z.lte(100)),
  staleSchoolDays: z.number().check(z.int(), z.gte(1), z.lte(60)),
  /** The TSM pack hides groups of fewer pupils than this (small-number suppression). */
  tsmMinGroup: z.number().check(z.int(), z.gte(2), z.lte(20)),
  benchmarks: z.object({ national: z.optional(benchmark), la: z.optional(benchmark) }),
});
export type DashboardPrefs = z.infer<typeof dashboardPrefsSchema>;

export const DEFAULT_DASHBOARD_PREFS: DashboardPrefs = { atRiskSessions: DEFAULT_AT_RISK_SESSIONS, staleSchoolDays: DEFAULT_STALE_SCHOOL_DAYS, tsmMinGroup: DEFAULT_TSM_MIN_GROUP, benchmarks: {} };

/** Stored prefs, or the defaults for anything missing or invalid (never throws on a stored value). */
export function readDashboardPrefs(raw: unknown): DashboardPrefs {
  const r = dashboardPrefsSchema.safeParse({ ...DEFAULT_DASHBOARD_PREFS, ...(raw && typeof raw === 'object' ? raw : {}) });
  return r.success ? r.data : DEFAULT_DASHBOARD_PREFS;
}

export type BenchmarkForm = Record<'attendance' | 'pa' | 'sa' | 'source', string>;

/** The benchmark form's strings → a benchmark, or a message per field. A figure without a source is refused. */
export function parseBenchmark(f: BenchmarkForm): { ok: true; value: Benchmark | undefined } | { ok: false; errors: Partial<BenchmarkForm> } {
  const errors: Partial<BenchmarkForm> = {};
  const out: Benchmark = { source: f.source.trim() };
  for (const k of ['attendance', 'pa', 'sa'] as const) {
    const t = f[k].trim().replace(/%$/, '');
    if (t === '') continue;
    const n = Number(t);
    if (!Number.isFinite(n) || n < 0 || n > 100) errors[k] = 'Enter a percentage from 0 to 100, for example 93.2.';
    else out[k] = Math.round(n * 10) / 10;
  }
  const any = out.attendance !== undefined || out.pa !== undefined || out.sa !== undefined;
  if (any && out.source === '') errors.source = 'Say where the figures come from, for example “DfE, autumn term 2025/26”.';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: any ? out : undefined };
}

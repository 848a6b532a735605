import { z } from 'zod/mini';
import { withDueOn, type ActionRow } from './actions';
import { SLOTS, datesOfYear, packMarks, type MarkYearRow } from './mark-years';
import {
  actionSchema,
  importLogRowSchema,
  markRevisionRowSchema,
  markRowSchema,
  prefillAuditRowSchema,
  pupilRowSchema,
  settingsRowSchema,
} from './row-schemas';
import type { FactSeen, ImportLogRow, MarkRevisionRow, MarkRow, PrefillAuditRow, PupilRow, SettingsRow } from './rows';
import { LATEST_VERSION } from './schema';
import { isIsoDate } from '../engine/dates';

/**
 * The backup: everything in the store plus the extension's settings (every key of browser.storage.local:
 * custom bands, taught pages, overlay preferences, reader switches, sites, school details), one versioned
 * document. Pure: building, validating and migrating; the file (gzip) is backup-file.ts, the database
 * backup-io.ts.
 *
 * Versions: 1 = schema v1 (actions without `dueOn`). 2 = schema v2, one row per mark, a row count per table.
 * 3 = schema v3: marks packed one record per pupil per year (`markYears`, slots as text, see `encodeYear`),
 * `storage` holds the settings, and counts include `marks` (the marks inside the records).
 *
 * Validation reads every row on its own (a file of 120,000 bad rows gives a report, not a stack overflow),
 * and checks what zod cannot: duplicate ids and keys, rows pointing at pupils the file does not hold,
 * codes that are not attendance codes, negative minutes late. Problems carry where and why; any problem
 * refuses the whole file (restores are all or nothing).
 */
export const BACKUP_FORMAT = 'attendance-lens-backup';
export const BACKUP_VERSION = 3;

export interface BackupTables {
  pupils: PupilRow[];
  markYears: MarkYearRow[];
  markRevisions: MarkRevisionRow[];
  settings: SettingsRow[];
  actions: ActionRow[];
  prefillAudit: PrefillAuditRow[];
  importLog: ImportLogRow[];
}
export type BackupTableName = keyof BackupTables;
export const BACKUP_TABLES = ['pupils', 'markYears', 'markRevisions', 'settings', 'actions', 'prefillAudit', 'importLog'] as const satisfies readonly BackupTableName[];

export type BackupCounts = Record<BackupTableName | 'marks', number>;

/** The backup in memory (year records with typed arrays, as stored). */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  schemaVersion: number;
  counts: BackupCounts;
  tables: BackupTables;
  /** browser.storage.local as it was (absent in backups made before version 3). */
  storage: Record<string, unknown>;
}

/** A year record as written in the file: slots as text, one character per session (see `encodeYear`). */
export interface FileYear {
  pupilId: string;
  year: number;
  codes: string[];
  slots: string;
  seen: FactSeen[];
  seenIx: string;
  late?: Record<string, number>;
}

// One character per slot: U+0100 + index (0 = none). Never a character JSON must escape, never a surrogate.
const BASE = 0x100;
function encodeSlots(a: ArrayLike<number>): string {
  let s = '';
  for (let i = 0; i < a.length; i += 4096) s += String.fromCharCode(...Array.from(Array.prototype.slice.call(a, i, i + 4096) as number[], (x) => x + BASE));
  return s;
}

export function encodeYear(r: MarkYearRow): FileYear {
  return {
    pupilId: r.pupilId,
    year: r.year,
    codes: r.codes,
    slots: encodeSlots(r.slots),
    seen: r.seen,
    seenIx: encodeSlots(r.seenIx),
    ...(r.late ? { late: r.late as Record<string, number> } : {}),
  };
}

/** A stored code: printable, no spaces or markup characters, at most 16 (the same limit as a page read). */
export const STORED_CODE = /^[^\s<>&"'`\u0000-\u001f\u007f]{1,16}$/u;

export interface BackupProblem {
  where: string;
  why: string;
}

function decodeYear(f: FileYear, where: string, problems: BackupProblem[]): MarkYearRow | null {
  const before = problems.length;
  const bad = (why: string) => problems.push({ where, why });
  if (f.slots.length !== SLOTS || f.seenIx.length !== SLOTS) {
    bad(`slots must be ${SLOTS} characters long`);
    return null;
  }
  const slots = new Uint8Array(SLOTS);
  const seenIx = new Uint16Array(SLOTS);
  const days = datesOfYear(f.year).length;
  let n = 0;
  for (let s = 0; s < SLOTS; s++) {
    const c = f.slots.charCodeAt(s) - BASE;
    const p = f.seenIx.charCodeAt(s) - BASE;
    if (c < 0 || c > f.codes.length) {
      bad(`slot ${s} points at code ${c}, but the year has ${f.codes.length}`);
      break;
    }
    if (p < 0 || p > f.seen.length || (c > 0) !== (p > 0)) {
      bad(`slot ${s} has ${c ? 'a mark without where it came from' : 'a source without a mark'}`);
      break;
    }
    if (c && s >= days * 2) {
      bad(`slot ${s} is past the end of the year`);
      break;
    }
    slots[s] = c;
    seenIx[s] = p;
    if (c) n++;
  }
  f.codes.forEach((c, i) => {
    if (!STORED_CODE.test(c)) bad(`code ${i + 1} "${c.slice(0, 20)}" is not an attendance code`);
  });
  if (new Set(f.codes).size !== f.codes.length) bad('the same code is listed twice');
  if (f.late) {
    for (const [k, v] of Object.entries(f.late)) {
      const s = Number(k);
      if (!Number.isInteger(s) || s < 0 || s >= SLOTS || !slots[s]) bad(`minutes late for slot ${k}, which holds no mark`);
      else if (!Number.isFinite(v) || v < 0) bad(`minutes late ${v} (must be 0 or more)`);
    }
  }
  if (problems.length > before) return null;
  return { pupilId: f.pupilId, year: f.year, n, codes: f.codes, slots, seen: f.seen, seenIx, ...(f.late && Object.keys(f.late).length ? { late: Object.fromEntries(Object.entries(f.late).map(([k, v]) => [Number(k), v])) } : {}) };
}

const factSeen = z.object({ source: z.string(), firstSeen: z.string(), lastSeenOn: z.string().check(z.refine(isIsoDate, 'must be a real date YYYY-MM-DD')) });
const fileYearSchema = z.object({
  pupilId: z.string().check(z.minLength(1)),
  year: z.number().check(z.int(), z.gte(1990), z.lte(2200)),
  codes: z.array(z.string()).check(z.maxLength(255)),
  slots: z.string(),
  seen: z.array(factSeen),
  seenIx: z.string(),
  late: z.optional(z.record(z.string(), z.number())),
});

const ROW_SCHEMAS = {
  pupils: pupilRowSchema,
  markRevisions: markRevisionRowSchema,
  settings: settingsRowSchema,
  actions: actionSchema,
  prefillAudit: prefillAuditRowSchema,
  importLog: importLogRowSchema,
} as const;

const envelope = z.object({ format: z.string(), version: z.number() });
const headV3 = z.object({
  exportedAt: z.string(),
  schemaVersion: z.number(),
  counts: z.record(z.string(), z.number()),
  tables: z.record(z.string(), z.unknown()),
  storage: z.optional(z.record(z.string(), z.unknown())),
});
const headOld = z.object({ exportedAt: z.string(), counts: z.optional(z.record(z.string(), z.number())), tables: z.record(z.string(), z.unknown()) });

export type ReadBackup =
  | { ok: true; backup: Backup; migratedFrom: number | null }
  | { ok: false; reason: string; problems: BackupProblem[]; problemCount: number };

/** At most this many problems are kept (and all are counted): enough to fix a file, bounded for a broken one. */
export const MAX_PROBLEMS = 50;

/** Reading stops after this many problems: a file that broken is not worth reading to the end. */
export const STOP_AFTER_PROBLEMS = 1000;

class Problems {
  list: BackupProblem[] = [];
  count = 0;
  get full() {
    return this.count >= STOP_AFTER_PROBLEMS;
  }
  add(where: string, why: string) {
    this.count++;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ where, why });
  }
}

function issueText(e: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): [string, string] {
  const i = e.issues[0];
  return [i ? i.path.map(String).join('.') : '', i?.message ?? 'invalid'];
}

function rowsOf<T>(raw: unknown, table: string, schema: z.ZodMiniType<T>, p: Problems): T[] {
  if (!Array.isArray(raw)) {
    p.add(`tables.${table}`, 'missing or not a list');
    return [];
  }
  const out: T[] = [];
  for (let i = 0; i < raw.length && !p.full; i++) {
    const r = schema.safeParse(raw[i]);
    if (r.success) out.push(r.data);
    else {
      const [path, msg] = issueText(r.error);
      p.add(`tables.${table}.${i}${path ? `.${path}` : ''}`, msg);
    }
  }
  return out;
}

function refuse(p: Problems, lead: string): ReadBackup {
  const first = p.list[0];
  const more = p.full
    ? ` (and at least ${p.count - 1} more problems; reading stopped there)`
    : p.count > 1
      ? ` (and ${p.count - 1} more problem${p.count === 2 ? '' : 's'})`
      : '';
  return { ok: false, reason: `${lead} at ${first?.where}: ${first?.why}${more}`, problems: p.list, problemCount: p.count };
}

/** Validates a parsed backup file (any version this build knows) and migrates it to the current version. */
export function readBackup(raw: unknown): ReadBackup {
  const fail = (reason: string): ReadBackup => ({ ok: false, reason, problems: [{ where: '(top level)', why: reason }], problemCount: 1 });
  const env = envelope.safeParse(raw);
  if (!env.success || env.data.format !== BACKUP_FORMAT) return fail('this is not an Attendance Lens backup file');
  const v = env.data.version;
  if (v > BACKUP_VERSION) return fail(`this backup was made by a newer version of Attendance Lens (backup version ${v}); update the extension first`);
  if (v !== 1 && v !== 2 && v !== 3) return fail(`unknown backup version ${v}`);
  const head = (v === 3 ? headV3 : headOld).safeParse(raw);
  if (!head.success) {
    const [path, msg] = issueText(head.error);
    return fail(`the backup is not valid at ${path || '(top level)'}: ${msg}`);
  }
  const h = head.data as { exportedAt: string; counts?: Record<string, number>; tables: Record<string, unknown>; storage?: Record<string, unknown> };
  const p = new Problems();
  const t = h.tables;

  // Counts first: a file cut off is said to be cut off, not reported row by row.
  const tableNames = v === 3 ? BACKUP_TABLES : (['pupils', 'marks', 'markRevisions', 'settings', 'actions', 'prefillAudit', 'importLog'] as const);
  if (h.counts) {
    for (const n of tableNames) {
      const rows = t[n];
      if (Array.isArray(rows) && h.counts[n] !== undefined && h.counts[n] !== rows.length) {
        return fail(`the backup says it holds ${h.counts[n]} ${n} rows but has ${rows.length}: it was cut off or edited`);
      }
    }
  }

  const tables: Partial<BackupTables> = {};
  for (const n of ['pupils', 'markRevisions', 'settings', 'prefillAudit', 'importLog'] as const) {
    (tables as Record<string, unknown>)[n] = rowsOf(t[n], n, ROW_SCHEMAS[n] as z.ZodMiniType<unknown>, p);
  }
  tables.actions = rowsOf(t.actions, 'actions', v === 1 ? (z.looseObject({ id: z.string(), pupilId: z.string(), kind: z.string() }) as unknown as z.ZodMiniType<ActionRow>) : actionSchema, p);
  if (v === 1) {
    // v1 actions lacked dueOn (the field came with schema v2); checked in full once it is added.
    const migrated = tables.actions.map((a) => withDueOn(a));
    tables.actions = rowsOf(migrated, 'actions', actionSchema, p);
  }

  if (v === 3) {
    const files = rowsOf(t.markYears, 'markYears', fileYearSchema, p);
    const years: MarkYearRow[] = [];
    files.forEach((f, i) => {
      const local: BackupProblem[] = [];
      const r = decodeYear(f as FileYear, `tables.markYears.${i} (${f.pupilId} ${f.year})`, local);
      local.forEach((x) => p.add(x.where, x.why));
      if (r) years.push(r);
    });
    tables.markYears = years;
  } else {
    const marks = rowsOf(t.marks, 'marks', markRowSchema, p) as MarkRow[];
    checkMarkRows(marks, p);
    tables.markYears = p.count ? [] : packMarks(marks);
  }
  const b = tables as BackupTables;
  checkReferences(b, p);
  if (v === 3 && h.counts?.marks !== undefined && p.count === 0) {
    const n = b.markYears.reduce((a, r) => a + r.n, 0);
    if (n !== h.counts.marks) return fail(`the backup says it holds ${h.counts.marks} marks but has ${n}: it was cut off or edited`);
  }
  if (p.count) return refuse(p, v === 3 ? 'the backup is not valid' : `the backup (version ${v}) is not valid`);
  return { ok: true, backup: makeBackup(b, h.exportedAt, h.storage ?? {}), migratedFrom: v === 3 ? null : v };
}

function checkMarkRows(marks: readonly MarkRow[], p: Problems) {
  const seen = new Set<string>();
  marks.forEach((m, i) => {
    const k = `${m.pupilId}|${m.date}|${m.session}`;
    if (seen.has(k)) p.add(`tables.marks.${i}`, `a second mark for ${m.date} ${m.session} of pupil ${m.pupilId}`);
    seen.add(k);
    if (!STORED_CODE.test(m.code)) p.add(`tables.marks.${i}.code`, `"${m.code.slice(0, 20)}" is not an attendance code`);
    if (m.minutesLate !== undefined && !(m.minutesLate >= 0)) p.add(`tables.marks.${i}.minutesLate`, `${m.minutesLate} (must be 0 or more)`);
  });
}

/** Ids unique; every row that names a pupil names one in the file. */
function checkReferences(t: BackupTables, p: Problems) {
  const dup = <T,>(rows: readonly T[], table: string, key: (r: T) => string, what: string) => {
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const k = key(r);
      if (seen.has(k)) p.add(`tables.${table}.${i}`, `${what} ${k} appears twice`);
      seen.add(k);
    });
  };
  dup(t.pupils, 'pupils', (r) => r.id, 'pupil id');
  dup(t.markYears, 'markYears', (r) => `${r.pupilId} ${r.year}`, 'the year record');
  dup(t.markRevisions, 'markRevisions', (r) => r.id, 'revision id');
  dup(t.settings, 'settings', (r) => r.key, 'setting');
  dup(t.actions, 'actions', (r) => r.id, 'action id');
  dup(t.prefillAudit, 'prefillAudit', (r) => r.id, 'audit id');
  dup(t.importLog, 'importLog', (r) => r.id, 'import id');
  const ids = new Set(t.pupils.map((r) => r.id));
  const orphan = <T extends { pupilId: string }>(rows: readonly T[], table: string, what: string) =>
    rows.forEach((r, i) => {
      if (!ids.has(r.pupilId)) p.add(`tables.${table}.${i}`, `${what} for pupil ${r.pupilId}, who is not in the backup`);
    });
  orphan(t.markYears, 'markYears', 'marks');
  orphan(t.markRevisions, 'markRevisions', 'a mark revision');
  orphan(t.actions as (ActionRow & { pupilId: string })[], 'actions', 'an action');
  orphan(t.prefillAudit, 'prefillAudit', 'a prefill record');
  t.markRevisions.forEach((r, i) => {
    if (!STORED_CODE.test(r.code) || !STORED_CODE.test(r.newCode)) p.add(`tables.markRevisions.${i}`, 'a code that is not an attendance code');
    if (r.minutesLate !== undefined && !(r.minutesLate >= 0)) p.add(`tables.markRevisions.${i}.minutesLate`, `${r.minutesLate} (must be 0 or more)`);
  });
}

export function makeBackup(tables: BackupTables, exportedAt: string, storage: Record<string, unknown> = {}): Backup {
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as BackupCounts;
  counts.marks = tables.markYears.reduce((n, r) => n + r.n, 0);
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt, schemaVersion: LATEST_VERSION, counts, tables, storage };
}

/** The backup as a JSON-safe document (year records as text), ready for JSON.stringify. */
export function backupDocument(b: Backup): Record<string, unknown> {
  return { ...b, tables: { ...b.tables, markYears: b.tables.markYears.map(encodeYear) } };
}

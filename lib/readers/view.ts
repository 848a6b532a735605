// zod/mini: checked in the background on arrival and by the read-page seam; the MIS content script
// imports only the types (no validator ships in a page).
import * as z from 'zod/mini';

/**
 * RegisterView: what a page reader returns. The background validates it on arrival, before
 * anything is stored. Unknown codes, unreadable dates and
 * rows that could not be read are listed in `problems`, never dropped silently.
 */
export const PAGE_KINDS = ['take-register', 'marks-grid', 'pupil-history', 'pupil-list'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

export const viewPupilSchema = z.object({
  /** Stable within this view: the MIS id when the page shows one, else a key derived from name (+DOB). */
  key: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  misId: z.optional(z.string()),
  upn: z.optional(z.string()),
  /** The school's admission number, when the page shows one (added by the MIS readers). */
  admissionNumber: z.optional(z.string()),
  dateOfBirth: z.optional(isoDate),
  yearGroup: z.optional(z.string()),
  regGroup: z.optional(z.string()),
  characteristics: z.optional(
    z.object({
      fsm: z.optional(z.boolean()),
      /** Pupil premium, shown by MIS as a badge or column; not the same as FSM (added by the MIS readers). */
      pp: z.optional(z.boolean()),
      sen: z.optional(z.enum(['none', 'support', 'ehcp'])),
      eal: z.optional(z.boolean()),
      cic: z.optional(z.boolean()),
    }),
  ),
});

export const viewMarkSchema = z.object({
  pupil: z.string(),
  date: isoDate,
  session: z.enum(['AM', 'PM']),
  /** After the reader's explicit MIS mapping and D-NORM normalisation; unknown codes verbatim. */
  code: z.string(),
  /** False while the mark is only on screen (edited, not yet saved in the MIS). */
  saved: z.boolean(),
  minutesLate: z.optional(z.number()),
});

export const viewProblemSchema = z.object({ where: z.string(), what: z.string() });

export const registerViewSchema = z.object({
  reader: z.string(),
  /**
   * The MIS whose ids the pupils carry: a built-in reader's MIS, or `generic` / `taught` for a page
   * no MIS reader knows (the store namespaces those by site: `misForStore`).
   */
  mis: z.string().check(z.minLength(1)),
  confidence: z.number().check(z.gte(0), z.lte(1)),
  kind: z.enum(PAGE_KINDS),
  context: z.object({
    school: z.optional(z.string()),
    group: z.optional(z.string()),
    date: z.optional(isoDate),
    session: z.optional(z.enum(['AM', 'PM'])),
    from: z.optional(isoDate),
    to: z.optional(isoDate),
  }),
  pupils: z.array(viewPupilSchema),
  sessions: z.array(z.object({ date: isoDate, session: z.enum(['AM', 'PM']) })),
  marks: z.array(viewMarkSchema),
  problems: z.array(viewProblemSchema),
  /** True only when every row and cell the page shows was read; incomplete views are never stored or flagged. */
  complete: z.boolean(),
});

export type ViewPupil = z.infer<typeof viewPupilSchema>;
export type ViewMark = z.infer<typeof viewMarkSchema>;
export type RegisterView = z.infer<typeof registerViewSchema>;

/**
 * The MIS name the store keys a view's ids by. MIS ids are compared within one MIS only: pages read
 * by the generic reader or a taught mapping are namespaced by site, so two schools' ids never meet.
 */
export function misForStore(view: Pick<RegisterView, 'mis'>, url: string): string {
  return view.mis === 'generic' || view.mis === 'taught' ? `${view.mis}@${new URL(url).host}` : view.mis;
}

/** In the page only: the DOM row each pupil's flag anchors to. Never serialised or sent. */
/** A read of a grid that draws only the columns in view (generic/columns-in-view.ts). */
export interface ColumnCoverage {
  /** Columns the grid declares (`aria-colcount`). */
  of: number;
  /** 0-based logical columns this read saw drawn. */
  drawn: number[];
  /** `pupil|date|session` of every session cell read (a mark, or a cell holding no session). */
  cells: string[];
  /** The session each drawn mark column holds (`col`, `date|session`): another one means another page. */
  at: [number, string][];
}

export interface ReadResult {
  view: RegisterView;
  rows: Map<string, Element>;
  /** Only for a grid that draws a band of its columns at a time. */
  columns?: ColumnCoverage;
}

/**
 * The check the read-page seam runs before it prints a view (the content script does not: no zod
 * ships in a page; the background checks every view on arrival). A view that fails is kept,
 * but marked incomplete with the reason, so nothing from it is stored or flagged.
 */
export function checkView(view: RegisterView): RegisterView {
  const parsed = registerViewSchema.safeParse(view);
  if (parsed.success) return view;
  const what = parsed.error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
  return { ...view, complete: false, problems: [...(Array.isArray(view.problems) ? view.problems : []), { where: 'view', what: `the read did not validate: ${what}` }] };
}

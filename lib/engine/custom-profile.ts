/**
 * The school's own threshold profile ("custom"), as the settings page defines it and storage keeps it:
 * a name and 2–6 bands, highest first, each given by its lower edge (the lowest has none), so bands
 * can neither overlap nor leave gaps (the `ThresholdProfile` model, DECISIONS 14). Pure: no storage.
 *
 * Every problem is reported against the field it belongs to (`bands.1.from.pct`), in words a school
 * office can act on, so the editor can show each one beside its input.
 */
import { z } from 'zod/mini';
import type { BandEdge, BandTone, ThresholdProfile } from './profiles';

export const CUSTOM_PROFILE_ID = 'custom';
export const MIN_BANDS = 2;
export const MAX_BANDS = 6;
export const BAND_TONES = ['good', 'info', 'warn', 'severe'] as const satisfies readonly BandTone[];
export const NAME_MAX = 60;
export const LABEL_MAX = 80;
export const NEXT_STEP_MAX = 300;

// Types only: the content rules below give the messages. zod/mini has no default messages, so each
// type error carries its own (they come only from hand-edited or older stored data).
const edgeSchema = z.object({
  // NaN is let through so the rules below can say "enter a number" beside the field, with the rest.
  pct: z.union([z.number(), z.nan()], { error: 'The lower edge must be a number.' }),
  inclusive: z.boolean({ error: 'Say whether the edge itself is in the band.' }),
});
const bandSchema = z.object({
  label: z.string({ error: 'The label must be text.' }),
  from: z.nullable(edgeSchema),
  tone: z.enum(BAND_TONES, { error: 'Choose a colour: good, info, warning or severe.' }),
  nextStep: z.string({ error: 'The next step must be text.' }),
});

export interface CustomProfileIssue {
  /** Where it is: `name`, `bands`, `bands.2.label`, `bands.1.from.pct`, `bands.3.from`… */
  path: string;
  message: string;
}

const pct = (n: number) => `${n}%`;
const hasAtMostTwoDecimals = (n: number) => Math.abs(n * 100 - Math.round(n * 100)) < 1e-9;

/** The content rules, on data of the right shape. Band numbers in messages count from 1, top first. */
function contentIssues(p: { name: string; bands: readonly z.infer<typeof bandSchema>[] }): { path: (string | number)[]; message: string }[] {
  const out: { path: (string | number)[]; message: string }[] = [];
  const add = (path: (string | number)[], message: string) => out.push({ path, message });

  const name = p.name.trim();
  if (!name) add(['name'], 'Give the profile a name.');
  else if (name.length > NAME_MAX) add(['name'], `Keep the name to ${NAME_MAX} characters or fewer.`);

  if (p.bands.length < MIN_BANDS) add(['bands'], `A profile needs at least ${MIN_BANDS} bands (this one has ${p.bands.length}).`);
  if (p.bands.length > MAX_BANDS) add(['bands'], `A profile can have at most ${MAX_BANDS} bands (this one has ${p.bands.length}).`);

  const seenLabels = new Map<string, number>();
  p.bands.forEach((b, i) => {
    const n = i + 1;
    const last = i === p.bands.length - 1;
    const label = b.label.trim();
    if (!label) add(['bands', i, 'label'], `Give band ${n} a label.`);
    else if (label.length > LABEL_MAX) add(['bands', i, 'label'], `Keep band ${n}’s label to ${LABEL_MAX} characters or fewer.`);
    else {
      const twin = seenLabels.get(label.toLowerCase());
      if (twin !== undefined) add(['bands', i, 'label'], `Band ${n} has the same label as band ${twin}; each band needs its own.`);
      else seenLabels.set(label.toLowerCase(), n);
    }
    const step = b.nextStep.trim();
    if (!step) add(['bands', i, 'nextStep'], `Write a next step for band ${n}.`);
    else if (step.length > NEXT_STEP_MAX) add(['bands', i, 'nextStep'], `Keep band ${n}’s next step to ${NEXT_STEP_MAX} characters or fewer.`);

    // Gaps: the lowest band must reach down to 0%, or rates below its edge would have no band.
    if (last) {
      if (b.from !== null) add(['bands', i, 'from'], `Rates below ${pct(b.from.pct)} would have no band: the lowest band has no lower edge.`);
      return;
    }
    // Overlaps: a band with no lower edge above the last would take every rate the bands below it want.
    if (b.from === null) {
      add(['bands', i, 'from', 'pct'], `Band ${n} needs a lower edge: only the lowest band has none.`);
      return;
    }
    const e = b.from.pct;
    if (!Number.isFinite(e)) add(['bands', i, 'from', 'pct'], `Enter band ${n}’s lower edge as a percentage, e.g. 95.`);
    else if (e <= 0 || e > 100) add(['bands', i, 'from', 'pct'], `Band ${n}’s lower edge must be above 0% and at most 100%.`);
    else if (e === 100 && !b.from.inclusive) add(['bands', i, 'from', 'pct'], `No rate is above 100%: make band ${n} “100% or more”, or give it a lower edge.`);
    else if (!hasAtMostTwoDecimals(e)) add(['bands', i, 'from', 'pct'], `Use at most two decimal places for band ${n}’s lower edge (e.g. 94.95).`);
    else {
      // Edges fall strictly from band to band, checked against the band just above only: when that band's own edge
      // is missing or unusable it has its own message, and nothing can be saved until it is fixed.
      const above = p.bands[i - 1]?.from;
      if (above && Number.isFinite(above.pct)) {
        if (e > above.pct) add(['bands', i, 'from', 'pct'], `Bands go highest first: band ${n} (${pct(e)}) must start below band ${i} (${pct(above.pct)}).`);
        else if (e === above.pct) add(['bands', i, 'from', 'pct'], `Band ${n} starts at ${pct(e)}, the same edge as band ${i}, so the two overlap: give it a lower edge.`);
      }
    }
  });
  return out;
}

/** What the settings page saves: the school's bands, highest first. */
export const customProfileDefinitionSchema = z
  .object({
    name: z.string({ error: 'The name must be text.' }),
    bands: z.array(bandSchema, { error: 'The bands must be a list.' }),
  })
  .check(
    z.superRefine((p, ctx) => {
      for (const { path, message } of contentIssues(p)) ctx.issues.push({ code: 'custom', message, path, input: p });
    }),
  );

export type CustomProfileDefinition = z.infer<typeof customProfileDefinitionSchema>;
export type CustomBandDefinition = CustomProfileDefinition['bands'][number];

export type CustomProfileCheck =
  | { ok: true; definition: CustomProfileDefinition; profile: ThresholdProfile }
  | { ok: false; issues: CustomProfileIssue[] };

/** Validates a definition (from the editor or from storage) and builds the engine's profile from it. */
export function checkCustomDefinition(raw: unknown): CustomProfileCheck {
  const r = customProfileDefinitionSchema.safeParse(raw);
  if (!r.success) {
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({ path: i.path.join('.') || 'profile', message: i.message === 'Invalid input' ? 'This value is not valid.' : i.message })),
    };
  }
  return { ok: true, definition: r.data, profile: profileFromDefinition(r.data) };
}

/** The engine's profile for a valid definition. Band ids follow position: CUSTOM_1 is the top band. */
export function profileFromDefinition(def: CustomProfileDefinition): ThresholdProfile {
  return {
    id: CUSTOM_PROFILE_ID,
    name: def.name.trim(),
    source: 'Defined by the school in settings.',
    bands: def.bands.map((b, i) => ({
      id: `CUSTOM_${i + 1}`,
      label: b.label.trim(),
      // The school writes one text per band; it is both the summary of what to do and the next step.
      action: b.nextStep.trim(),
      nextStep: b.nextStep.trim(),
      from: b.from ? ({ pct: b.from.pct, inclusive: b.from.inclusive } satisfies BandEdge) : null,
      tone: b.tone,
    })),
  };
}

/**
 * `R-KENT-PN`, `D-NTI`: Kent's register conditions for a penalty-notice request.
 * O/U route: threshold met, a notice to improve (NTI) whose 20-school-day period (starting the first school
 * day after issue) has completed, and at least one unauthorised session inside it. G (leave) route: 10 G
 * sessions within 10 school weeks, no NTI needed. Both: no C2 in the threshold window, compulsory school age.
 *
 * Decisions: the threshold used is `excludingN` (G, O, U), Kent's evidential basis (rules §3.2); the route is
 * "G" when G sessions alone reach the threshold, else "O/U". `registerConditionsMet` follows vectors.schema.md
 * literally (threshold met ∧ NTI period ended before "as of" ∧ ≥ 1 G/N/O/U session in it ∧ no C2 ∧ CSA).
 */
import { plural } from '../arithmetic';
import { MB } from '../codes';
import { formatShort, isIsoDate, type IsoDate } from '../dates';
import { raise, type RuleContext } from '../rule-context';
import { viewDayOnOrBefore } from '../timeline';
import type { PnThreshold } from './pn-threshold';

export const NTI_SCHOOL_DAYS = 20;

/** Kent's other PN conditions (KENT §15): not in the register, shown as a checklist for staff. */
export const KENT_PN_CHECKLIST: readonly string[] = [
  'The school is state-funded',
  'The headteacher authorised the request',
  'No safeguarding concerns',
  'Attendance is below the target in the school’s attendance policy, and the policy explains the national framework',
  'The pupil is not in local-authority care',
  'No conflict with Early Help or social care work',
  'The two-notices-in-three-years limit is not reached',
];

export interface KentPn {
  route: 'G' | 'O/U' | null;
  ntiIssuedOn: IsoDate | null;
  ntiPeriodStart: IsoDate | null;
  ntiPeriodEnd: IsoDate | null;
  /** G/N/O/U sessions in the NTI period up to "as of". */
  unauthorisedInNtiPeriod: number | null;
  registerConditionsMet: boolean;
  /** G route: threshold of G sessions met, no C2 in the window, CSA (no NTI needed). */
  leaveRouteConditionsMet: boolean;
  checklist: readonly string[];
}

export function kentPn(ctx: RuleContext, pn: PnThreshold | null): KentPn | null {
  if (!ctx.csa || !pn) return null;
  const { view } = ctx;
  const issued = ctx.context.ntiIssuedOn;
  const route = pn.leaveOnly.met ? 'G' : pn.excludingN.met ? 'O/U' : null;
  let start: IsoDate | null = null;
  let end: IsoDate | null = null;
  let inPeriod: number | null = null;
  if (issued !== undefined && isIsoDate(issued)) {
    const s = viewDayOnOrBefore(view, issued) + 1;
    const e = s + NTI_SCHOOL_DAYS - 1;
    start = s < view.n ? view.dates[s]! : null;
    end = e < view.n ? view.dates[e]! : null;
    inPeriod = 0;
    const to = Math.min(e, ctx.hi);
    for (let i = Math.max(s, ctx.lo); i <= to; i++) {
      if (view.bits[view.codes[2 * i]!]! & MB.UNAUTH) inPeriod++;
      if (view.bits[view.codes[2 * i + 1]!]! & MB.UNAUTH) inPeriod++;
    }
  }
  const registerConditionsMet = pn.excludingN.met && end !== null && end < ctx.asOf && (inPeriod ?? 0) >= 1 && !pn.excludingN.c2InWindow;
  const leaveRouteConditionsMet = pn.leaveOnly.met && !pn.excludingN.c2InWindow;
  if (registerConditionsMet) {
    raise(
      ctx,
      'KENT_PN_REGISTER_CONDITIONS_MET',
      `Kent register conditions for a penalty-notice request are met: threshold met on ${formatShort(pn.excludingN.metOn!)}, notice to improve issued ${formatShort(issued!)}, its 20 school days ended ${formatShort(end!)} with ${plural(inPeriod ?? 0, 'unauthorised session')} in them. The other conditions need checking by staff.`,
      { ntiPeriodEnd: end, unauthorisedInNtiPeriod: inPeriod },
    );
  }
  return {
    route,
    ntiIssuedOn: issued ?? null,
    ntiPeriodStart: start,
    ntiPeriodEnd: end,
    unauthorisedInNtiPeriod: inPeriod,
    registerConditionsMet,
    leaveRouteConditionsMet,
    checklist: KENT_PN_CHECKLIST,
  };
}

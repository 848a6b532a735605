/**
 * Threshold profiles (`R-BANDS`, rules §4): bands on the exact attendance rate a = (P + A) / possible × 100.
 * Each band is given by its lower edge; the band above it starts where it ends, so bands can neither
 * overlap nor leave gaps. The actions are summaries of §4, not quotations.
 */
import { bandIndex } from './arithmetic';

export interface BandEdge {
  /** Percentage, at most two decimal places. */
  pct: number;
  /** true: a ≥ pct; false: a > pct. */
  inclusive: boolean;
}

/** Which colour family a band's badge uses (the overlay's palette, all pairs WCAG AA). */
export type BandTone = 'good' | 'info' | 'warn' | 'severe';

export interface Band<Id extends string = string> {
  id: Id;
  label: string;
  /** Short summary of what the LA expects at this level. */
  action: string;
  /** A suggested next step for the attendance lead. */
  nextStep: string;
  /** Lower edge; null for the lowest band. */
  from: BandEdge | null;
  /** Chosen by the school for its own bands; built-in bands get theirs from their edges (pupil/band-rules). */
  tone?: BandTone;
}

export interface ThresholdProfile<Id extends string = string> {
  id: string;
  name: string;
  /** Highest band first. */
  bands: readonly Band<Id>[];
  source: string;
  note?: string;
}

export type KentBandId = 'KENT_MEETS_EXPECTATION' | 'KENT_BELOW_EXPECTATION' | 'KENT_PA' | 'KENT_SA';
export type HackneyBandId = 'HK_REWARD' | 'HK_95' | 'HK_90' | 'HK_85' | 'HK_80';
export type CoventryBandId = 'COV_STAGE_1' | 'COV_STAGE_2' | 'COV_STAGE_3';
export type NationalBandId = 'NATIONAL_NOT_PA' | 'NATIONAL_PA' | 'NATIONAL_SA';

const gt = (pct: number): BandEdge => ({ pct, inclusive: false });
const ge = (pct: number): BandEdge => ({ pct, inclusive: true });

export const KENT_PROFILE: ThresholdProfile<KentBandId> = {
  id: 'kent',
  name: 'Kent',
  source: 'Kent School Attendance Handbook v2.1 (Jan 2025); Kent bulletin 17 Jan 2017 (96% expectation, status unconfirmed).',
  note: 'The 96% expectation comes from a 2017 bulletin and is not restated in the 2025 handbook.',
  bands: [
    { id: 'KENT_MEETS_EXPECTATION', label: 'Meets Kent’s 96% expectation', from: ge(96), action: 'Universal: promote attendance, follow up every absence on the day, keep analysing data.', nextStep: 'Keep first-day follow-up going.' },
    { id: 'KENT_BELOW_EXPECTATION', label: 'Below 96%', from: gt(90), action: 'School-led early action: contact and meet the family, find barriers, signpost to Early Help, keep a chronology.', nextStep: 'Contact the family and start a chronology.' },
    { id: 'KENT_PA', label: 'Persistent absence (90% or below)', from: gt(50), action: 'Regular monitoring by school and KCC; discuss at Targeting Support Meetings. If unauthorised absence persists and support failed: attendance contract, formal meeting with KPAS, notice to improve, penalty notice, statutory intervention.', nextStep: 'Bring to the next Targeting Support Meeting; consider a formal attendance meeting.' },
    { id: 'KENT_SA', label: 'Severe absence (50% or below)', from: null, action: 'Top priority: joint school–LA plan at a Targeting Support Meeting; consider educational neglect; multi-agency support, legal action as last resort.', nextStep: 'Agree a joint plan with KPAS now; consider safeguarding.' },
  ],
};

export const HACKNEY_PROFILE: ThresholdProfile<HackneyBandId> = {
  id: 'hackney',
  name: 'Hackney',
  source: 'Hackney Learning Trust attendance strategy (about 2012), §10; bands read as “at or below” (D-HK). Historic thresholds.',
  bands: [
    { id: 'HK_REWARD', label: 'Above 95%', from: gt(95), action: 'Recognise and reward good attendance.', nextStep: 'Recognise good attendance.' },
    { id: 'HK_95', label: '95% or below', from: gt(90), action: 'Phone on each day of absence; write for a reason for every session missed; consult the attendance officer.', nextStep: 'First-day calls and written requests for reasons.' },
    { id: 'HK_90', label: '90% or below', from: gt(85), action: 'Standard letter about the decline restating targets; ask for an explanation; weekly contact; consult the attendance officer.', nextStep: 'Send the decline letter; weekly contact.' },
    { id: 'HK_85', label: '85% or below (PA, 2011 definition)', from: gt(80), action: 'Involve the head; meeting with attendance lead or governors’ panel; warn of LA referral; agree rapid improvement; consider a contract; monitor weekly.', nextStep: 'Invite parents to a meeting with the attendance lead.' },
    { id: 'HK_80', label: '80% or below', from: null, action: 'Refer to the school attendance officer and meet to plan action.', nextStep: 'Refer to the attendance officer.' },
  ],
};

export const COVENTRY_PROFILE: ThresholdProfile<CoventryBandId> = {
  id: 'coventry',
  name: 'Coventry',
  source: 'Coventry “School Attendance Matters” briefing (Oct 2023); gaps closed per D-COV (unconfirmed).',
  bands: [
    { id: 'COV_STAGE_1', label: 'Stage 1: Prevention (above 90%)', from: gt(90), action: 'School policy: first-day contact; a letter below the school’s target; meet parents if no improvement; advice from the LA attendance officer.', nextStep: 'First-day contact; letter if below target.' },
    { id: 'COV_STAGE_2', label: 'Stage 2: Early Intervention (80–90%)', from: ge(80), action: 'Discuss at termly Targeting Support Meetings; the school must start an Early Help Assessment; may ask the LA for a monitoring letter; a penalty notice can follow.', nextStep: 'Start an Early Help Assessment.' },
    { id: 'COV_STAGE_3', label: 'Stage 3: Targeted Support (below 80%)', from: null, action: 'Led by the LA attendance officer: multi-agency support; when stages 1–2 failed, legal intervention (Attendance Intervention form, contract, prosecution).', nextStep: 'Discuss legal intervention with the LA attendance officer.' },
  ],
};

export const NATIONAL_PROFILE: ThresholdProfile<NationalBandId> = {
  id: 'national',
  name: 'National (PA and SA only)',
  source: 'DfE: persistent absence 10% or more of possible sessions; severe absence 50% or more (R-PA, R-SA).',
  bands: [
    { id: 'NATIONAL_NOT_PA', label: 'Not persistently absent', from: gt(90), action: 'Whole-school work on attendance.', nextStep: 'Keep first-day follow-up going.' },
    { id: 'NATIONAL_PA', label: 'Persistent absence', from: gt(50), action: 'Targeted support to remove barriers; consider formal steps where support is not engaged with.', nextStep: 'Meet the family and agree a support plan.' },
    { id: 'NATIONAL_SA', label: 'Severe absence', from: null, action: 'Intensive, joint school–LA support; consider safeguarding.', nextStep: 'Agree a joint plan with the local authority.' },
  ],
};

export const BUILT_IN_PROFILES = { kent: KENT_PROFILE, hackney: HACKNEY_PROFILE, coventry: COVENTRY_PROFILE, national: NATIONAL_PROFILE } as const;

/** The band for an exact rate; null when there are no possible sessions (`D-EMPTY`). */
export function bandFor<Id extends string>(profile: ThresholdProfile<Id>, attended: number, possible: number): Band<Id> | null {
  const i = bandIndex(profile.bands.map((b) => b.from), attended, possible);
  return i < 0 ? null : profile.bands[i]!;
}

// The school's own bands (the 'custom' profile) are defined and checked in custom-profile.ts.

/** "a > 90%" / "a ≥ 96%" for band explanations. */
export function describeEdge(edge: BandEdge | null): string {
  if (!edge) return 'any rate';
  return `${edge.inclusive ? 'at least' : 'above'} ${edge.pct}%`;
}
